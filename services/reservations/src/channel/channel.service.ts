import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, notFound, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { ReservationEntity } from '../reservation/reservation.entity';
import { changedFields } from '../reservation/reservation.rules';
import type { CreateReservationInput, ModifyReservationInput } from '../reservation/reservation.type';
import { RoomTypeEntity } from '../room/room.entity';
import { ChannelAckEntity, ChannelTombstoneEntity } from './channel.entity';
import { decideChannelMessage, messageBody, type ChannelDecision, type ChannelOutcome } from './channel.rules';
import type { ChannelReservationInput } from './channel.type';

/** An enclosing transaction (a partner upsert applies its change inside its own). */
export interface Within {
  em: EntityManager;
  /** The partner's reference, recorded on a reservation it creates. */
  channel?: { code: string; reservationId: string; version: number };
}

/** The stay use cases a partner message drives (the stay module provides them). */
export interface PartnerStays {
  booking: { book(input: CreateReservationInput, caller: Caller, meta: EventMeta, within?: Within): Promise<ReservationEntity> };
  stayChanges: {
    modify(id: string, input: ModifyReservationInput, caller: Caller, meta: EventMeta, within?: Within): Promise<ReservationEntity>;
  };
  cancellations: {
    cancel(id: string, reason: string | undefined, caller: Caller, meta: EventMeta, within?: Within): Promise<ReservationEntity>;
  };
}

/** One message being answered: its key, its body's hash and what is known of its reservation. */
interface Message {
  input: ChannelReservationInput;
  key: { channelCode: string; channelRef: string };
  hash: string;
  existing: ReservationEntity | null;
  tombstone: ChannelTombstoneEntity | null;
}

/** What a message did to the stay: the ack is written from it. */
interface Result {
  outcome: ChannelOutcome;
  propertyId: string;
  stay: ReservationEntity | null;
}

/** Advisory-lock class of partner messages (PostgreSQL): with a hash of the partner reference, it serialises one reservation's messages. */
const CHANNEL_LOCK_CLASS = 0x43484e4c;

/**
 * Channel-manager upserts, idempotent on (channel, partner reservation id, version): the answer
 * to each message is stored with the change in one transaction, so a retry returns the stored
 * answer and changes nothing, and the same version with another body is refused. Messages of one
 * partner reservation are serialised (an advisory lock on PostgreSQL; SQLite runs transactions one
 * at a time), so a cancellation racing its own create cannot leave a booked stay behind.
 */
export class ChannelService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly stays: PartnerStays,
  ) {}

  async upsert(input: ChannelReservationInput, caller: Caller, meta: EventMeta): Promise<ChannelAckEntity> {
    // Before anything is read: a partner key may not even learn whether another channel's reference exists.
    caller.assertChannel(input.channel);
    try {
      return await this.apply(input, caller, meta);
    } catch (err) {
      // The same message raced itself (two deliveries at once): the loser reads the winner's answer.
      if (isUniqueViolation(err)) return this.apply(input, caller, meta);
      throw err;
    }
  }

  private apply(input: ChannelReservationInput, caller: Caller, meta: EventMeta): Promise<ChannelAckEntity> {
    const key = { channelCode: input.channel, channelRef: input.channelReservationId };
    const hash = createHash('sha256').update(messageBody(input)).digest('hex');
    return this.deps.db.transaction(async (em) => {
      await this.serialise(em, key);
      const answered = await em.findOneBy(ChannelAckEntity, { ...key, version: input.version });
      if (answered) return this.replay(answered, input, hash, caller);
      const existing = await em.findOne(ReservationEntity, { where: key, ...this.deps.db.forUpdate });
      if (existing) caller.assertProperty(existing.propertyId);
      const tombstone = existing ? null : await em.findOneBy(ChannelTombstoneEntity, key);
      if (tombstone) caller.assertProperty(tombstone.propertyId);
      const message: Message = { input, key, hash, existing, tombstone };
      const result = await this.carryOut(this.decide(message), message, caller, meta, em);
      if (result.stay && result.stay.channelVersion !== input.version) {
        await em.update(ReservationEntity, { id: result.stay.id }, { channelVersion: input.version });
      }
      return this.acknowledge(em, message, result);
    });
  }

  /** Waits for any other message of the same partner reservation to finish (PostgreSQL). */
  private async serialise(em: EntityManager, key: { channelCode: string; channelRef: string }): Promise<void> {
    if (!this.deps.db.isPostgres) return;
    const h = createHash('sha256').update(`${key.channelCode}\u0000${key.channelRef}`).digest();
    await em.query('SELECT pg_advisory_xact_lock($1, $2)', [CHANNEL_LOCK_CLASS, h.readInt32BE(0)]);
  }

  /** A message answered before: the same answer again, unless the partner reused the version for another body. */
  private replay(answered: ChannelAckEntity, input: ChannelReservationInput, hash: string, caller: Caller): ChannelAckEntity {
    caller.assertProperty(answered.propertyId);
    if (answered.messageHash && answered.messageHash !== hash) {
      throw new DomainError(
        'RESERVATION.CHANNEL_VERSION_REUSED',
        `Version ${input.version} of ${input.channel} ${input.channelReservationId} was already received with another content; send a change as a new version`,
        { channel: input.channel, channelReservationId: input.channelReservationId, version: input.version },
      );
    }
    return answered;
  }

  private decide({ input, existing, tombstone }: Message): ChannelDecision {
    const stay = existing && { version: existing.channelVersion ?? 0, cancelled: existing.status === 'CANCELLED' };
    const decision = decideChannelMessage(
      { stay, tombstone },
      input.version,
      input.cancelled,
      `${input.channel} ${input.channelReservationId}`,
    );
    // A new version that changes nothing the stay records (say, a guest's phone) is acknowledged as such.
    if (decision.kind === 'modify' && !changedFields(existing!, stayOf(input)).length) return { kind: 'acknowledge', outcome: 'UNCHANGED' };
    return decision;
  }

  /** Books, changes or cancels the stay the message is about, or records the tombstone, inside the message's transaction. */
  private async carryOut(d: ChannelDecision, m: Message, caller: Caller, meta: EventMeta, em: EntityManager): Promise<Result> {
    const { input, existing } = m;
    const within = { em, channel: { code: input.channel, reservationId: input.channelReservationId, version: input.version } };
    const applied = (stay: ReservationEntity): Result => ({ outcome: 'APPLIED', propertyId: stay.propertyId, stay });
    switch (d.kind) {
      case 'refuse':
        throw new DomainError(d.code === 'STALE' ? 'RESERVATION.CHANNEL_VERSION_STALE' : 'RESERVATION.CHANNEL_CANCELLED', d.reason, {
          channel: input.channel,
          channelReservationId: input.channelReservationId,
          appliedVersion: existing?.channelVersion ?? m.tombstone?.version ?? null,
        });
      case 'create': {
        const booking = { ...stayOf(input), guestEmail: input.guestEmail, channel: 'CHANNEL' as const, confirmed: true };
        return applied(await this.stays.booking.book(booking, caller, meta, within));
      }
      case 'modify':
        return applied(await this.stays.stayChanges.modify(existing!.id, stayOf(input), caller, meta, within));
      case 'cancel':
        return applied(await this.stays.cancellations.cancel(existing!.id, `cancelled by ${input.channel}`, caller, meta, within));
      case 'acknowledge':
        return { outcome: d.outcome, propertyId: existing?.propertyId ?? m.tombstone!.propertyId, stay: existing };
      case 'tombstone':
        return { outcome: 'TOMBSTONED', propertyId: await this.keepTombstone(em, m, caller), stay: null };
    }
  }

  /** Records (or raises) the tombstone of a cancellation that came before its reservation; returns its property. */
  private async keepTombstone(em: EntityManager, { input, key, tombstone }: Message, caller: Caller): Promise<string> {
    if (tombstone) {
      await em.update(ChannelTombstoneEntity, key, { version: input.version });
      return tombstone.propertyId;
    }
    const type = await em.findOneBy(RoomTypeEntity, { id: input.roomTypeId });
    if (!type) throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type', input.roomTypeId);
    caller.assertProperty(type.propertyId);
    await em.insert(ChannelTombstoneEntity, {
      ...key,
      version: input.version,
      propertyId: type.propertyId,
      cancelledAt: this.deps.clock.now(),
    });
    return type.propertyId;
  }

  private acknowledge(em: EntityManager, { input, key, hash }: Message, { outcome, propertyId, stay }: Result): Promise<ChannelAckEntity> {
    return em.save(
      em.create(ChannelAckEntity, {
        ...key,
        version: input.version,
        reservationId: stay?.id ?? null,
        propertyId,
        reservationStatus: stay?.status ?? 'CANCELLED',
        confirmationNumber: stay?.confirmationNumber ?? null,
        outcome,
        messageHash: hash,
        acknowledgedAt: this.deps.clock.now(),
      }),
    );
  }
}

/** The stay a partner message describes. */
const stayOf = (input: ChannelReservationInput) => ({
  roomTypeId: input.roomTypeId,
  ratePlanId: input.ratePlanId,
  arrival: input.arrival,
  departure: input.departure,
  guestName: input.guestName,
  adults: input.adults,
  specialRequests: input.specialRequests,
});
