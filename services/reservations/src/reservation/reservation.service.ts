import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  ReservationCancelled,
  ReservationCheckedIn,
  ReservationCheckedOut,
  ReservationCreated,
  ReservationModified,
  ReservationNoShow,
} from '@hotelops/contracts';
import {
  DomainError,
  lockForChange,
  notFound,
  paginate,
  transitionWithin,
  type Caller,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
} from '@hotelops/kernel';
import { RoomInventoryService } from '../room-inventory/room-inventory.service';
import { StayInventory } from '../availability/stay-inventory';
import { FolioEntity, FolioLineEntity } from '../folio/folio.entity';
import { GuestService } from '../guest/guest.service';
import { FolioService } from '../folio/folio.service';
import { PropertyEntity } from '../property/property.entity';
import { depositDue } from '../rate-plan/rate-plan.rules';
import { RoomEntity, RoomTypeEntity } from '../room/room.entity';
import { RoomService } from '../room/room.service';
import { ReservationEntity, ReservationHistoryEntity, ReservationNightEntity } from './reservation.entity';
import { StayPricing } from './stay-pricing';
import {
  MODIFIABLE,
  RESERVATION_MACHINE,
  confirmationNumber,
  validateStay,
  type ReservationAction,
  type ReservationStatus,
} from './reservation.rules';
import type { CreateReservationInput, ModifyReservationInput } from './reservation.type';
import { localDate, nightsOf } from '../calendar/calendar.rules';

export class ReservationService {
  private readonly folios: FolioService;
  private readonly inventory: RoomInventoryService;
  private readonly rooms: RoomService;
  private readonly guests: GuestService;
  private readonly stays: StayInventory;
  private readonly pricing: StayPricing;
  constructor(private readonly deps: ServiceDeps) {
    this.folios = new FolioService(deps);
    this.inventory = new RoomInventoryService(deps);
    this.rooms = new RoomService(deps);
    this.guests = new GuestService(deps);
    this.stays = new StayInventory(deps);
    this.pricing = new StayPricing(deps);
  }

  /** Books a stay; inside `within` when given (a partner upsert), else in its own transaction. */
  async create(input: CreateReservationInput, caller: Caller, meta: EventMeta, within?: Within): Promise<ReservationEntity> {
    return this.inTransaction(within, async (em) => {
      // Read shared: a room added to the type (which locks it exclusively) waits for this booking.
      const type = await em.findOne(RoomTypeEntity, { where: { id: input.roomTypeId }, ...this.shareLock });
      if (!type) throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type', input.roomTypeId);
      caller.assertProperty(type.propertyId);
      const property = await em.findOneByOrFail(PropertyEntity, { id: type.propertyId });
      const today = localDate(this.deps.clock.now(), property.timeZone);
      const problem = validateStay(input.arrival, input.departure, today);
      if (problem) throw new DomainError('RESERVATION.INVALID_DATES', problem, { arrival: input.arrival, departure: input.departure });
      if (input.adults > type.capacity) {
        throw new DomainError('INPUT.INVALID', `${type.name} sleeps at most ${type.capacity}`, { field: 'adults' });
      }
      if (input.guestId) await this.guests.forBooking(em, input.guestId, type.propertyId);
      const groupBlockId = input.groupBlockId ?? null;
      const block = groupBlockId ? await this.pricing.bookableBlock(em, groupBlockId, type.propertyId) : null;
      const corporateAccountId = input.corporateAccountId ?? block?.corporateAccountId ?? null;
      if (corporateAccountId) await this.pricing.corporateAccount(em, corporateAccountId, type.propertyId);
      const priced = await this.pricing.price(em, type, input.ratePlanId ?? null, input.arrival, input.departure, today, {
        groupBlockId,
        corporateAccountId,
      });
      const guarantee = this.pricing.guaranteeOf(priced.plan, input);
      await this.stays.take(
        em,
        { propertyId: type.propertyId, roomTypeId: type.id, groupBlockId },
        type.name,
        input.arrival,
        input.departure,
      );
      const now = this.deps.clock.now();
      const r = await em.save(
        em.create(ReservationEntity, {
          id: randomUUID(),
          propertyId: type.propertyId,
          confirmationNumber: confirmationNumber(property.code),
          roomTypeId: type.id,
          roomId: null,
          // A stay guaranteed by deposit stays tentative until the deposit arrives.
          status: input.confirmed === false || (priced.plan && depositDue(priced.plan, priced.total) > 0) ? 'TENTATIVE' : 'CONFIRMED',
          channel: input.channel,
          guestId: input.guestId ?? null,
          groupBlockId,
          corporateAccountId,
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
          depositDueMinor: priced.plan ? depositDue(priced.plan, priced.total) : 0,
          currency: property.currency,
          specialRequests: input.specialRequests ?? null,
          channelCode: within?.channel?.code ?? null,
          channelRef: within?.channel?.reservationId ?? null,
          channelVersion: within?.channel?.version ?? null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.saveNights(em, r, priced.nightly);
      await this.folios.open(em, r);
      await this.history(em, r, 'CREATED', caller, { status: r.status, channel: r.channel, totalMinor: r.totalMinor });
      await this.deps.outbox.add(em, ReservationCreated, { ...this.stay(r), status: r.status, channel: r.channel }, target(r), meta);
      return r;
    });
  }

  confirm(id: string, caller: Caller, meta: EventMeta) {
    void meta; // confirmation is not a cross-domain fact yet
    return this.change(id, 'confirm', caller, undefined, async () => undefined);
  }

  /**
   * Records a deposit payment on the folio (once per payment reference); a tentative stay is
   * confirmed once the deposits cover what its plan asks for.
   */
  async recordDeposit(id: string, amountMinor: number, reference: string, caller: Caller): Promise<ReservationEntity> {
    return this.deps.db.transaction(async (em) => {
      const r = await lockForChange(em, this.deps.db, RESERVATION, id, caller);
      if (!MODIFIABLE.includes(r.status)) {
        throw new DomainError(
          'RESERVATION.INVALID_TRANSITION',
          `Reservation ${r.confirmationNumber} is ${r.status}; deposits are taken before arrival`,
          {
            status: r.status,
          },
        );
      }
      await this.folios.post(em, r.id, {
        kind: 'PAYMENT',
        description: `Deposit ${reference}`,
        amountMinor,
        currency: r.currency,
        sourceRef: `deposit:${r.id}:${reference}`,
      });
      const paid = await this.depositPaid(em, r.id);
      await this.history(em, r, 'DEPOSIT_RECEIVED', caller, { amountMinor, reference, paidMinor: paid });
      const confirmed = RESERVATION_MACHINE.transition(r.status, 'confirm');
      if (confirmed.ok && r.depositDueMinor > 0 && paid >= r.depositDueMinor) {
        await this.history(em, r, STATUS_ACTIONS.confirm, caller, { from: r.status, to: confirmed.to, reason: 'deposit received' });
        r.status = confirmed.to;
      }
      r.updatedAt = this.deps.clock.now();
      return em.save(r);
    });
  }

  /** Deposits received per reservation, in one query (the GraphQL field batches through this). */
  async depositsPaid(ids: readonly string[]): Promise<number[]> {
    const rows = await this.deps.db.manager
      .createQueryBuilder(FolioLineEntity, 'l')
      .innerJoin(FolioEntity, 'f', 'f.id = l.folio_id')
      .select('f.reservation_id', 'id')
      .addSelect('SUM(l.amount_minor)', 'paid')
      .where("f.reservation_id IN (:...ids) AND l.source_ref LIKE 'deposit:%'", { ids })
      .groupBy('f.reservation_id')
      .getRawMany<{ id: string; paid: string | number }>();
    const byId = new Map(rows.map((r) => [r.id, Number(r.paid)]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  /** Sum of the deposit payments on the stay's folio. */
  async depositPaid(em: EntityManager, reservationId: string): Promise<number> {
    const row = await em
      .createQueryBuilder(FolioLineEntity, 'l')
      .innerJoin(FolioEntity, 'f', 'f.id = l.folio_id')
      .select('COALESCE(SUM(l.amount_minor), 0)', 'paid')
      .where('f.reservation_id = :id AND l.source_ref LIKE :prefix', { id: reservationId, prefix: `deposit:${reservationId}:%` })
      .getRawOne<{ paid: string | number }>();
    return Number(row?.paid ?? 0);
  }

  /** Gives the nights back and charges the plan's cancellation fee when inside its deadline. */
  cancel(id: string, reason: string | undefined, caller: Caller, meta: EventMeta, within?: Within) {
    return this.change(id, 'cancel', caller, within, async (em, r) => {
      await this.stays.giveBack(em, r, r.arrival, r.departure);
      const fee = await this.pricing.policyFee(em, r, 'cancellation');
      await this.deps.outbox.add(
        em,
        ReservationCancelled,
        { ...this.stay(r), cancelledAt: this.deps.clock.now().toISOString(), reason: reason ?? null },
        target(r),
        meta,
      );
      return { reason: reason ?? null, feeMinor: fee };
    });
  }

  /**
   * Marks a stay that never arrived as a no-show (the scheduled job calls this after the
   * property's cut-off): its nights return to sale and a confirmed stay is charged the plan's fee.
   */
  markNoShow(id: string, caller: Caller, meta: EventMeta) {
    return this.change(id, 'noShow', caller, undefined, async (em, r) => {
      await this.stays.giveBack(em, r, r.arrival, r.departure);
      const fee = r.status === 'CONFIRMED' ? await this.pricing.policyFee(em, r, 'no-show') : 0;
      await this.deps.outbox.add(
        em,
        ReservationNoShow,
        { ...this.stay(r), markedAt: this.deps.clock.now().toISOString(), fee: { amountMinor: fee, currency: r.currency } },
        target(r),
        meta,
      );
      return { feeMinor: fee };
    });
  }

  /**
   * Changes dates, room type, plan or guest details in one transaction: the old nights are given
   * back and the new ones taken with the same conditional UPDATE as a booking, so the change
   * either gets its rooms or leaves the reservation exactly as it was.
   */
  async modify(id: string, input: ModifyReservationInput, caller: Caller, meta: EventMeta, within?: Within): Promise<ReservationEntity> {
    return this.inTransaction(within, async (em) => {
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
      const before = {
        roomTypeId: r.roomTypeId,
        arrival: r.arrival,
        departure: r.departure,
        ratePlanId: r.ratePlanId,
        totalMinor: r.totalMinor,
      };
      const type = await em.findOne(RoomTypeEntity, { where: { id: input.roomTypeId ?? r.roomTypeId }, ...this.shareLock });
      if (!type || type.propertyId !== r.propertyId)
        throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type of this property', input.roomTypeId ?? r.roomTypeId);
      const property = await em.findOneByOrFail(PropertyEntity, { id: r.propertyId });
      const arrival = input.arrival ?? r.arrival;
      const departure = input.departure ?? r.departure;
      const today = localDate(this.deps.clock.now(), property.timeZone);
      // An arrival already in the past may stay as it is; a new arrival must not be.
      const problem = validateStay(arrival, departure, arrival === r.arrival && arrival < today ? arrival : today);
      if (problem) throw new DomainError('RESERVATION.INVALID_DATES', problem, { arrival, departure });
      const adults = input.adults ?? r.adults;
      if (adults > type.capacity)
        throw new DomainError('INPUT.INVALID', `${type.name} sleeps at most ${type.capacity}`, { field: 'adults' });
      const stayChanged = arrival !== r.arrival || departure !== r.departure || type.id !== r.roomTypeId;
      const planChanged = input.ratePlanId !== undefined && input.ratePlanId !== r.ratePlanId;
      if (stayChanged || planChanged) {
        const priced = await this.pricing.price(em, type, input.ratePlanId ?? r.ratePlanId, arrival, departure, today, r);
        if (stayChanged) {
          await this.inventory.lockAll(em, [
            { type: { id: r.roomTypeId, propertyId: r.propertyId }, from: r.arrival, to: r.departure },
            { type, from: arrival, to: departure },
          ]);
          await this.stays.giveBack(em, r, r.arrival, r.departure);
          await this.stays.take(em, { ...r, roomTypeId: type.id }, type.name, arrival, departure);
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
        await em.delete(ReservationNightEntity, { reservationId: r.id });
        await this.saveNights(em, r, priced.nightly);
      }
      if (input.adults !== undefined) r.adults = input.adults;
      if (input.guestName !== undefined) r.guestName = input.guestName;
      if (input.specialRequests !== undefined) r.specialRequests = input.specialRequests;
      r.updatedAt = this.deps.clock.now();
      await em.save(r);
      const after = {
        roomTypeId: r.roomTypeId,
        arrival: r.arrival,
        departure: r.departure,
        ratePlanId: r.ratePlanId,
        totalMinor: r.totalMinor,
      };
      await this.history(em, r, 'MODIFIED', caller, {
        before,
        after,
        fields: Object.keys(input).filter((k) => input[k as keyof ModifyReservationInput] !== undefined),
      });
      await this.deps.outbox.add(
        em,
        ReservationModified,
        {
          ...this.stay(r),
          status: r.status,
          previous: { roomTypeId: before.roomTypeId, arrival: before.arrival, departure: before.departure },
          total: { amountMinor: r.totalMinor, currency: r.currency },
        },
        target(r),
        meta,
      );
      return r;
    });
  }

  /** Assigns the requested room, or any vacant clean/inspected room of the booked type. */
  checkIn(id: string, roomId: string | undefined, caller: Caller, meta: EventMeta) {
    return this.change(id, 'checkIn', caller, undefined, async (em, r) => {
      const property = await em.findOneByOrFail(PropertyEntity, { id: r.propertyId });
      const today = localDate(this.deps.clock.now(), property.timeZone);
      if (r.arrival > today) {
        throw new DomainError(
          'RESERVATION.CHECK_IN_TOO_EARLY',
          `Reservation ${r.confirmationNumber} arrives on ${r.arrival}; today is ${today} at the property`,
          {
            arrival: r.arrival,
          },
        );
      }
      const room = await this.rooms.pickRoom(em, r, roomId, today);
      await this.rooms.changeStatus(em, room, { occupied: true }, `check-in ${r.confirmationNumber}`, meta);
      r.roomId = room.id;
      // The stay's room revenue is posted at check-in (nightly audit posting comes with rate plans).
      if (ReservationService.roomRevenue(r) > 0)
        await this.folios.post(em, r.id, {
          kind: 'CHARGE',
          description: `Room ${room.number}, ${r.arrival} to ${r.departure}`,
          amountMinor: ReservationService.roomRevenue(r),
          currency: r.currency,
          sourceRef: `room:${r.id}`,
        });
      await this.deps.outbox.add(
        em,
        ReservationCheckedIn,
        { ...this.stay(r), roomId: room.id, roomNumber: room.number, checkedInAt: this.deps.clock.now().toISOString() },
        target(r),
        meta,
      );
    });
  }

  /**
   * Moves an in-house guest to another vacant clean/inspected room. A room of another type takes
   * that type's inventory for the remaining nights (and gives the old type's back) at the same
   * price; the room left behind is vacant and dirty.
   */
  async moveRoom(id: string, toRoomId: string, reason: string, caller: Caller, meta: EventMeta): Promise<ReservationEntity> {
    return this.deps.db.transaction(async (em) => {
      const r = await lockForChange(em, this.deps.db, RESERVATION, id, caller);
      if (r.status !== 'CHECKED_IN' || !r.roomId) {
        throw new DomainError(
          'RESERVATION.INVALID_TRANSITION',
          `Reservation ${r.confirmationNumber} is ${r.status}; only an in-house guest can move rooms`,
          {
            status: r.status,
          },
        );
      }
      const target = await em.findOneBy(RoomEntity, { id: toRoomId });
      if (!target || target.propertyId !== r.propertyId) throw notFound('ROOM.NOT_FOUND', 'Room of this property', toRoomId);
      if (target.id === r.roomId)
        throw new DomainError('ROOM.NOT_ASSIGNABLE', `The guest is already in room ${target.number}`, { roomId: target.id });
      const property = await em.findOneByOrFail(PropertyEntity, { id: r.propertyId });
      const today = localDate(this.deps.clock.now(), property.timeZone);
      const from = today > r.arrival ? today : r.arrival;
      if (target.roomTypeId !== r.roomTypeId && r.groupBlockId) {
        throw new DomainError(
          'ROOM.NOT_ASSIGNABLE',
          `A group booking moves within its block's room type; room ${target.number} is of another type`,
          {
            roomId: target.id,
          },
        );
      }
      if (target.roomTypeId !== r.roomTypeId && from < r.departure) {
        const newType = await em.findOneOrFail(RoomTypeEntity, { where: { id: target.roomTypeId }, ...this.shareLock });
        await this.inventory.lockAll(em, [
          { type: { id: r.roomTypeId, propertyId: r.propertyId }, from, to: r.departure },
          { type: newType, from, to: r.departure },
        ]);
        await this.inventory.release(em, { id: r.roomTypeId, propertyId: r.propertyId }, from, r.departure);
        await this.inventory.reserve(em, newType, from, r.departure);
        await em
          .createQueryBuilder()
          .update(ReservationNightEntity)
          .set({ roomTypeId: newType.id })
          .where('reservation_id = :id AND stay_date >= :from', { id: r.id, from })
          .execute();
      }
      const room = await this.rooms.pickRoom(em, { propertyId: r.propertyId, roomTypeId: target.roomTypeId }, target.id, today);
      const old = await em.findOneOrFail(RoomEntity, { where: { id: r.roomId }, ...this.deps.db.forUpdate });
      await this.rooms.changeStatus(em, old, { occupied: false, housekeepingStatus: 'DIRTY' }, `room move: ${reason}`, meta);
      await this.rooms.changeStatus(em, room, { occupied: true }, `room move: ${reason}`, meta);
      await this.history(em, r, 'ROOM_MOVED', caller, { fromRoom: old.number, toRoom: room.number, fromRoomTypeId: r.roomTypeId, reason });
      r.roomId = room.id;
      r.roomTypeId = room.roomTypeId;
      r.updatedAt = this.deps.clock.now();
      return em.save(r);
    });
  }

  /** Requires a settled folio; closes it, frees the room (now dirty) and announces the departure. */
  checkOut(id: string, caller: Caller, meta: EventMeta) {
    return this.change(id, 'checkOut', caller, undefined, async (em, r) => {
      const folio = await em.findOneByOrFail(FolioEntity, { reservationId: r.id });
      let owed = await this.folios.balanceOf(em, folio.id);
      owed -= await this.folios.transferToAccount(
        em,
        folio,
        owed,
        `Stay ${r.confirmationNumber} (${r.guestName}), ${r.arrival} to ${r.departure}`,
      );
      if (owed !== 0) {
        throw new DomainError(
          'RESERVATION.FOLIO_NOT_SETTLED',
          `The folio has a balance of ${owed} ${folio.currency} minor units; settle it or route it to a company or group account before check-out`,
          {
            balanceMinor: owed,
          },
        );
      }
      const total = await em
        .createQueryBuilder()
        .select('COALESCE(SUM(l.amount_minor), 0)', 'total')
        .from('folio_lines', 'l')
        .where("l.folio_id = :id AND l.kind = 'CHARGE'", { id: folio.id })
        .getRawOne<{ total: string | number }>();
      await this.folios.close(em, folio);
      const room = await em.findOneOrFail(RoomEntity, { where: { id: r.roomId! }, ...this.deps.db.forUpdate });
      await this.rooms.changeStatus(em, room, { occupied: false, housekeepingStatus: 'DIRTY' }, `check-out ${r.confirmationNumber}`, meta);
      if (r.guestId) await this.guests.afterStay(em, r.guestId);
      await this.deps.outbox.add(
        em,
        ReservationCheckedOut,
        {
          ...this.stay(r),
          roomId: room.id,
          roomNumber: room.number,
          checkedOutAt: this.deps.clock.now().toISOString(),
          folioTotal: { amountMinor: Number(total?.total ?? 0), currency: folio.currency },
        },
        target(r),
        meta,
      );
    });
  }

  async get(id: string, caller: Caller): Promise<ReservationEntity> {
    const r = await this.deps.db.manager.findOneBy(ReservationEntity, { id });
    if (!r) throw notFound('RESERVATION.NOT_FOUND', 'Reservation', id);
    caller.assertProperty(r.propertyId);
    return r;
  }

  list(propertyId: string, caller: Caller, page: PageArgs, filter: { status?: ReservationStatus; arrival?: string }) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(ReservationEntity, 'r').where('r.propertyId = :propertyId', { propertyId });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.arrival) qb.andWhere('r.arrival = :arrival', { arrival: filter.arrival });
    return paginate(qb, page);
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(ReservationEntity, { id: In([...ids]) });
  }

  /**
   * A status change through the kernel's lock → property → machine → effect → save, with the
   * change recorded in the stay's history. Locked: two concurrent cancellations must not both
   * give the nights back.
   */
  private change(
    id: string,
    action: ReservationAction,
    caller: Caller,
    within: Within | undefined,
    effect: (em: EntityManager, r: ReservationEntity) => Promise<Record<string, unknown> | void>,
  ): Promise<ReservationEntity> {
    return this.inTransaction(within, (em) =>
      transitionWithin(em, this.deps, RESERVATION, id, action, caller, async (em, r, { from, to }) => {
        const details = await effect(em, r);
        await this.history(em, r, STATUS_ACTIONS[action], caller, { from, to, ...details });
      }),
    );
  }

  private async saveNights(em: EntityManager, r: ReservationEntity, nightly: readonly number[]): Promise<void> {
    const rows = nightsOf(r.arrival, r.departure).map((stayDate, i) => ({
      reservationId: r.id,
      stayDate,
      propertyId: r.propertyId,
      roomTypeId: r.roomTypeId,
      priceMinor: nightly[i],
    }));
    for (let i = 0; i < rows.length; i += 100) await em.insert(ReservationNightEntity, rows.slice(i, i + 100));
  }

  private history(em: EntityManager, r: ReservationEntity, action: string, caller: Caller, details: Record<string, unknown>) {
    return em.save(ReservationHistoryEntity, {
      id: randomUUID(),
      reservationId: r.id,
      at: this.deps.clock.now(),
      actor: caller.claims.subject ?? caller.claims.kind,
      action,
      details,
    });
  }

  historyOf(ids: readonly string[]) {
    return this.deps.db.manager.find(ReservationHistoryEntity, { where: { reservationId: In([...ids]) }, order: { at: 'ASC' } });
  }

  private inTransaction<T>(within: Within | undefined, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return within ? work(within.em) : this.deps.db.transaction(work);
  }

  private get shareLock(): { lock?: { mode: 'pessimistic_read' } } {
    return this.deps.db.isPostgres ? { lock: { mode: 'pessimistic_read' } } : {};
  }

  private stay(r: ReservationEntity) {
    return {
      reservationId: r.id,
      propertyId: r.propertyId,
      confirmationNumber: r.confirmationNumber,
      roomTypeId: r.roomTypeId,
      arrival: r.arrival,
      departure: r.departure,
      guestName: r.guestName,
    };
  }

  /** Total room revenue of the stay. */
  static roomRevenue(r: ReservationEntity): number {
    return r.totalMinor;
  }
}

/** An enclosing transaction (a partner upsert applies its change inside its own). */
export interface Within {
  em: EntityManager;
  /** The partner's reference, recorded on a reservation it creates. */
  channel?: { code: string; reservationId: string; version: number };
}

export const RESERVATION = {
  entity: ReservationEntity,
  notFound: 'RESERVATION.NOT_FOUND',
  noun: 'Reservation',
  machine: RESERVATION_MACHINE,
  invalidTransition: 'RESERVATION.INVALID_TRANSITION',
} as const;

/** How each status change is named in the stay's history. */
const STATUS_ACTIONS: Record<ReservationAction, string> = {
  confirm: 'CONFIRMED',
  checkIn: 'CHECKED_IN',
  checkOut: 'CHECKED_OUT',
  cancel: 'CANCELLED',
  noShow: 'NO_SHOW',
};
const target = (r: ReservationEntity) => ({ subject: r.id, propertyId: r.propertyId });
