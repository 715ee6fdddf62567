import type { EntityManager } from 'typeorm';
import { DomainError, notFound, type ServiceDeps } from '@hotelops/kernel';
import { CorporateAccountEntity } from '../corporate/corporate-account.entity';
import { FolioService } from '../folio/folio.service';
import { GroupBlockEntity } from '../group/group-block.entity';
import { PropertyEntity } from '../property/property.entity';
import { RatePlanEntity } from '../rate-plan/rate-plan.entity';
import { cancellationFee, feeAmount } from '../rate-plan/rate-plan.rules';
import { RatePlanService } from '../rate-plan/rate-plan.service';
import type { RoomTypeEntity } from '../room/room.entity';
import { ReservationNightEntity, type ReservationEntity } from './reservation.entity';
import { nights, type GuaranteeKind } from './reservation.rules';
import { localDate } from '../calendar/calendar.rules';

/**
 * What a stay costs and on which terms: the nightly prices (a group block's rate, a rate plan's
 * prices under its restrictions, or the rack rate), the guarantee the plan requires, and the
 * cancellation and no-show fees its policies charge.
 */
export class StayPricing {
  private readonly ratePlans: RatePlanService;
  private readonly folios: FolioService;
  constructor(private readonly deps: ServiceDeps) {
    this.ratePlans = new RatePlanService(deps);
    this.folios = new FolioService(deps);
  }

  /** The nightly prices of the stay: from the rate plan when one is named, else the type's rack rate. */
  async price(
    em: EntityManager,
    type: RoomTypeEntity,
    ratePlanId: string | null,
    arrival: string,
    departure: string,
    today: string,
    deal: { groupBlockId: string | null; corporateAccountId: string | null } = { groupBlockId: null, corporateAccountId: null },
  ) {
    const nightCount = nights(arrival, departure);
    if (deal.groupBlockId) {
      const block = await this.bookableBlock(em, deal.groupBlockId, type.propertyId);
      return { plan: null, nightly: Array<number>(nightCount).fill(block.rateMinor), total: block.rateMinor * nightCount };
    }
    if (!ratePlanId)
      return { plan: null, nightly: Array<number>(nightCount).fill(type.baseRateMinor), total: type.baseRateMinor * nightCount };
    const plan = await em.findOneBy(RatePlanEntity, { id: ratePlanId });
    if (!plan || plan.propertyId !== type.propertyId) throw notFound('RATE_PLAN.NOT_FOUND', 'Rate plan of this property', ratePlanId);
    const q = await this.ratePlans.quote(em, plan, type.id, arrival, departure, today);
    if (!q.ok) throw new DomainError('RESERVATION.RATE_NOT_AVAILABLE', q.reason, { ratePlanId, roomTypeId: type.id });
    if (plan.corporateAccountId && plan.corporateAccountId !== deal.corporateAccountId) {
      throw new DomainError('RESERVATION.RATE_NOT_AVAILABLE', `${plan.code} is a negotiated rate of another corporate account`, {
        ratePlanId,
      });
    }
    return { plan, nightly: q.nightly, total: q.total };
  }

  async bookableBlock(em: EntityManager, id: string, propertyId: string): Promise<GroupBlockEntity> {
    const block = await em.findOneBy(GroupBlockEntity, { id });
    if (!block || block.propertyId !== propertyId) throw notFound('GROUP_BLOCK.NOT_FOUND', 'Group block of this property', id);
    if (block.status !== 'DEFINITE') {
      throw new DomainError('GROUP_BLOCK.NOT_BOOKABLE', `Block ${block.code} is ${block.status}; only a definite block takes bookings`, {
        blockId: id,
      });
    }
    return block;
  }

  async corporateAccount(em: EntityManager, id: string, propertyId: string): Promise<CorporateAccountEntity> {
    const account = await em.findOneBy(CorporateAccountEntity, { id });
    if (!account || account.propertyId !== propertyId)
      throw notFound('CORPORATE_ACCOUNT.NOT_FOUND', 'Corporate account of this property', id);
    return account;
  }

  /** Posts the plan's cancellation or no-show fee to the folio (once per reservation); returns it. */
  async policyFee(em: EntityManager, r: ReservationEntity, kind: 'cancellation' | 'no-show'): Promise<number> {
    if (!r.ratePlanId) return 0;
    const plan = await em.findOneByOrFail(RatePlanEntity, { id: r.ratePlanId });
    const nightly = (await em.find(ReservationNightEntity, { where: { reservationId: r.id }, order: { stayDate: 'ASC' } })).map(
      (n) => n.priceMinor,
    );
    const property = await em.findOneByOrFail(PropertyEntity, { id: r.propertyId });
    const fee =
      kind === 'cancellation'
        ? cancellationFee(plan, r.arrival, localDate(this.deps.clock.now(), property.timeZone), nightly)
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
        {
          ratePlanId: plan.id,
        },
      );
    }
    return { kind, ref: input.guaranteeRef ?? null };
  }
}
