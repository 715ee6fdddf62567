import { ReservationCancelled } from '@hotelops/contracts';
import type { Caller, EventMeta, ServiceDeps } from '@hotelops/kernel';
import type { Within } from '../channel/channel.service';
import type { ReservationEntity } from '../reservation/reservation.entity';
import { stayFacts, stayTarget } from './stay-events';
import type { StayInventory } from './stay-inventory';
import type { StayPricing } from './stay-pricing';
import type { StayTransitions } from './stay-transitions';

/** Cancelling a stay before arrival. */
export class CancellationService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: { pricing: StayPricing; stayInventory: StayInventory; transitions: StayTransitions },
  ) {}

  /** Gives the nights back and charges the plan's cancellation fee when inside its deadline. */
  cancel(id: string, reason: string | undefined, caller: Caller, meta: EventMeta, within?: Within): Promise<ReservationEntity> {
    const why = reason ?? null;
    return this.c.transitions.apply(
      id,
      'cancel',
      caller,
      async (em, r) => {
        await this.c.stayInventory.giveBack(em, r, r.arrival, r.departure);
        const fee = await this.c.pricing.policyFee(em, r, 'cancellation');
        const cancelledAt = this.deps.clock.now().toISOString();
        const facts = { ...stayFacts(r), cancelledAt, reason: why, fee: { amountMinor: fee, currency: r.currency } };
        await this.deps.outbox.add(em, ReservationCancelled, facts, stayTarget(r), meta);
        return { reason: why, feeMinor: fee };
      },
      within,
    );
  }
}
