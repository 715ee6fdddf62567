import type { EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { ReservationEntity } from '../reservation/reservation.entity';
import type { CreateReservationInput, ModifyReservationInput } from '../reservation/reservation.type';
import { ChannelAckEntity } from './channel.entity';
import { decideChannelMessage, type ChannelDecision } from './channel.rules';
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

/**
 * Channel-manager upserts, idempotent on (channel, partner reservation id, version): the answer
 * to each message is stored with the change in one transaction, so a retry returns the stored
 * answer and changes nothing; an older version than the one applied is refused.
 */
export class ChannelService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly stays: PartnerStays,
  ) {}

  async upsert(input: ChannelReservationInput, caller: Caller, meta: EventMeta): Promise<ChannelAckEntity> {
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
    return this.deps.db.transaction(async (em) => {
      const answered = await em.findOneBy(ChannelAckEntity, { ...key, version: input.version });
      if (answered) {
        caller.assertProperty(answered.propertyId);
        return answered;
      }
      const existing = await em.findOne(ReservationEntity, { where: key, ...this.deps.db.forUpdate });
      if (existing) caller.assertProperty(existing.propertyId);
      const ref = `${input.channel} ${input.channelReservationId}`;
      const decision = decideChannelMessage(existing && { version: existing.channelVersion ?? 0 }, input.version, input.cancelled, ref);
      const r = await this.carryOut(decision, input, existing, caller, meta, em);
      if (decision.kind !== 'create') await em.update(ReservationEntity, { id: r.id }, { channelVersion: input.version });
      return em.save(
        em.create(ChannelAckEntity, {
          ...key,
          version: input.version,
          reservationId: r.id,
          propertyId: r.propertyId,
          reservationStatus: r.status,
          confirmationNumber: r.confirmationNumber,
          acknowledgedAt: this.deps.clock.now(),
        }),
      );
    });
  }

  /** Books, changes or cancels the stay the message is about, inside the message's transaction. */
  private carryOut(
    decision: ChannelDecision,
    input: ChannelReservationInput,
    existing: ReservationEntity | null,
    caller: Caller,
    meta: EventMeta,
    em: EntityManager,
  ): Promise<ReservationEntity> {
    const within = { em, channel: { code: input.channel, reservationId: input.channelReservationId, version: input.version } };
    const stay = {
      roomTypeId: input.roomTypeId,
      ratePlanId: input.ratePlanId,
      arrival: input.arrival,
      departure: input.departure,
      guestName: input.guestName,
      adults: input.adults,
      specialRequests: input.specialRequests,
    };
    switch (decision.kind) {
      case 'refuse':
        throw new DomainError(decision.code === 'STALE' ? 'RESERVATION.CHANNEL_VERSION_STALE' : 'RESERVATION.NOT_FOUND', decision.reason, {
          channel: input.channel,
          channelReservationId: input.channelReservationId,
          appliedVersion: existing?.channelVersion ?? null,
        });
      case 'create':
        return this.stays.booking.book(
          { ...stay, guestEmail: input.guestEmail, channel: 'CHANNEL', confirmed: true },
          caller,
          meta,
          within,
        );
      case 'modify':
        return this.stays.stayChanges.modify(existing!.id, stay, caller, meta, within);
      case 'cancel':
        return this.stays.cancellations.cancel(existing!.id, `cancelled by ${input.channel}`, caller, meta, within);
    }
  }
}
