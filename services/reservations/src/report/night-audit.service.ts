import type { EntityManager } from 'typeorm';
import { NightAudited } from '@hotelops/contracts';
import { isUniqueViolation, type ServiceDeps } from '@hotelops/kernel';
import { addDays, localDate } from '../calendar/calendar.rules';
import type { PropertyEntity } from '../property/property.entity';
import { ReservationEntity } from '../reservation/reservation.entity';
import type { ReservationStatus } from '../reservation/reservation.rules';
import { propertiesToSweep } from '../property/property.service';
import { NightAuditEntity } from './night-audit.entity';

/** Stays that happened or are happening (not cancelled, not no-shows). */
const STAYED: ReservationStatus[] = ['TENTATIVE', 'CONFIRMED', 'CHECKED_IN', 'CHECKED_OUT'];

/**
 * The night audit closes a property's business date: rooms that arrived, stayed over and
 * departed that date, per room type, announced once (NightAudited) for housekeeping
 * consumption (inventory) and labour demand (staffing).
 */
export class NightAuditService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Audits the business date that ended (property-local) for every property not audited yet; returns how many. */
  async sweep(propertyId?: string): Promise<number> {
    let audited = 0;
    for (const property of await propertiesToSweep(this.deps.db.manager, propertyId)) {
      const yesterday = addDays(localDate(this.deps.clock.now(), property.timeZone), -1);
      if (await this.audit(property, yesterday)) audited++;
    }
    return audited;
  }

  /** Audits one business date once; false when it was audited already (two replicas racing: the key decides). */
  async audit(property: PropertyEntity, businessDate: string): Promise<boolean> {
    try {
      return await this.deps.db.transaction(async (em) => {
        if (await em.existsBy(NightAuditEntity, { propertyId: property.id, businessDate })) return false;
        await em.insert(NightAuditEntity, { propertyId: property.id, businessDate, auditedAt: this.deps.clock.now() });
        const roomTypes = await this.figures(em, property.id, businessDate);
        await this.deps.outbox.add(
          em,
          NightAudited,
          { propertyId: property.id, businessDate, roomTypes, auditedAt: this.deps.clock.now().toISOString() },
          { subject: property.id, propertyId: property.id },
        );
        return true;
      });
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /** Rooms per type arriving, staying over and departing on business date `d`. */
  private async figures(em: EntityManager, propertyId: string, d: string) {
    const rows = await em
      .createQueryBuilder(ReservationEntity, 'r')
      .select('r.room_type_id', 'roomTypeId')
      .addSelect('SUM(CASE WHEN r.arrival = :d THEN 1 ELSE 0 END)', 'arrivals')
      .addSelect('SUM(CASE WHEN r.arrival < :d AND r.departure > :d THEN 1 ELSE 0 END)', 'stayovers')
      .addSelect('SUM(CASE WHEN r.departure = :d THEN 1 ELSE 0 END)', 'departures')
      .where('r.property_id = :p AND r.status IN (:...stayed) AND r.arrival <= :d AND r.departure >= :d', {
        p: propertyId,
        d,
        stayed: STAYED,
      })
      .groupBy('r.room_type_id')
      .orderBy('r.room_type_id')
      .getRawMany<{ roomTypeId: string; arrivals: string; stayovers: string; departures: string }>();
    return rows.map((r) => ({
      roomTypeId: r.roomTypeId,
      arrivals: Number(r.arrivals),
      stayovers: Number(r.stayovers),
      departures: Number(r.departures),
    }));
  }
}
