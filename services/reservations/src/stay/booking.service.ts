import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ReservationCreated } from '@hotelops/contracts';
import { DomainError, insertRows, lockForChange, notFound, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { Within } from '../channel/channel.service';
import type { CorporateAccountService } from '../corporate/corporate-account.service';
import type { FolioService } from '../folio/folio.service';
import type { GroupBlockService } from '../group/group-block.service';
import type { GuestService } from '../guest/guest.service';
import type { PropertyEntity } from '../property/property.entity';
import { propertyToday } from '../property/property.service';
import { depositDue } from '../rate-plan/rate-plan.rules';
import { ReservationEntity } from '../reservation/reservation.entity';
import { MODIFIABLE, RESERVATION_MACHINE, confirmationNumber, validateStay, type GuaranteeKind } from '../reservation/reservation.rules';
import { RESERVATION, type ReservationService } from '../reservation/reservation.service';
import type { CreateReservationInput } from '../reservation/reservation.type';
import type { RoomTypeEntity } from '../room/room.entity';
import type { RoomService } from '../room/room.service';
import { stayFacts, stayTarget } from './stay-events';
import type { StayInventory } from './stay-inventory';
import type { PricedStay, StayPricing } from './stay-pricing';
import { STATUS_ACTIONS, type StayTransitions } from './stay-transitions';

export interface BookingCollaborators {
  reservations: ReservationService;
  rooms: RoomService;
  guests: GuestService;
  folios: FolioService;
  groupBlocks: GroupBlockService;
  corporateAccounts: CorporateAccountService;
  pricing: StayPricing;
  stayInventory: StayInventory;
  transitions: StayTransitions;
}

/**
 * A deposit's payment reference (bank transfer, card authorisation, PSP id): it becomes part of
 * the folio line's source reference, which keeps it unique per stay.
 */
export const DEPOSIT_REFERENCE_MAX = 64;

/** The block and company a stay is booked under. */
interface Deal {
  groupBlockId: string | null;
  corporateAccountId: string | null;
}

/** What the stay costs and on which terms. */
interface Terms {
  priced: PricedStay;
  deal: Deal;
  guarantee: { kind: GuaranteeKind | null; ref: string | null };
}

/** Booking a stay, confirming it, and taking its deposit. */
export class BookingService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: BookingCollaborators,
  ) {}

  /** Books a stay; inside `within` when given (a partner upsert), else in its own transaction. */
  book(input: CreateReservationInput, caller: Caller, meta: EventMeta, within?: Within): Promise<ReservationEntity> {
    return this.c.transitions.inTransaction(within, async (em) => {
      const { type, property, today } = await this.checkRequest(em, input, caller);
      const deal = await this.dealOf(em, input, type.propertyId);
      const priced = await this.c.pricing.price(em, type, input.ratePlanId ?? null, { ...input, today }, deal);
      const guarantee = this.c.pricing.guaranteeOf(priced.plan, input);
      const stay = { propertyId: type.propertyId, roomTypeId: type.id, groupBlockId: deal.groupBlockId };
      await this.c.stayInventory.take(em, stay, type.name, input.arrival, input.departure);
      // insert, not save (save would first SELECT the new id), with the kernel's prebuilt INSERT
      const r = em.create(ReservationEntity, this.newStay(input, property, { priced, deal, guarantee }, within));
      await insertRows(em, ReservationEntity, r);
      await this.c.reservations.saveNights(em, r, priced.nightly);
      await this.c.folios.open(em, r);
      await this.c.reservations.recordHistory(em, r, 'CREATED', caller, { status: r.status, channel: r.channel, totalMinor: r.totalMinor });
      await this.deps.outbox.add(
        em,
        ReservationCreated,
        { ...stayFacts(r), status: r.status, channel: r.channel, timeZone: property.timeZone },
        stayTarget(r),
        meta,
      );
      return r;
    });
  }

  confirm(id: string, caller: Caller): Promise<ReservationEntity> {
    return this.c.transitions.apply(id, 'confirm', caller, async () => undefined);
  }

  /**
   * Records a deposit payment on the folio (once per payment reference); a tentative stay is
   * confirmed once the deposits cover what its plan asks for.
   */
  recordDeposit(id: string, amountMinor: number, reference: string, caller: Caller): Promise<ReservationEntity> {
    return this.deps.db.transaction(async (em) => {
      const r = await lockForChange(em, this.deps.db, RESERVATION, id, caller);
      if (!MODIFIABLE.includes(r.status)) {
        throw new DomainError(
          'RESERVATION.INVALID_TRANSITION',
          `Reservation ${r.confirmationNumber} is ${r.status}; deposits are taken before arrival`,
          { status: r.status },
        );
      }
      const paid = await this.c.folios.recordDeposit(em, r, amountMinor, reference);
      await this.c.reservations.recordHistory(em, r, 'DEPOSIT_RECEIVED', caller, { amountMinor, reference, paidMinor: paid });
      const confirmed = RESERVATION_MACHINE.transition(r.status, 'confirm');
      if (confirmed.ok && r.depositDueMinor > 0 && paid >= r.depositDueMinor) {
        const details = { from: r.status, to: confirmed.to, reason: 'deposit received' };
        await this.c.reservations.recordHistory(em, r, STATUS_ACTIONS.confirm, caller, details);
        r.status = confirmed.to;
      }
      r.updatedAt = this.deps.clock.now();
      return em.save(r);
    });
  }

  /** The room type, dates, party size and guest profile of the request, checked against the property. */
  private async checkRequest(em: EntityManager, input: CreateReservationInput, caller: Caller) {
    const type = await this.c.rooms.typeForStay(em, input.roomTypeId);
    if (!type) throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type', input.roomTypeId);
    caller.assertProperty(type.propertyId);
    const { property, today } = await propertyToday(em, type.propertyId, this.deps);
    const problem = validateStay(input.arrival, input.departure, today);
    if (problem) throw new DomainError('RESERVATION.INVALID_DATES', problem, { arrival: input.arrival, departure: input.departure });
    assertSleeps(type, input.adults);
    if (input.guestId) await this.c.guests.forBooking(em, input.guestId, type.propertyId);
    return { type, property, today };
  }

  /** A booking against a block is billed to the block's company unless it names its own. */
  private async dealOf(em: EntityManager, input: CreateReservationInput, propertyId: string): Promise<Deal> {
    const groupBlockId = input.groupBlockId ?? null;
    const block = groupBlockId ? await this.c.groupBlocks.bookable(em, groupBlockId, propertyId) : null;
    const corporateAccountId = input.corporateAccountId ?? block?.corporateAccountId ?? null;
    if (corporateAccountId) await this.c.corporateAccounts.ofProperty(em, corporateAccountId, propertyId);
    return { groupBlockId, corporateAccountId };
  }

  private newStay(input: CreateReservationInput, property: PropertyEntity, { priced, deal, guarantee }: Terms, within?: Within) {
    const deposit = priced.plan ? depositDue(priced.plan, priced.total) : 0;
    const now = this.deps.clock.now();
    return {
      id: randomUUID(),
      propertyId: property.id,
      confirmationNumber: confirmationNumber(property.code),
      roomTypeId: input.roomTypeId,
      roomId: null,
      // A stay guaranteed by deposit stays tentative until the deposit arrives.
      status: input.confirmed === false || deposit > 0 ? ('TENTATIVE' as const) : ('CONFIRMED' as const),
      channel: input.channel,
      guestId: input.guestId ?? null,
      ...deal,
      guestName: input.guestName,
      guestEmail: input.guestEmail ?? null,
      adults: input.adults,
      arrival: input.arrival,
      departure: input.departure,
      nightlyRateMinor: Math.round(priced.total / priced.nightly.length),
      ratePlanId: priced.plan?.id ?? null,
      totalMinor: priced.total,
      guaranteeKind: guarantee.kind,
      guaranteeRef: guarantee.ref,
      depositDueMinor: deposit,
      currency: property.currency,
      specialRequests: input.specialRequests ?? null,
      channelCode: within?.channel?.code ?? null,
      channelRef: within?.channel?.reservationId ?? null,
      channelVersion: within?.channel?.version ?? null,
      createdAt: now,
      updatedAt: now,
    };
  }
}

/** A party larger than the room type sleeps is refused. */
export function assertSleeps(type: RoomTypeEntity, adults: number): void {
  if (adults > type.capacity) throw new DomainError('INPUT.INVALID', `${type.name} sleeps at most ${type.capacity}`, { field: 'adults' });
}
