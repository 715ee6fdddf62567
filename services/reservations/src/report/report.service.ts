import type { EntityManager } from 'typeorm';
import { DomainError, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { ReservationEntity } from '../reservation/reservation.entity';
import { FRONT_DESK_STATUSES, SOLD_STATUSES, kpis, totals, type DayFigures, type FrontDeskList } from './report.rules';
import { nightsOf } from '../calendar/calendar.rules';

const MAX_REPORT_NIGHTS = 366;
const soldStatuses = SOLD_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * Manager reports computed by the database: one query per report over a calendar of the range
 * (a recursive CTE, the same on SQLite and PostgreSQL but for date arithmetic).
 */
export class ReportService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Occupancy, ADR and RevPAR per night of [from, to) and for the period. */
  async occupancy(propertyId: string, from: string, to: string, caller: Caller) {
    caller.assertProperty(propertyId);
    this.checkRange(from, to);
    const rows = await this.query<{ day: string; available: string | number; sold: string | number; revenue: string | number }>(
      `WITH RECURSIVE ${this.calendar()}
       SELECT ${this.dayText('days.d')} AS day,
         (SELECT COUNT(*) FROM rooms WHERE property_id = :p)
           - (SELECT COUNT(*) FROM room_outages o WHERE o.property_id = :p AND o.from_date <= days.d AND o.until_date > days.d) AS available,
         (SELECT COUNT(*) FROM reservation_nights n JOIN reservations r ON r.id = n.reservation_id
           WHERE n.property_id = :p AND n.stay_date = days.d AND r.status IN (${soldStatuses})) AS sold,
         (SELECT COALESCE(SUM(n.price_minor), 0) FROM reservation_nights n JOIN reservations r ON r.id = n.reservation_id
           WHERE n.property_id = :p AND n.stay_date = days.d AND r.status IN (${soldStatuses})) AS revenue
       FROM days ORDER BY days.d`,
      { p: propertyId, from, to },
    );
    const days = rows.map((r) => ({
      date: r.day,
      ...kpis({ roomsAvailable: Number(r.available), roomsSold: Number(r.sold), roomRevenueMinor: Number(r.revenue) }),
    }));
    return { days, total: totals(days as DayFigures[]) };
  }

  /**
   * Pickup per stay night of [from, to): room nights booked and cancelled while bookings were
   * made in [bookedFrom, bookedTo) (UTC instants), and what is on the books now.
   */
  async pickup(propertyId: string, from: string, to: string, bookedFrom: Date, bookedTo: Date, caller: Caller) {
    caller.assertProperty(propertyId);
    this.checkRange(from, to);
    const rows = await this.query<{ day: string; booked: string | number; cancelled: string | number; onbooks: string | number }>(
      `WITH RECURSIVE ${this.calendar()}
       SELECT ${this.dayText('days.d')} AS day,
         (SELECT COUNT(*) FROM reservation_nights n JOIN reservations r ON r.id = n.reservation_id
           WHERE n.property_id = :p AND n.stay_date = days.d AND r.created_at >= :bf AND r.created_at < :bt) AS booked,
         (SELECT COUNT(*) FROM reservation_nights n JOIN reservation_history h ON h.reservation_id = n.reservation_id
           WHERE n.property_id = :p AND n.stay_date = days.d AND h.action IN ('CANCELLED', 'NO_SHOW') AND h.at >= :bf AND h.at < :bt) AS cancelled,
         (SELECT COUNT(*) FROM reservation_nights n JOIN reservations r ON r.id = n.reservation_id
           WHERE n.property_id = :p AND n.stay_date = days.d AND r.status IN (${soldStatuses})) AS onbooks
       FROM days ORDER BY days.d`,
      { p: propertyId, from, to, bf: bookedFrom.toISOString(), bt: bookedTo.toISOString() },
    );
    return rows.map((r) => ({
      date: r.day,
      booked: Number(r.booked),
      cancelled: Number(r.cancelled),
      pickup: Number(r.booked) - Number(r.cancelled),
      onTheBooks: Number(r.onbooks),
    }));
  }

  /** Arrivals, departures or guests in house on a date (the property's local date). */
  list(propertyId: string, date: string, kind: FrontDeskList, caller: Caller): Promise<ReservationEntity[]> {
    caller.assertProperty(propertyId);
    const day = { ARRIVALS: 'arrival = :date', DEPARTURES: 'departure = :date', IN_HOUSE: 'arrival <= :date AND departure > :date' }[kind];
    return this.deps.db
      .rows(ReservationEntity)
      .where(
        `property_id = :propertyId AND status IN (:...statuses) AND ${day}`,
        { propertyId, statuses: FRONT_DESK_STATUSES[kind], date },
        'guest_name ASC, id ASC',
      );
  }

  private checkRange(from: string, to: string): void {
    const n = nightsOf(from, to).length;
    if (n < 1 || n > MAX_REPORT_NIGHTS)
      throw new DomainError('INPUT.INVALID', `to must be after from, at most ${MAX_REPORT_NIGHTS} nights`, { field: 'to' });
  }

  /** `days(d)`: every date of [:from, :to). */
  private calendar(): string {
    return this.deps.db.isPostgres
      ? `days(d) AS (SELECT CAST(:from AS date) UNION ALL SELECT CAST(d + 1 AS date) FROM days WHERE d + 1 < CAST(:to AS date))`
      : `days(d) AS (SELECT :from UNION ALL SELECT date(d, '+1 day') FROM days WHERE date(d, '+1 day') < :to)`;
  }

  private dayText(column: string): string {
    return this.deps.db.isPostgres ? `to_char(${column}, 'YYYY-MM-DD')` : column;
  }

  private query<T>(sql: string, params: Record<string, unknown>, em: EntityManager = this.deps.db.manager): Promise<T[]> {
    const [query, values] = em.connection.driver.escapeQueryWithParameters(sql, params, {});
    return em.query(query, values);
  }
}
