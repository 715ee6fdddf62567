import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual } from 'typeorm';
import { Caller, DomainError, SYSTEM, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { PropertyEntity } from '../property/property.entity';
import { ReservationEntity } from './reservation.entity';
import { MODIFIABLE, isPastNoShowCutoff } from './reservation.rules';
import { ReservationService } from './reservation.service';
import { localDate, localTime } from '../calendar/calendar.rules';

/**
 * Finds stays whose arrival day's no-show cut-off has passed in their property's time zone and
 * marks each a no-show in its own transaction. Safe to run again or on several replicas: each
 * reservation is locked and its status re-checked, so a stay is marked (and charged) once.
 */
export class NoShowService {
  private readonly reservations: ReservationService;
  constructor(private readonly deps: ServiceDeps) {
    this.reservations = new ReservationService(deps);
  }

  async sweep(propertyId?: string, caller: Caller = new Caller(SYSTEM)): Promise<ReservationEntity[]> {
    if (propertyId) caller.assertProperty(propertyId);
    const em = this.deps.db.manager;
    const properties = propertyId ? await em.findBy(PropertyEntity, { id: propertyId }) : await em.find(PropertyEntity);
    const meta: EventMeta = { correlationId: `no-show-sweep:${randomUUID()}` };
    const marked: ReservationEntity[] = [];
    for (const p of properties) {
      const now = this.deps.clock.now();
      const today = localDate(now, p.timeZone);
      const time = localTime(now, p.timeZone);
      const due = await em.find(ReservationEntity, {
        where: { propertyId: p.id, status: In([...MODIFIABLE]), arrival: LessThanOrEqual(today) },
        order: { arrival: 'ASC' },
      });
      for (const r of due.filter((r) => isPastNoShowCutoff(r.arrival, today, time, p.noShowCutoff))) {
        try {
          marked.push(await this.reservations.markNoShow(r.id, caller, meta));
        } catch (err) {
          // Checked in or cancelled meanwhile: nothing to do for this one.
          if (!(err instanceof DomainError && err.code === 'RESERVATION.INVALID_TRANSITION')) throw err;
        }
      }
    }
    return marked;
  }
}
