import type { EntityManager } from 'typeorm';
import { MoreThan } from 'typeorm';
import type { AvailabilityChanged, RatesChanged, PayloadOf } from '@hotelops/contracts';
import { insertRows, type Caller, type EventEnvelope, type ServiceDeps } from '@hotelops/kernel';
import { PropertyEntity } from '../property/property.entity';
import { AriDeltaEntity } from './ari-delta.entity';
import { availNotifRQ } from './ari-message';
import type { AriPushService } from './ari-push.service';
import { OTA_NS, writeXml } from './ota-xml';
import { OTA_ERROR_CODE as ERR, OTA_ERROR_TYPE as EWT } from './res-notif.rules';
import type { OtaAnswer } from './res-notif.service';

/** Who may pull ARI: what `searchAvailability` and rates admit. */
const READERS = ['reservations-agent', 'scope:ari:read'];
export const ARI_MAX_PAGE = 500;

export interface AriPull {
  hotelCode: string;
  /** the last seq the partner has (the `x-ari-cursor` of its previous pull); 0 for everything kept */
  since: number;
  limit: number;
}

/**
 * ARI deltas for channel partners: availability and rate events are recorded as they are
 * consumed (once per event) and served in order as OTA_HotelAvailNotifRQ pages.
 */
export class AriFeedService {
  private readonly push: AriPushService;
  constructor(
    private readonly deps: ServiceDeps,
    { push }: { push: AriPushService },
  ) {
    this.push = push;
  }

  /**
   * Keeps events in the feed, in the order given, and owes each to every enabled push endpoint of
   * its property, in the consumer's transaction (its inbox already makes this once per event). A
   * run of events is written with one insert (the consumer's batch handler).
   */
  async record(em: EntityManager, events: EventEnvelope<PayloadOf<typeof AvailabilityChanged> | PayloadOf<typeof RatesChanged>>[]) {
    const recordedAt = this.deps.clock.now();
    await insertRows(
      em,
      AriDeltaEntity,
      events.map((event) => ({
        eventId: event.id,
        propertyId: event.data.propertyId,
        type: event.type,
        payload: event.data as unknown as Record<string, unknown>,
        recordedAt,
      })),
    );
    await this.push.enqueue(
      em,
      events.map((e) => ({ eventId: e.id, propertyId: e.data.propertyId })),
    );
  }

  /** One page of deltas after `since` for a hotel, as OTA_HotelAvailNotifRQ; `cursor` is the last seq in it. */
  async pull(q: AriPull, caller: Caller): Promise<OtaAnswer & { cursor: number }> {
    const now = this.deps.clock.now();
    const refuse = (status: number, type: string, code: string, text: string) => ({
      status,
      cursor: q.since,
      xml: writeXml({
        OTA_HotelAvailNotifRS: {
          '@xmlns': OTA_NS,
          '@TimeStamp': now.toISOString(),
          '@Version': '1.0',
          Errors: { Error: [{ '@Type': type, '@Code': code, '@ShortText': text.slice(0, 64), '#text': text }] },
        },
      }),
    });
    if (!caller.satisfies(READERS)) return refuse(403, EWT.AUTHORIZATION, ERR.AUTHORIZATION_ERROR, 'This caller may not read ARI');
    const em = this.deps.db.manager;
    const property = (await em.findBy(PropertyEntity, { code: q.hotelCode })).find((p) => caller.canAccessProperty(p.id));
    if (!property) return refuse(404, EWT.BIZ_RULE, ERR.INVALID_HOTEL_CODE, `Invalid hotel code: ${q.hotelCode}`);
    const rows = await em.find(AriDeltaEntity, {
      where: { propertyId: property.id, seq: MoreThan(q.since) },
      order: { seq: 'ASC' },
      take: q.limit,
    });
    const cursor = rows.length ? rows[rows.length - 1].seq : q.since;
    const { xml } = await availNotifRQ(em, property, rows, String(cursor), now);
    return { status: 200, xml, cursor };
  }
}
