import type { EntityManager } from 'typeorm';
import type { Caller, ServiceDeps } from '@hotelops/kernel';
import { HousekeepingParEntity } from '../consumption/consumption.entity';
import { fromMilli, toMilli } from '../quantity/quantity.rules';
import { StockLevelEntity } from '../stock/stock.entity';
import type { PropertyDayService } from '../property-day/property-day.service';
import { ForecastStayEntity } from './forecast.entity';
import { nights, occupancy, peakNight, requiredStock } from './forecast.rules';

export interface StayFact {
  reservationId: string;
  propertyId: string;
  roomTypeId: string;
  arrival: string;
  departure: string;
}

/**
 * Par from the occupancy forecast: a projection of reservations on the books, and per
 * housekeeping par (item × room type × location) what the next days need against what the
 * location holds. Computed from the projection when asked, so every reservation event is in it.
 */
export class ForecastService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly propertyDays: PropertyDayService,
  ) {}

  /** A booking, a change or a check-in puts the stay on the books with its current dates; the rest take it off. */
  async record(em: EntityManager, s: StayFact, active: boolean) {
    await em.delete(ForecastStayEntity, { reservationId: s.reservationId });
    await em.insert(ForecastStayEntity, { ...s, active, updatedAt: this.deps.clock.now() });
  }

  roomTypesOnTheBooks(propertyId: string): Promise<{ room_type_id: string }[]> {
    return this.deps.db.manager
      .createQueryBuilder(ForecastStayEntity, 's')
      .select('DISTINCT s.roomTypeId', 'room_type_id')
      .where('s.propertyId = :propertyId', { propertyId })
      .getRawMany();
  }

  async parForecast(propertyId: string, caller: Caller, from?: string, days = 14) {
    caller.assertProperty(propertyId);
    const start = from ?? (await this.propertyDays.today(propertyId));
    const end = nights(start, days + 1)[days];
    const m = this.deps.db.manager;
    const stays = await m
      .createQueryBuilder(ForecastStayEntity, 's')
      .where('s.propertyId = :propertyId AND s.active = :active AND s.arrival < :end AND s.departure > :start', {
        propertyId,
        active: true,
        end,
        start,
      })
      .getMany();
    const occ = occupancy(stays, start, days);
    const pars = await m.findBy(HousekeepingParEntity, { propertyId });
    const groups = new Map<string, HousekeepingParEntity[]>();
    for (const p of pars) groups.set(`${p.itemId}:${p.locationId}`, [...(groups.get(`${p.itemId}:${p.locationId}`) ?? []), p]);
    const out = [];
    for (const ps of groups.values()) {
      const level = await m.findOneBy(StockLevelEntity, { itemId: ps[0].itemId, locationId: ps[0].locationId });
      const required = requiredStock(ps, occ);
      const onHand = level?.onHand ?? 0;
      const shortfall = fromMilli(Math.max(0, toMilli(required) - toMilli(onHand)));
      out.push({
        itemId: ps[0].itemId,
        locationId: ps[0].locationId,
        from: start,
        days,
        required,
        peakNight: peakNight(ps, occ, days),
        onHand,
        shortfall,
        short: shortfall > 0,
      });
    }
    return out.sort((a, b) => b.shortfall - a.shortfall || a.itemId.localeCompare(b.itemId));
  }
}
