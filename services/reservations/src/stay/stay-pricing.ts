import type { EntityManager } from 'typeorm';
import { DomainError, type ServiceDeps } from '@hotelops/kernel';
import type { FolioService } from '../folio/folio.service';
import type { GroupBlockService } from '../group/group-block.service';
import { propertyToday } from '../property/property.service';
import { RatePlanEntity } from '../rate-plan/rate-plan.entity';
import { cancellationFee, feeAmount } from '../rate-plan/rate-plan.rules';
import type { RatePlanService } from '../rate-plan/rate-plan.service';
import type { ReservationEntity } from '../reservation/reservation.entity';
import { nights, type GuaranteeKind } from '../reservation/reservation.rules';
import type { ReservationService } from '../reservation/reservation.service';
import type { RoomTypeEntity } from '../room/room.entity';

export interface PricedStay {
  plan: RatePlanEntity | null;
  nightly: number[];
  total: number;
}

/**
 * What a stay costs and on which terms: the nightly prices (a group block's rate, a rate plan's
 * prices under its restrictions, or the rack rate), the guarantee the plan requires, and the
 * cancellation and no-show fees its policies charge.
 */
export class StayPricing {
  private readonly ratePlans: RatePlanService;
  private readonly folios: FolioService;
  private readonly groupBlocks: GroupBlockService;
  private readonly reservations: ReservationService;
  constructor(
    private readonly deps: ServiceDeps,
    c: { ratePlans: RatePlanService; folios: FolioService; groupBlocks: GroupBlockService; reservations: ReservationService },
  ) {
    this.ratePlans = c.ratePlans;
    this.folios = c.folios;
    this.groupBlocks = c.groupBlocks;
    this.reservations = c.reservations;
  }

  /** The nightly prices of the stay: the block's rate, the named plan's prices, else the type's rack rate. */
  async price(
    em: EntityManager,
    type: RoomTypeEntity,
    ratePlanId: string | null,
    stay: { arrival: string; departure: string; today: string },
    deal: { groupBlockId: string | null; corporateAccountId: string | null } = { groupBlockId: null, corporateAccountId: null },
  ): Promise<PricedStay> {
    const nightCount = nights(stay.arrival, stay.departure);
    const flat = (rate: number) => ({ plan: null, nightly: Array<number>(nightCount).fill(rate), total: rate * nightCount });
    if (deal.groupBlockId) return flat((await this.groupBlocks.bookable(em, deal.groupBlockId, type.propertyId)).rateMinor);
    if (!ratePlanId) return flat(type.baseRateMinor);
    const plan = await this.ratePlans.ofProperty(em, ratePlanId, type.propertyId);
    const q = await this.ratePlans.quote(em, plan, type.id, stay.arrival, stay.departure, stay.today);
    if (!q.ok) throw new DomainError('RESERVATION.RATE_NOT_AVAILABLE', q.reason, { ratePlanId, roomTypeId: type.id });
    if (plan.corporateAccountId && plan.corporateAccountId !== deal.corporateAccountId) {
      throw new DomainError('RESERVATION.RATE_NOT_AVAILABLE', `${plan.code} is a negotiated rate of another corporate account`, {
        ratePlanId,
      });
    }
    return { plan, nightly: q.nightly, total: q.total };
  }

  /** Posts the plan's cancellation or no-show fee to the folio (once per reservation); returns it. */
  async policyFee(em: EntityManager, r: ReservationEntity, kind: 'cancellation' | 'no-show'): Promise<number> {
    if (!r.ratePlanId) return 0;
    const plan = await em.findOneByOrFail(RatePlanEntity, { id: r.ratePlanId });
    const nightly = await this.reservations.nightlyPrices(em, r.id);
    const { today } = await propertyToday(em, r.propertyId, this.deps);
    const fee =
      kind === 'cancellation'
        ? cancellationFee(plan, r.arrival, today, nightly)
        : feeAmount(plan.noShowFeeKind, plan.noShowFeeValue, nightly);
    if (fee > 0) {
      await this.folios.post(em, r.id, {
        kind: 'CHARGE',
        description: `${kind === 'cancellation' ? 'Cancellation' : 'No-show'} fee (${plan.code})`,
        amountMinor: fee,
        currency: r.currency,
        sourceRef: `${kind}:${r.id}`,
      });
    }
    return fee;
  }

  /** The guarantee the plan requires must be given (a card token, or a deposit to be paid). */
  guaranteeOf(plan: RatePlanEntity | null, input: { guaranteeKind?: GuaranteeKind; guaranteeRef?: string }) {
    const kind = input.guaranteeKind ?? (plan?.guarantee === 'DEPOSIT' ? 'DEPOSIT' : null);
    if (plan?.guarantee === 'CARD' && !(kind === 'CARD' && input.guaranteeRef) && kind !== 'COMPANY') {
      throw new DomainError(
        'RESERVATION.GUARANTEE_REQUIRED',
        `Rate plan ${plan.code} needs a card guarantee (guaranteeKind CARD and guaranteeRef)`,
        { ratePlanId: plan.id },
      );
    }
    return { kind, ref: input.guaranteeRef ?? null };
  }
}
