import { In, type EntityManager } from 'typeorm';
import { AvailabilityChanged, RatesChanged, type PayloadOf } from '@hotelops/contracts';
import { RoomTypeEntity } from '../room/room.entity';
import type { AriDeltaEntity } from './ari-delta.entity';
import { availStatusMessages, type AriDelta } from './ari-notif.rules';
import { OTA_NS, writeXml } from './ota-xml';

/**
 * Recorded availability and rate events of one property as one OTA_HotelAvailNotifRQ, in seq
 * order (pulled by a partner or pushed to it). Deltas of a room type deleted since are left out.
 */
export async function availNotifRQ(
  em: EntityManager,
  hotel: { id: string; code: string },
  rows: AriDeltaEntity[],
  echoToken: string,
  now: Date,
): Promise<{ xml: string; messages: number }> {
  const types = await em.findBy(RoomTypeEntity, {
    propertyId: hotel.id,
    id: In([...new Set(rows.map((r) => String(r.payload.roomTypeId)))]),
  });
  const codeOf = new Map(types.map((t) => [t.id, t.code]));
  const messages = availStatusMessages(rows.flatMap((r) => toDelta(r, codeOf)));
  const xml = writeXml({
    OTA_HotelAvailNotifRQ: {
      '@xmlns': OTA_NS,
      '@EchoToken': echoToken,
      '@TimeStamp': now.toISOString(),
      '@Version': '1.0',
      AvailStatusMessages: { '@HotelCode': hotel.code, AvailStatusMessage: messages },
    },
  });
  return { xml, messages: messages.length };
}

function toDelta(row: AriDeltaEntity, codeOf: Map<string, string>): AriDelta[] {
  const roomTypeCode = codeOf.get(String(row.payload.roomTypeId));
  if (!roomTypeCode) return [];
  if (row.type === AvailabilityChanged.type) {
    const p = row.payload as PayloadOf<typeof AvailabilityChanged>;
    return [{ kind: 'availability', roomTypeCode, nights: p.nights.map((n) => ({ date: n.date, available: n.available })) }];
  }
  const p = row.payload as PayloadOf<typeof RatesChanged>;
  return [
    {
      kind: 'rates',
      roomTypeCode,
      ratePlanCode: p.ratePlanCode,
      from: p.from,
      to: p.to,
      minLos: p.minLos,
      maxLos: p.maxLos,
      closedToArrival: p.closedToArrival,
      closedToDeparture: p.closedToDeparture,
    },
  ];
}
