import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual } from 'typeorm';
import { ReservationNoShow } from '@hotelops/contracts';
import { Caller, DomainError, SYSTEM, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { localDate, localTime } from '../calendar/calendar.rules';
import type { PropertyEntity } from '../property/property.entity';
import { propertiesToSweep } from '../property/property.service';
import { ReservationEntity } from '../reservation/reservation.entity';
import { MODIFIABLE, isPastNoShowCutoff } from '../reservation/reservation.rules';
import { stayFacts, stayTarget } from './stay-events';
import type { StayInventory } from './stay-inventory';
import type { StayPricing } from './stay-pricing';
import type { StayTransitions } from './stay-transitions';

/**
 * Stays that never arrived. The sweep finds those whose arrival day's cut-off has passed in
 * their property's time zone and marks each in its own transaction. Safe to run again or on
 * several replicas: each stay is locked and its status re-checked, so it is marked (and charged)
 * once.
 */
export class NoShowService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: { pricing: StayPricing; stayInventory: StayInventory; transitions: StayTransitions },
  ) {}

  async sweep(propertyId?: string, caller: Caller = new Caller(SYSTEM)): Promise<ReservationEntity[]> {
    if (propertyId) caller.assertProperty(propertyId);
    const meta: EventMeta = { correlationId: `no-show-sweep:${randomUUID()}` };
    const marked: ReservationEntity[] = [];
    for (const p of await propertiesToSweep(this.deps.db.manager, propertyId)) {
      for (const r of await this.dueIn(p)) {
        try {
          marked.push(await this.mark(r.id, caller, meta));
        } catch (err) {
          // Checked in or cancelled meanwhile: nothing to do for this one.
          if (!(err instanceof DomainError && err.code === 'RESERVATION.INVALID_TRANSITION')) throw err;
        }
      }
    }
    return marked;
  }

  /** Its nights return to sale and a confirmed stay is charged the plan's no-show fee. */
  mark(id: string, caller: Caller, meta: EventMeta): Promise<ReservationEntity> {
    return this.c.transitions.apply(id, 'noShow', caller, async (em, r) => {
      await this.c.stayInventory.giveBack(em, r, r.arrival, r.departure);
      const fee = r.status === 'CONFIRMED' ? await this.c.pricing.policyFee(em, r, 'no-show') : 0;
      const markedAt = this.deps.clock.now().toISOString();
      await this.deps.outbox.add(
        em,
        ReservationNoShow,
        { ...stayFacts(r), markedAt, fee: { amountMinor: fee, currency: r.currency } },
        stayTarget(r),
        meta,
      );
      return { feeMinor: fee };
    });
  }

  /** Stays of the property still expected whose arrival day's cut-off has passed (local time). */
  private async dueIn(p: PropertyEntity): Promise<ReservationEntity[]> {
    const now = this.deps.clock.now();
    const today = localDate(now, p.timeZone);
    const time = localTime(now, p.timeZone);
    const due = await this.deps.db.manager.find(ReservationEntity, {
      where: { propertyId: p.id, status: In([...MODIFIABLE]), arrival: LessThanOrEqual(today) },
      order: { arrival: 'ASC' },
    });
    return due.filter((r) => isPastNoShowCutoff(r.arrival, today, time, p.noShowCutoff));
  }
}
