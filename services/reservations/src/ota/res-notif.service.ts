import { And, In, Like, Not } from 'typeorm';
import type { z } from 'zod';
import { DomainError, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { ChannelService } from '../channel/channel.service';
import type { ChannelReservationInput } from '../channel/channel.type';
import { PropertyEntity } from '../property/property.entity';
import { RatePlanEntity } from '../rate-plan/rate-plan.entity';
import { ReservationEntity } from '../reservation/reservation.entity';
import { RoomTypeEntity } from '../room/room.entity';
import { OtaReadError, readOtaMessage } from './ota-xml';
import { resNotifErrors, resNotifSuccess, type ReservationAck, type StayAck } from './res-notif.response';
import {
  OTA_ERROR_CODE as ERR,
  OTA_ERROR_TYPE as EWT,
  channelOf,
  mapHotelReservation,
  type OtaError,
  type ReservationCommand,
  type StayCommand,
} from './res-notif.rules';
import { RES_NOTIF_REPEATABLE, resNotifSchema, type ResNotif } from './res-notif.schema';

export interface OtaAnswer {
  status: number;
  xml: string;
}

/** Who may send reservations: what `upsertChannelReservation` admits. */
const WRITERS = ['reservations-agent', 'scope:reservations:write'];

/**
 * OTA_HotelResNotifRQ (Commit, Modify, Cancel) applied through the channel upsert, so OTA
 * messages get the same ordering and idempotency as GraphQL ones: each room stay is one partner
 * reservation at the version of the reservation's last modification.
 */
export class OtaResNotifService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly channel: ChannelService,
  ) {}

  async notify(xml: string, caller: Caller, meta: EventMeta): Promise<OtaAnswer> {
    const now = this.deps.clock.now();
    let msg: ResNotif;
    try {
      const parsed = resNotifSchema.safeParse(readOtaMessage(xml, 'OTA_HotelResNotifRQ', RES_NOTIF_REPEATABLE));
      if (!parsed.success) return { status: 400, xml: resNotifErrors(undefined, schemaErrors(parsed.error), now) };
      msg = parsed.data;
    } catch (err) {
      if (!(err instanceof OtaReadError)) throw err;
      return {
        status: 400,
        xml: resNotifErrors(undefined, [{ type: EWT.PROTOCOL_VIOLATION, code: ERR.UNABLE_TO_PROCESS, text: err.message }], now),
      };
    }
    const fail = (errors: OtaError[]) => ({ status: 200, xml: resNotifErrors(msg.EchoToken, errors, now) });
    if (!caller.satisfies(WRITERS))
      return fail([{ type: EWT.AUTHORIZATION, code: ERR.AUTHORIZATION_ERROR, text: 'This caller may not send reservations' }]);
    const channel = channelOf(msg);
    if (!channel)
      return fail([
        { type: EWT.REQUIRED_FIELD_MISSING, code: ERR.REQUIRED_FIELD_MISSING, text: 'POS/Source/RequestorID/@ID is required', tag: 'POS' },
      ]);
    // A partner key speaks only for the channel(s) it is bound to, whatever POS/Source names (OTA 6/497).
    try {
      caller.assertChannel(channel);
    } catch (err) {
      return fail([{ ...otaErrorOf(err), tag: 'POS' }]);
    }

    const acks: ReservationAck[] = [];
    const errors: OtaError[] = [];
    for (const hr of msg.HotelReservations.HotelReservation) {
      const command = mapHotelReservation(msg, hr);
      if (!('stays' in command)) {
        errors.push(command);
        continue;
      }
      try {
        acks.push({ command, stays: await this.apply(channel, command, caller, meta) });
      } catch (err) {
        errors.push({ ...otaErrorOf(err), recordId: command.uniqueId });
      }
    }
    return errors.length ? fail(errors) : { status: 200, xml: resNotifSuccess(msg.EchoToken, acks, now) };
  }

  /** Each room stay through the channel upsert; on Modify or Cancel, stays the partner no longer sends are cancelled. */
  private async apply(channel: string, command: ReservationCommand, caller: Caller, meta: EventMeta): Promise<StayAck[]> {
    const codes = await this.resolveCodes(command, caller);
    const acks: StayAck[] = [];
    const cancelled = command.action === 'Cancel';
    for (const stay of command.stays) acks.push(await this.upsert(channel, command, stay, codes, cancelled, caller, meta));
    if (command.action === 'Commit') return acks;
    const sent = command.stays.map((s) => s.channelReservationId);
    // LIKE may match more (its wildcards, SQLite's case folding); the prefix check below narrows it.
    const prefix = Like(`${command.uniqueId}/%`);
    const dropped = await this.deps.db.manager.find(ReservationEntity, {
      where: { channelCode: channel, channelRef: sent.length ? And(prefix, Not(In(sent))) : prefix },
      order: { channelRef: 'ASC' },
    });
    // Already-cancelled stays are sent again too: a retried Cancel gets the same answer.
    for (const r of dropped.filter((d) => d.channelRef!.startsWith(`${command.uniqueId}/`))) {
      const ack = await this.channel.upsert(
        { ...this.asInput(channel, command, stayFromReservation(r), r.roomTypeId, r.ratePlanId ?? undefined), cancelled: true },
        caller,
        meta,
      );
      acks.push({
        channelReservationId: r.channelRef!,
        confirmationNumber: ack.confirmationNumber,
        status: ack.reservationStatus,
        outcome: ack.outcome,
      });
    }
    if (cancelled && !acks.length) {
      throw otaError(
        EWT.REQUIRED_FIELD_MISSING,
        ERR.REQUIRED_FIELD_MISSING,
        `Reservation ${command.uniqueId} is not known here: send its RoomStays to cancel it`,
      );
    }
    return acks;
  }

  private async upsert(
    channel: string,
    command: ReservationCommand,
    stay: StayCommand,
    codes: Codes,
    cancelled: boolean,
    caller: Caller,
    meta: EventMeta,
  ): Promise<StayAck> {
    const roomTypeId = codes.roomTypes.get(stay.roomTypeCode)!;
    const ratePlanId = stay.ratePlanCode ? codes.ratePlans.get(stay.ratePlanCode) : undefined;
    const ack = await this.channel.upsert({ ...this.asInput(channel, command, stay, roomTypeId, ratePlanId), cancelled }, caller, meta);
    return {
      channelReservationId: stay.channelReservationId,
      confirmationNumber: ack.confirmationNumber,
      status: ack.reservationStatus,
      outcome: ack.outcome,
    };
  }

  private asInput(
    channel: string,
    command: ReservationCommand,
    stay: StayCommand,
    roomTypeId: string,
    ratePlanId?: string,
  ): ChannelReservationInput {
    return {
      channel,
      channelReservationId: stay.channelReservationId,
      version: command.version,
      cancelled: false,
      roomTypeId,
      ratePlanId,
      arrival: stay.arrival,
      departure: stay.departure,
      guestName: stay.guestName,
      guestEmail: stay.guestEmail,
      adults: stay.adults,
      specialRequests: stay.specialRequests,
    };
  }

  /** Hotel, room type and rate plan codes → ids, within the caller's properties; unknown codes are OTA errors. */
  private async resolveCodes(command: ReservationCommand, caller: Caller): Promise<Codes> {
    const em = this.deps.db.manager;
    const properties = await em.findBy(PropertyEntity, { code: command.hotelCode });
    const property = properties.find((p) => caller.canAccessProperty(p.id));
    if (!property) {
      if (properties.length) throw otaError(EWT.AUTHORIZATION, ERR.AUTHORIZATION_ERROR, `No access to hotel ${command.hotelCode}`);
      throw otaError(EWT.BIZ_RULE, ERR.INVALID_HOTEL_CODE, `Invalid hotel code: ${command.hotelCode}`);
    }
    const roomCodes = [...new Set(command.stays.map((s) => s.roomTypeCode))];
    const rateCodes = [...new Set(command.stays.flatMap((s) => (s.ratePlanCode ? [s.ratePlanCode] : [])))];
    const roomTypes = new Map(
      (roomCodes.length ? await em.findBy(RoomTypeEntity, { propertyId: property.id, code: In(roomCodes) }) : []).map((t) => [
        t.code,
        t.id,
      ]),
    );
    const ratePlans = new Map(
      (rateCodes.length ? await em.findBy(RatePlanEntity, { propertyId: property.id, code: In(rateCodes) }) : []).map((p) => [
        p.code,
        p.id,
      ]),
    );
    const room = roomCodes.find((c) => !roomTypes.has(c));
    if (room) throw otaError(EWT.BIZ_RULE, ERR.INVALID_ROOM_TYPE, `Invalid room type code: ${room}`);
    const rate = rateCodes.find((c) => !ratePlans.has(c));
    if (rate) throw otaError(EWT.BIZ_RULE, ERR.INVALID_RATE_CODE, `Invalid rate code: ${rate}`);
    return { roomTypes, ratePlans };
  }
}

interface Codes {
  roomTypes: Map<string, string>;
  ratePlans: Map<string, string>;
}

class OtaFailure extends Error {
  constructor(readonly ota: OtaError) {
    super(ota.text);
  }
}

const otaError = (type: string, code: string, text: string) => new OtaFailure({ type, code, text });

/** A stay being cancelled because a Modify or Cancel no longer carries it: its own stored fields. */
const stayFromReservation = (r: ReservationEntity): StayCommand => ({
  channelReservationId: r.channelRef!,
  roomTypeCode: '',
  arrival: r.arrival,
  departure: r.departure,
  guestName: r.guestName,
  adults: r.adults,
});

/** Domain refusals → OTA errors; anything unexpected is rethrown (logged, answered as a system error by the route). */
function otaErrorOf(err: unknown): OtaError {
  if (err instanceof OtaFailure) return err.ota;
  if (!(err instanceof DomainError)) throw err;
  const map: Record<string, [string, string]> = {
    'RESERVATION.NO_AVAILABILITY': [EWT.BIZ_RULE, ERR.NO_AVAILABILITY],
    'RESERVATION.CHANNEL_CANCELLED': [EWT.BIZ_RULE, ERR.BOOKING_CANCELLED],
    'RESERVATION.CHANNEL_VERSION_STALE': [EWT.BIZ_RULE, ERR.SIMULTANEOUS_UPDATES],
    'RESERVATION.CHANNEL_VERSION_REUSED': [EWT.BIZ_RULE, ERR.INVALID_VALUE],
    'AUTH.PROPERTY_FORBIDDEN': [EWT.AUTHORIZATION, ERR.AUTHORIZATION_ERROR],
    'AUTH.CHANNEL_NOT_BOUND': [EWT.AUTHORIZATION, ERR.AUTHORIZATION_ERROR],
  };
  const [type, code] = map[err.code] ?? [
    err.category === 'FORBIDDEN' ? EWT.AUTHORIZATION : EWT.BIZ_RULE,
    err.category === 'FORBIDDEN' ? ERR.AUTHORIZATION_ERROR : ERR.UNABLE_TO_PROCESS,
  ];
  return { type, code, text: `${err.message} (${err.code})` };
}

/** Schema violations → OTA errors naming the element path: a missing element is 321, a wrong value 320. */
function schemaErrors(error: z.ZodError): OtaError[] {
  return error.issues.slice(0, 10).map((issue) => {
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const tag = issue.path.filter((p) => typeof p === 'string').join('/');
    return {
      type: missing ? EWT.REQUIRED_FIELD_MISSING : EWT.BIZ_RULE,
      code: missing ? ERR.REQUIRED_FIELD_MISSING : ERR.INVALID_VALUE,
      text: `${tag || 'OTA_HotelResNotifRQ'}: ${issue.message}`,
      tag: tag || undefined,
    };
  });
}
