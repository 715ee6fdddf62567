import type { EntityManager } from 'typeorm';
import { ReservationModified } from '@hotelops/contracts';
import type { Caller, EventMeta, ServiceDeps } from '@hotelops/kernel';
import type { FolioService } from '../folio/folio.service';
import { RatePlanEntity } from '../rate-plan/rate-plan.entity';
import type { ReservationEntity } from '../reservation/reservation.entity';
import type { ReservationService } from '../reservation/reservation.service';
import { earlyDepartureDate, repriceEarlyDeparture, type EarlyDeparture } from './early-departure.rules';
import { stayFacts, stayTarget } from './stay-events';
import type { StayInventory } from './stay-inventory';

export interface EarlyDepartureCollaborators {
  reservations: ReservationService;
  folios: FolioService;
  stayInventory: StayInventory;
}

/**
 * An in-house guest leaving before the booked departure: the nights not stayed return to the
 * room-inventory ledger (or the group's allotment), the stay is re-priced to the nights used at
 * the prices it was booked at — the room charge posted at check-in is reduced by an allowance for
 * the nights given up — and the rate plan's early-departure fee, if it has one, is charged.
 */
export class EarlyDepartureService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: EarlyDepartureCollaborators,
  ) {}

  /** Shortens the (locked, checked-in) stay to end on `today`; null when it does not end later. The caller saves the stay. */
  async shorten(em: EntityManager, r: ReservationEntity, today: string, caller: Caller, meta: EventMeta): Promise<EarlyDeparture | null> {
    const departure = earlyDepartureDate(r.arrival, r.departure, today);
    if (!departure) return null;
    const plan = r.ratePlanId ? await em.findOneByOrFail(RatePlanEntity, { id: r.ratePlanId }) : null;
    const fee = plan && { kind: plan.earlyDepartureFeeKind, value: plan.earlyDepartureFeeValue };
    const e = repriceEarlyDeparture(await this.c.reservations.pricedNights(em, r.id), departure, fee);
    await this.c.stayInventory.giveBack(em, r, departure, r.departure);
    await this.c.reservations.dropNightsFrom(em, r.id, departure);
    await this.postToFolio(em, r, e, plan?.code);
    const previous = { roomTypeId: r.roomTypeId, arrival: r.arrival, departure: r.departure };
    Object.assign(r, {
      departure,
      totalMinor: e.totalMinor,
      nightlyRateMinor: Math.round(e.totalMinor / e.kept.length),
      updatedAt: this.deps.clock.now(),
    });
    await this.c.reservations.recordHistory(em, r, 'EARLY_DEPARTURE', caller, {
      previousDeparture: previous.departure,
      departure,
      nightsReleased: e.released.length,
      allowanceMinor: e.allowanceMinor,
      feeMinor: e.feeMinor,
    });
    const total = { amountMinor: r.totalMinor, currency: r.currency };
    await this.deps.outbox.add(em, ReservationModified, { ...stayFacts(r), status: r.status, previous, total }, stayTarget(r), meta);
    return e;
  }

  /** The allowance for the nights given up and the plan's fee, once per stay. */
  private async postToFolio(em: EntityManager, r: ReservationEntity, e: EarlyDeparture, planCode: string | undefined): Promise<void> {
    const line = { currency: r.currency };
    if (e.allowanceMinor > 0) {
      const nights = e.released.length === 1 ? '1 night' : `${e.released.length} nights`;
      await this.c.folios.post(em, r.id, {
        ...line,
        kind: 'ALLOWANCE',
        description: `Early departure: ${nights} from ${e.departure} not stayed`,
        amountMinor: e.allowanceMinor,
        sourceRef: `early-departure:${r.id}`,
      });
    }
    if (e.feeMinor > 0) {
      await this.c.folios.post(em, r.id, {
        ...line,
        kind: 'CHARGE',
        description: `Early departure fee (${planCode})`,
        amountMinor: e.feeMinor,
        sourceRef: `early-departure-fee:${r.id}`,
      });
    }
  }
}
