import { DomainError, Money, independentReads, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { PropertyEntity } from '../property/property.entity';
import { RatePlanEntity } from '../rate-plan/rate-plan.entity';
import { quote } from '../rate-plan/rate-plan.rules';
import { rateKey, type RateCalendar } from '../rate-plan/rate-calendar';
import { validateStay } from '../reservation/reservation.rules';
import { RoomTypeEntity } from '../room/room.entity';
import { sellable } from '../room-inventory/room-inventory.rules';
import type { RoomInventoryService } from '../room-inventory/room-inventory.service';
import { localDate, nightsOf } from '../calendar/calendar.rules';

export interface AvailabilitySearch {
  propertyIds: string[];
  arrival: string;
  departure: string;
  roomTypeIds?: string[];
  adults: number;
  corporateAccountId?: string;
}

export interface StayOfferView {
  propertyId: string;
  roomTypeId: string;
  ratePlan: RatePlanEntity;
  available: number;
  nightlyPrices: Money[];
  total: Money;
}

/** The availability search guests and agents book from: sellable rooms priced by every plan that may sell them. */
export class AvailabilityService {
  private readonly inventory: RoomInventoryService;
  private readonly rates: RateCalendar;
  constructor(
    private readonly deps: ServiceDeps,
    { roomInventory, rateCalendar }: { roomInventory: RoomInventoryService; rateCalendar: RateCalendar },
  ) {
    this.inventory = roomInventory;
    this.rates = rateCalendar;
  }

  /**
   * Every bookable (room type, rate plan) of the given properties for the stay, with its price.
   * One round of a handful of queries whatever the number of properties, types, plans and nights.
   */
  async search(input: AvailabilitySearch, caller: Caller): Promise<StayOfferView[]> {
    const { db } = this.deps;
    const em = db.manager;
    for (const p of input.propertyIds) caller.assertProperty(p);
    if (!input.propertyIds.length || input.roomTypeIds?.length === 0) return [];
    // dates that are no stay at all are refused before anything is read; "in the past" needs each property's today
    assertStayDates(input, '');
    // One round of independent reads side by side (independentReads) — the properties, their
    // types and plans, and the ledger of all their types with what derives the nights it lacks —
    // each with SQL built once (db.rows, db.select), not per search. Rates come from memory once
    // read (RateCalendar, dropped by RatesChanged); the ledger always from the database.
    // Types and plans of a property that does not exist are none.
    const params = { properties: input.propertyIds, ...(input.roomTypeIds ? { types: input.roomTypeIds } : {}) };
    const [{ properties: found, today }, allTypes, allPlans, gridOf] = await independentReads(
      em,
      () => this.searchedProperties(input),
      () =>
        db
          .rows(RoomTypeEntity)
          .where(`property_id IN (:...properties)${input.roomTypeIds ? ' AND id IN (:...types)' : ''}`, params, 'code ASC'),
      () => db.rows(RatePlanEntity).where('property_id IN (:...properties) AND active = TRUE', params, 'code ASC'),
      () => this.inventory.gridOfProperties(em, input.propertyIds, input.arrival, input.departure),
    );
    if (!found.length) return [];
    const types = allTypes.filter((t) => t.capacity >= input.adults);
    // Negotiated plans show only to the account they were negotiated for.
    const plans = allPlans.filter((p) => !p.corporateAccountId || p.corporateAccountId === input.corporateAccountId);
    const typeIds = types.map((t) => t.id);
    const grid = gridOf(typeIds);
    const rates = await this.rates.ratesFor(
      plans.map((p) => p.id),
      typeIds,
      input.arrival,
      input.departure,
    );
    const nights = nightsOf(input.arrival, input.departure);
    const currency = new Map(found.map((p) => [p.id, p.currency]));
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

  /** The properties searched, each with its local today; the stay must be valid in every one. */
  private async searchedProperties(input: AvailabilitySearch) {
    const properties = await this.deps.db.rows(PropertyEntity).byIds(input.propertyIds);
    const today = new Map(properties.map((p) => [p.id, localDate(this.deps.clock.now(), p.timeZone)]));
    for (const p of properties) assertStayDates(input, today.get(p.id)!);
    return { properties, today };
  }
}

function assertStayDates({ arrival, departure }: AvailabilitySearch, today: string): void {
  const problem = validateStay(arrival, departure, today);
  if (problem) throw new DomainError('RESERVATION.INVALID_DATES', problem, { arrival, departure });
}
