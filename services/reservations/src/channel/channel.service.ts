import { DomainError, isUniqueViolation, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { ReservationEntity } from '../reservation/reservation.entity';
import { ReservationService } from '../reservation/reservation.service';
import { BookingChannelEnum } from '../reservation/reservation.type';
import { ChannelAckEntity } from './channel.entity';
import { decideChannelMessage } from './channel.rules';
import type { ChannelReservationInput } from './channel.type';

/**
 * Channel-manager upserts, idempotent on (channel, partner reservation id, version): the answer
 * to each message is stored with the change in one transaction, so a retry returns the stored
 * answer and changes nothing; an older version than the one applied is refused.
 */
export class ChannelService {
  private readonly reservations: ReservationService;
  constructor(private readonly deps: ServiceDeps) {
    this.reservations = new ReservationService(deps);
  }

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
      let r: ReservationEntity;
      switch (decision.kind) {
        case 'refuse':
          throw new DomainError(
            decision.code === 'STALE' ? 'RESERVATION.CHANNEL_VERSION_STALE' : 'RESERVATION.NOT_FOUND',
            decision.reason,
            {
              channel: input.channel,
              channelReservationId: input.channelReservationId,
              appliedVersion: existing?.channelVersion ?? null,
            },
          );
        case 'create':
          r = await this.reservations.create(
            { ...stay, guestEmail: input.guestEmail, channel: BookingChannelEnum.CHANNEL, confirmed: true },
            caller,
            meta,
            within,
          );
          break;
        case 'modify':
          r = await this.reservations.modify(existing!.id, stay, caller, meta, within);
          break;
        case 'cancel':
          r = await this.reservations.cancel(existing!.id, `cancelled by ${input.channel}`, caller, meta, within);
          break;
      }
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
}
