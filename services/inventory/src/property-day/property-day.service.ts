import type { EntityManager } from 'typeorm';
import { type ServiceDeps } from '@hotelops/kernel';
import { isTimeZone, localDate } from '@hotelops/kernel/rules';
import { PropertyZoneEntity } from './property-zone.entity';

/** Until reservations has named a property's zone, its days are UTC's. */
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * The hotel's own date: a delivery is on time, a bin is due for counting and a forecast starts by
 * the property's calendar, not UTC's (from 16:00 UTC it is already tomorrow in Shanghai).
 * Reservations owns properties and names the zone on every new reservation.
 */
export class PropertyDayService {
  constructor(private readonly deps: ServiceDeps) {}

  async zoneOf(propertyId: string, em: EntityManager = this.deps.db.manager): Promise<string> {
    return (await em.findOneBy(PropertyZoneEntity, { propertyId }))?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /** Today at the property. */
  async today(propertyId: string, em?: EntityManager): Promise<string> {
    return localDate(this.deps.clock.now(), await this.zoneOf(propertyId, em));
  }

  /** From a reservations event (in its handler's transaction); an unknown zone name is not adopted. */
  async learn(em: EntityManager, propertyId: string, timeZone: string | undefined): Promise<void> {
    if (!timeZone || !isTimeZone(timeZone)) return;
    const current = await em.findOneBy(PropertyZoneEntity, { propertyId });
    if (current?.timeZone === timeZone) return;
    await em.upsert(PropertyZoneEntity, { propertyId, timeZone, updatedAt: this.deps.clock.now() }, { conflictPaths: ['propertyId'] });
  }
}
