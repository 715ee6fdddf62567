import { randomUUID } from 'node:crypto';
import { In, Raw, type EntityManager } from 'typeorm';
import { RatesChanged } from '@hotelops/contracts';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { CorporateAccountService } from '../corporate/corporate-account.service';
import { PropertyEntity } from '../property/property.entity';
import { assertPropertyExists } from '../property/property.service';
import { RoomTypeEntity } from '../room/room.entity';
import { RatePlanEntity, RatePlanRateEntity } from './rate-plan.entity';
import { MAX_STAY_NIGHTS } from '../reservation/reservation.rules';
import { feeValueProblem, quote, type Quote } from './rate-plan.rules';
import type { CreateRatePlanInput, SetRatesInput } from './rate-plan.type';
import { nightsOf } from '../calendar/calendar.rules';
import { rateKey, readRates, type RateCalendar } from './rate-calendar';

const MAX_RATE_RANGE_NIGHTS = 731;

export class RatePlanService {
  private readonly corporateAccounts: CorporateAccountService;
  private readonly rateCalendar: RateCalendar;
  constructor(
    private readonly deps: ServiceDeps,
    { corporateAccounts, rateCalendar }: { corporateAccounts: CorporateAccountService; rateCalendar: RateCalendar },
  ) {
    this.corporateAccounts = corporateAccounts;
    this.rateCalendar = rateCalendar;
  }

  async create(input: CreateRatePlanInput, caller: Caller): Promise<RatePlanEntity> {
    caller.assertProperty(input.propertyId);
    if (input.minAdvanceDays != null && input.maxAdvanceDays != null && input.minAdvanceDays > input.maxAdvanceDays) {
      throw new DomainError('INPUT.INVALID', 'minAdvanceDays must not exceed maxAdvanceDays', { field: 'minAdvanceDays' });
    }
    for (const [field, kind, value] of [
      ['cancelFeeValue', input.cancelFeeKind, input.cancelFeeValue],
      ['noShowFeeValue', input.noShowFeeKind, input.noShowFeeValue],
      ['earlyDepartureFeeValue', input.earlyDepartureFeeKind ?? 'NONE', input.earlyDepartureFeeValue ?? 0],
    ] as const) {
      const problem = feeValueProblem(kind, value, MAX_STAY_NIGHTS);
      if (problem) throw new DomainError('INPUT.INVALID', `${field}: ${problem}`, { field });
    }
    return this.deps.db.transaction(async (em) => {
      await assertPropertyExists(em, input.propertyId);
      if (input.corporateAccountId) await this.corporateAccounts.ofProperty(em, input.corporateAccountId, input.propertyId);
      if (await em.existsBy(RatePlanEntity, { propertyId: input.propertyId, code: input.code })) {
        throw new DomainError('RATE_PLAN.CODE_TAKEN', `Rate plan ${input.code} already exists in this property`, {
          ratePlanCode: input.code,
        });
      }
      return em.save(
        em.create(RatePlanEntity, {
          id: randomUUID(),
          ...input,
          earlyDepartureFeeKind: input.earlyDepartureFeeKind ?? 'NONE',
          earlyDepartureFeeValue: input.earlyDepartureFeeValue ?? 0,
          minAdvanceDays: input.minAdvanceDays ?? null,
          maxAdvanceDays: input.maxAdvanceDays ?? null,
          corporateAccountId: input.corporateAccountId ?? null,
          active: true,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  /** Writes price and restrictions for every night of [from, to); returns the nights written. */
  async setRates(input: SetRatesInput, caller: Caller): Promise<number> {
    const nights = nightsOf(input.from, input.to);
    if (!nights.length || nights.length > MAX_RATE_RANGE_NIGHTS) {
      throw new DomainError('INPUT.INVALID', `to must be after from, at most ${MAX_RATE_RANGE_NIGHTS} nights`, { field: 'to' });
    }
    if (input.minLos != null && input.maxLos != null && input.minLos > input.maxLos) {
      throw new DomainError('INPUT.INVALID', 'minLos must not exceed maxLos', { field: 'minLos' });
    }
    const written = await this.deps.db.transaction(async (em) => {
      const plan = await this.planIn(em, input.ratePlanId, caller);
      const type = await em.findOneBy(RoomTypeEntity, { id: input.roomTypeId });
      if (!type || type.propertyId !== plan.propertyId)
        throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type of the plan’s property', input.roomTypeId);
      const rows = nights.map((stayDate) => ({
        ratePlanId: plan.id,
        roomTypeId: type.id,
        stayDate,
        priceMinor: input.priceMinor,
        minLos: input.minLos ?? null,
        maxLos: input.maxLos ?? null,
        closedToArrival: input.closedToArrival,
        closedToDeparture: input.closedToDeparture,
      }));
      for (let i = 0; i < rows.length; i += 100) {
        await em
          .createQueryBuilder()
          .insert()
          .into(RatePlanRateEntity)
          .values(rows.slice(i, i + 100))
          .orUpdate(
            ['price_minor', 'min_los', 'max_los', 'closed_to_arrival', 'closed_to_departure'],
            ['rate_plan_id', 'room_type_id', 'stay_date'],
          )
          .execute();
      }
      const property = await em.findOneByOrFail(PropertyEntity, { id: plan.propertyId });
      await this.deps.outbox.add(
        em,
        RatesChanged,
        {
          propertyId: plan.propertyId,
          ratePlanId: plan.id,
          ratePlanCode: plan.code,
          roomTypeId: type.id,
          from: input.from,
          to: input.to,
          price: { amountMinor: input.priceMinor, currency: property.currency },
          minLos: input.minLos ?? null,
          maxLos: input.maxLos ?? null,
          closedToArrival: input.closedToArrival,
          closedToDeparture: input.closedToDeparture,
        },
        { subject: type.id, propertyId: plan.propertyId },
      );
      return rows.length;
    });
    // after the commit: a search that starts now reads the new rates
    this.rateCalendar.written(input.ratePlanId, input.roomTypeId, input.from, input.to);
    return written;
  }

  async rates(ratePlanId: string, roomTypeId: string, from: string, to: string, caller: Caller): Promise<RatePlanRateEntity[]> {
    await this.planIn(this.deps.db.manager, ratePlanId, caller);
    return this.deps.db.manager.find(RatePlanRateEntity, {
      where: { ratePlanId, roomTypeId, stayDate: Raw((c) => `${c} >= :from AND ${c} < :to`, { from, to }) },
      order: { stayDate: 'ASC' },
    });
  }

  list(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(RatePlanEntity, { where: { propertyId }, order: { code: 'ASC' } });
  }

  /** The plan a stay names, checked to belong to the property. */
  async ofProperty(em: EntityManager, id: string, propertyId: string): Promise<RatePlanEntity> {
    const plan = await em.findOneBy(RatePlanEntity, { id });
    if (!plan || plan.propertyId !== propertyId) throw notFound('RATE_PLAN.NOT_FOUND', 'Rate plan of this property', id);
    return plan;
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(RatePlanEntity, { id: In([...ids]) });
  }

  /** Rates of the plans × types for the nights of a stay and its departure date (closed-to-departure), from the database. */
  ratesFor(em: EntityManager, planIds: readonly string[], typeIds: readonly string[], arrival: string, departure: string) {
    return readRates(this.deps.db, em, planIds, typeIds, arrival, departure);
  }

  /** The plan's price for one room type and stay, or why it cannot sell it. */
  async quote(
    em: EntityManager,
    plan: RatePlanEntity,
    roomTypeId: string,
    arrival: string,
    departure: string,
    today: string,
  ): Promise<Quote> {
    if (!plan.active) return { ok: false, reason: `${plan.code} is not active` };
    const rates = await this.ratesFor(em, [plan.id], [roomTypeId], arrival, departure);
    return quote(plan, rates.get(rateKey(plan.id, roomTypeId)) ?? new Map(), nightsOf(arrival, departure), departure, today);
  }

  private async planIn(em: EntityManager, id: string, caller: Caller): Promise<RatePlanEntity> {
    const plan = await em.findOneBy(RatePlanEntity, { id });
    if (!plan) throw notFound('RATE_PLAN.NOT_FOUND', 'Rate plan', id);
    caller.assertProperty(plan.propertyId);
    return plan;
  }
}
