import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { insertRows, notFound, paginate, type Caller, type PageArgs, type ServiceDeps } from '@hotelops/kernel';
import { nightsOf } from '../calendar/calendar.rules';
import { ERASED_NAME } from '../guest/guest.rules';
import { ReservationEntity, ReservationHistoryEntity, ReservationNightEntity } from './reservation.entity';
import { RESERVATION_MACHINE, STAYED, type ReservationStatus } from './reservation.rules';

/** What the kernel's lock and status-change helpers need to know of a stay. */
export const RESERVATION = {
  entity: ReservationEntity,
  notFound: 'RESERVATION.NOT_FOUND',
  noun: 'Reservation',
  machine: RESERVATION_MACHINE,
  invalidTransition: 'RESERVATION.INVALID_TRANSITION',
  /** a partner key sees the stays of its own channels only (staff see every stay of their properties) */
  visibleTo: (r: ReservationEntity, caller: Caller) => caller.canActForChannel(r.channelCode),
} as const;

export interface GuestStatsRow {
  guestId: string;
  stays: number;
  nights: number;
  revenueMinor: number;
}

/**
 * The stay aggregate: reads, its priced nights and its history. The use cases that change a
 * stay (booking, changes, cancellation, front desk) live in the stay module above.
 */
export class ReservationService {
  constructor(private readonly deps: ServiceDeps) {}

  async get(id: string, caller: Caller): Promise<ReservationEntity> {
    const r = await this.deps.db.manager.findOneBy(ReservationEntity, { id });
    if (!r) throw notFound('RESERVATION.NOT_FOUND', 'Reservation', id);
    caller.assertProperty(r.propertyId);
    if (!RESERVATION.visibleTo(r, caller)) throw notFound('RESERVATION.NOT_FOUND', 'Reservation', id);
    return r;
  }

  list(propertyId: string, caller: Caller, page: PageArgs, filter: { status?: ReservationStatus; arrival?: string }) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(ReservationEntity, 'r').where('r.propertyId = :propertyId', { propertyId });
    const channels = caller.channelScope();
    // a partner key lists its own channels' stays (RESERVATION.visibleTo); bound to none, it lists none
    if (channels) qb.andWhere(channels.length ? 'r.channelCode IN (:...channels)' : '1 = 0', { channels });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.arrival) qb.andWhere('r.arrival = :arrival', { arrival: filter.arrival });
    return paginate(qb, page);
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(ReservationEntity, { id: In([...ids]) });
  }

  /** Records who changed what on the stay, in the change's transaction. */
  async recordHistory(em: EntityManager, r: ReservationEntity, action: string, caller: Caller, details: Record<string, unknown>) {
    // a new row: insert (save would SELECT the id first), with the kernel's prebuilt INSERT
    const entry = em.create(ReservationHistoryEntity, {
      id: randomUUID(),
      reservationId: r.id,
      at: this.deps.clock.now(),
      actor: caller.claims.subject ?? caller.claims.kind,
      action,
      details,
    });
    await insertRows(em, ReservationHistoryEntity, entry);
  }

  historyOf(ids: readonly string[]) {
    return this.deps.db.manager.find(ReservationHistoryEntity, { where: { reservationId: In([...ids]) }, order: { at: 'ASC' } });
  }

  /** The stay's nights after a change of dates, room type or plan. */
  async replaceNights(em: EntityManager, r: ReservationEntity, nightly: readonly number[]): Promise<void> {
    await em.delete(ReservationNightEntity, { reservationId: r.id });
    await this.saveNights(em, r, nightly);
  }

  /** Stores the stay's priced nights: what the reports sum. */
  async saveNights(em: EntityManager, r: ReservationEntity, nightly: readonly number[]): Promise<void> {
    const rows = nightsOf(r.arrival, r.departure).map((stayDate, i) => ({
      reservationId: r.id,
      stayDate,
      propertyId: r.propertyId,
      roomTypeId: r.roomTypeId,
      priceMinor: nightly[i],
    }));
    await insertRows(em, ReservationNightEntity, rows);
  }

  /** The price of each night of the stay, in date order. */
  async nightlyPrices(em: EntityManager, reservationId: string): Promise<number[]> {
    return (await this.pricedNights(em, reservationId)).map((n) => n.priceMinor);
  }

  /** The stay's priced nights, in date order. */
  pricedNights(em: EntityManager, reservationId: string): Promise<ReservationNightEntity[]> {
    return em.find(ReservationNightEntity, { where: { reservationId }, order: { stayDate: 'ASC' } });
  }

  /** The stay no longer has the nights from `from` on (an early departure): reports count the nights stayed. */
  async dropNightsFrom(em: EntityManager, reservationId: string, from: string): Promise<void> {
    await em
      .createQueryBuilder()
      .delete()
      .from(ReservationNightEntity)
      .where('reservation_id = :id AND stay_date >= :from', { id: reservationId, from })
      .execute();
  }

  /** The stay's nights from `from` on count for another room type (a room move). */
  async moveNights(em: EntityManager, reservationId: string, from: string, roomTypeId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(ReservationNightEntity)
      .set({ roomTypeId })
      .where('reservation_id = :id AND stay_date >= :from', { id: reservationId, from })
      .execute();
  }

  /** A guest's erasure reaches their stays: personal fields go, the stays stay countable. Returns their ids. */
  async erasePersonalData(em: EntityManager, guestId: string): Promise<string[]> {
    const stays = await em.find(ReservationEntity, { select: { id: true }, where: { guestId } });
    await em.update(ReservationEntity, { guestId }, { guestName: ERASED_NAME, guestEmail: null, specialRequests: null });
    return stays.map((s) => s.id);
  }

  /** Stays the guest has checked out of. */
  completedStays(em: EntityManager, guestId: string): Promise<number> {
    return em.countBy(ReservationEntity, { guestId, status: 'CHECKED_OUT' });
  }

  /** Stays of many guests in one query, latest arrival first. */
  staysOfGuests(guestIds: readonly string[]) {
    return this.deps.db.manager.find(ReservationEntity, { where: { guestId: In([...guestIds]) }, order: { arrival: 'DESC' } });
  }

  /** Stays, nights and room revenue of completed or current stays, per guest, in one query. */
  async statsOfGuests(guestIds: readonly string[]): Promise<GuestStatsRow[]> {
    const rows = await this.deps.db.manager
      .createQueryBuilder()
      .select('r.guest_id', 'guestId')
      .addSelect('COUNT(DISTINCT r.id)', 'stays')
      .addSelect('COUNT(n.stay_date)', 'nights')
      .addSelect('COALESCE(SUM(n.price_minor), 0)', 'revenue')
      .from('reservations', 'r')
      .innerJoin('reservation_nights', 'n', 'n.reservation_id = r.id')
      .where('r.guest_id IN (:...ids)', { ids: guestIds })
      .andWhere('r.status IN (:...stayed)', { stayed: STAYED })
      .groupBy('r.guest_id')
      .getRawMany<{ guestId: string; stays: string | number; nights: string | number; revenue: string | number }>();
    return guestIds.map((id) => {
      const r = rows.find((x) => x.guestId === id);
      return { guestId: id, stays: Number(r?.stays ?? 0), nights: Number(r?.nights ?? 0), revenueMinor: Number(r?.revenue ?? 0) };
    });
  }
}
