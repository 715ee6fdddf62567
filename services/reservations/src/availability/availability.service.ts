import { In } from 'typeorm';
import { DomainError, Money, lockForChange, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { PropertyEntity } from '../property/property.entity';
import { RatePlanEntity } from '../rate-plan/rate-plan.entity';
import { quote } from '../rate-plan/rate-plan.rules';
import { RatePlanService, rateKey } from '../rate-plan/rate-plan.service';
import { validateStay } from '../reservation/reservation.rules';
import { RoomTypeEntity } from '../room/room.entity';
import { ROOM_TYPE } from '../room/room.service';
import { inService, sellable } from './inventory.rules';
import { InventoryService } from './inventory.service';
import { localDate, nightsOf } from '../calendar/calendar.rules';

export interface StayOfferView {
  propertyId: string;
  roomTypeId: string;
  ratePlan: RatePlanEntity;
  available: number;
  nightlyPrices: Money[];
  total: Money;
}

/** Read side of availability: the ledger per night, and the search guests and agents book from. */
export class AvailabilityService {
  private readonly inventory: InventoryService;
  private readonly ratePlans: RatePlanService;
  constructor(private readonly deps: ServiceDeps) {
    this.inventory = new InventoryService(deps);
    this.ratePlans = new RatePlanService(deps);
  }

  async days(roomTypeId: string, from: string, to: string, caller: Caller) {
    const nights = nightsOf(from, to);
    if (!nights.length || nights.length > 366)
      throw new DomainError('INPUT.INVALID', 'to must be after from, at most 366 nights', { field: 'to' });
    const em = this.deps.db.manager;
    const type = await em.findOneBy(RoomTypeEntity, { id: roomTypeId });
    if (!type) throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type', roomTypeId);
    caller.assertProperty(type.propertyId);
    const grid = (await this.inventory.grid(em, [type.id], from, to)).get(type.id)!;
    return nights.map((date) => {
      const c = grid.get(date)!;
      return { date, ...c, roomsInService: inService(c), available: sellable(c) };
    });
  }

  /**
   * Every bookable (room type, rate plan) of the given properties for the stay, with its price.
   * A handful of queries whatever the number of properties, types, plans and nights.
   */
  async search(
    input: {
      propertyIds: string[];
      arrival: string;
      departure: string;
      roomTypeIds?: string[];
      adults: number;
      corporateAccountId?: string;
    },
    caller: Caller,
  ): Promise<StayOfferView[]> {
    for (const p of input.propertyIds) caller.assertProperty(p);
    const em = this.deps.db.manager;
    const properties = await em.findBy(PropertyEntity, { id: In(input.propertyIds) });
    const today = new Map(properties.map((p) => [p.id, localDate(this.deps.clock.now(), p.timeZone)]));
    for (const p of properties) {
      const problem = validateStay(input.arrival, input.departure, today.get(p.id)!);
      if (problem) throw new DomainError('RESERVATION.INVALID_DATES', problem, { arrival: input.arrival, departure: input.departure });
    }
    if (!properties.length) return [];
    const types = (
      await em.find(RoomTypeEntity, {
        where: { propertyId: In(properties.map((p) => p.id)), ...(input.roomTypeIds ? { id: In(input.roomTypeIds) } : {}) },
        order: { code: 'ASC' },
      })
    ).filter((t) => t.capacity >= input.adults);
    // Negotiated plans show only to the account they were negotiated for.
    const plans = (
      await em.find(RatePlanEntity, { where: { propertyId: In(properties.map((p) => p.id)), active: true }, order: { code: 'ASC' } })
    ).filter((p) => !p.corporateAccountId || p.corporateAccountId === input.corporateAccountId);
    const typeIds = types.map((t) => t.id);
    const rates = await this.ratePlans.ratesFor(
      em,
      plans.map((p) => p.id),
      typeIds,
      input.arrival,
      input.departure,
    );
    const grid = await this.inventory.grid(em, typeIds, input.arrival, input.departure);
    const nights = nightsOf(input.arrival, input.departure);
    const currency = new Map(properties.map((p) => [p.id, p.currency]));
    const offers: StayOfferView[] = [];
    for (const type of types) {
      const available = Math.min(...nights.map((n) => sellable(grid.get(type.id)!.get(n)!)));
      if (available <= 0) continue;
      for (const plan of plans.filter((p) => p.propertyId === type.propertyId)) {
        const q = quote(plan, rates.get(rateKey(plan.id, type.id)) ?? new Map(), nights, input.departure, today.get(type.propertyId)!);
        if (!q.ok) continue;
        const cur = currency.get(type.propertyId)!;
        offers.push({
          propertyId: type.propertyId,
          roomTypeId: type.id,
          ratePlan: plan,
          available,
          nightlyPrices: q.nightly.map((m) => Money.of(m, cur)),
          total: Money.of(q.total, cur),
        });
      }
    }
    return offers;
  }

  async setOverbooking(roomTypeId: string, from: string, to: string, rooms: number, caller: Caller) {
    const nights = nightsOf(from, to);
    if (!nights.length || nights.length > 366)
      throw new DomainError('INPUT.INVALID', 'to must be after from, at most 366 nights', { field: 'to' });
    if (!Number.isInteger(rooms) || rooms < 0)
      throw new DomainError('INPUT.INVALID', 'rooms must be a non-negative integer', { field: 'rooms' });
    await this.deps.db.transaction(async (em) => {
      const type = await lockForChange(em, this.deps.db, ROOM_TYPE, roomTypeId, caller);
      await this.inventory.setOverbooking(em, type, from, to, rooms);
    });
    return this.days(roomTypeId, from, to, caller);
  }
}
