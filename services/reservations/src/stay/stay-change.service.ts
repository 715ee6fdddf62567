import type { EntityManager } from 'typeorm';
import { ReservationModified } from '@hotelops/contracts';
import { DomainError, lockForChange, notFound, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { Within } from '../channel/channel.service';
import { propertyToday } from '../property/property.service';
import { depositDue } from '../rate-plan/rate-plan.rules';
import type { ReservationEntity } from '../reservation/reservation.entity';
import { MODIFIABLE, changedFields, validateStay } from '../reservation/reservation.rules';
import { RESERVATION, type ReservationService } from '../reservation/reservation.service';
import type { ModifyReservationInput } from '../reservation/reservation.type';
import type { RoomInventoryService } from '../room-inventory/room-inventory.service';
import type { RoomTypeEntity } from '../room/room.entity';
import type { RoomService } from '../room/room.service';
import { assertSleeps } from './booking.service';
import { stayFacts, stayTarget } from './stay-events';
import type { StayInventory } from './stay-inventory';
import type { StayPricing } from './stay-pricing';
import type { StayTransitions } from './stay-transitions';

export interface StayChangeCollaborators {
  reservations: ReservationService;
  rooms: RoomService;
  roomInventory: RoomInventoryService;
  pricing: StayPricing;
  stayInventory: StayInventory;
  transitions: StayTransitions;
}

/** The dates, room type and plan a stay is sold on: what a change is recorded against. */
const termsOf = (r: ReservationEntity) => ({
  roomTypeId: r.roomTypeId,
  arrival: r.arrival,
  departure: r.departure,
  ratePlanId: r.ratePlanId,
  totalMinor: r.totalMinor,
});

/** A requested change of dates or room type, checked against the property. */
interface NewStay {
  type: RoomTypeEntity;
  arrival: string;
  departure: string;
  today: string;
}

/** Changing a booked stay before arrival. */
export class StayChangeService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: StayChangeCollaborators,
  ) {}

  /**
   * Changes dates, room type, plan or guest details in one transaction: the old nights are given
   * back and the new ones taken with the same conditional UPDATE as a booking, so the change
   * either gets its rooms or leaves the reservation exactly as it was.
   */
  modify(id: string, input: ModifyReservationInput, caller: Caller, meta: EventMeta, within?: Within): Promise<ReservationEntity> {
    return this.c.transitions.inTransaction(within, async (em) => {
      const r = await lockForChange(em, this.deps.db, RESERVATION, id, caller);
      if (!MODIFIABLE.includes(r.status)) {
        throw new DomainError(
          'RESERVATION.INVALID_TRANSITION',
          `Reservation ${r.confirmationNumber} is ${r.status} and can no longer be modified`,
          {
            status: r.status,
          },
        );
      }
      const fields = changedFields(r, input);
      if (!fields.length) {
        throw new DomainError('RESERVATION.NOTHING_TO_CHANGE', `The change leaves reservation ${r.confirmationNumber} as it is`, {
          reservationId: r.id,
        });
      }
      const before = termsOf(r);
      const next = await this.checkChange(em, r, input);
      await this.rebook(em, r, next, input.ratePlanId);
      if (input.adults !== undefined) r.adults = input.adults;
      if (input.guestName !== undefined) r.guestName = input.guestName;
      if (input.specialRequests !== undefined) r.specialRequests = input.specialRequests;
      r.updatedAt = this.deps.clock.now();
      await em.save(r);
      await this.c.reservations.recordHistory(em, r, 'MODIFIED', caller, { before, after: termsOf(r), fields });
      const previous = { roomTypeId: before.roomTypeId, arrival: before.arrival, departure: before.departure };
      const total = { amountMinor: r.totalMinor, currency: r.currency };
      await this.deps.outbox.add(em, ReservationModified, { ...stayFacts(r), status: r.status, previous, total }, stayTarget(r), meta);
      return r;
    });
  }

  private async checkChange(em: EntityManager, r: ReservationEntity, input: ModifyReservationInput): Promise<NewStay> {
    const type = await this.c.rooms.typeForStay(em, input.roomTypeId ?? r.roomTypeId);
    if (!type || type.propertyId !== r.propertyId)
      throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type of this property', input.roomTypeId ?? r.roomTypeId);
    const arrival = input.arrival ?? r.arrival;
    const departure = input.departure ?? r.departure;
    const { today } = await propertyToday(em, r.propertyId, this.deps);
    // An arrival already in the past may stay as it is; a new arrival must not be.
    const problem = validateStay(arrival, departure, arrival === r.arrival && arrival < today ? arrival : today);
    if (problem) throw new DomainError('RESERVATION.INVALID_DATES', problem, { arrival, departure });
    assertSleeps(type, input.adults ?? r.adults);
    return { type, arrival, departure, today };
  }

  /** New dates or room type move the nights; a new plan or new nights are priced again. */
  private async rebook(em: EntityManager, r: ReservationEntity, next: NewStay, ratePlanId: string | undefined): Promise<void> {
    const { type, arrival, departure } = next;
    const stayChanged = arrival !== r.arrival || departure !== r.departure || type.id !== r.roomTypeId;
    const planChanged = ratePlanId !== undefined && ratePlanId !== r.ratePlanId;
    if (!stayChanged && !planChanged) return;
    const priced = await this.c.pricing.price(em, type, ratePlanId ?? r.ratePlanId, next, r);
    if (stayChanged) {
      await this.c.roomInventory.lockAll(em, [
        { type: { id: r.roomTypeId, propertyId: r.propertyId }, from: r.arrival, to: r.departure },
        { type, from: arrival, to: departure },
      ]);
      await this.c.stayInventory.giveBack(em, r, r.arrival, r.departure);
      await this.c.stayInventory.take(em, { ...r, roomTypeId: type.id }, type.name, arrival, departure);
    }
    Object.assign(r, {
      roomTypeId: type.id,
      arrival,
      departure,
      ratePlanId: priced.plan?.id ?? null,
      totalMinor: priced.total,
      nightlyRateMinor: Math.round(priced.total / priced.nightly.length),
      depositDueMinor: priced.plan ? depositDue(priced.plan, priced.total) : 0,
    });
    await this.c.reservations.replaceNights(em, r, priced.nightly);
  }
}
