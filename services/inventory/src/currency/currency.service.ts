import type { EntityManager } from 'typeorm';
import { DomainError, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { PropertyCurrencyEntity } from './currency.entity';
import { DEFAULT_CURRENCY, adopts, isCurrencyCode, type CurrencySource } from './currency.rules';

/**
 * The property's currency: reservations owns properties and sends the folio currency on every
 * new reservation, so inventory learns it from there; a store manager may set it here (it then
 * wins). Until either happens it is DEFAULT_CURRENCY.
 */
export class CurrencyService {
  constructor(private readonly deps: ServiceDeps) {}

  async of(em: EntityManager, propertyId: string): Promise<string> {
    return (await em.findOneBy(PropertyCurrencyEntity, { propertyId }))?.currency ?? DEFAULT_CURRENCY;
  }

  get(propertyId: string): Promise<string> {
    return this.of(this.deps.db.manager, propertyId);
  }

  set(propertyId: string, currency: string, caller: Caller): Promise<string> {
    if (!isCurrencyCode(currency)) {
      throw new DomainError('INPUT.INVALID', `currency must be an ISO 4217 code such as CNY, got ${currency}`, { field: 'currency' });
    }
    caller.assertProperty(propertyId);
    return this.deps.db.transaction(async (em) => (await this.record(em, propertyId, currency, 'MANUAL'), currency));
  }

  /** From a reservations event (in its handler's transaction). */
  learn(em: EntityManager, propertyId: string, currency: string | undefined): Promise<void> {
    return currency ? this.record(em, propertyId, currency, 'RESERVATIONS') : Promise.resolve();
  }

  private async record(em: EntityManager, propertyId: string, currency: string, source: CurrencySource) {
    const current = await em.findOne(PropertyCurrencyEntity, { where: { propertyId }, ...this.deps.db.forUpdate });
    if (current && (!adopts(current.source, source) || (current.currency === currency && current.source === source))) return;
    await em.upsert(
      PropertyCurrencyEntity,
      { propertyId, currency, source, updatedAt: this.deps.clock.now() },
      { conflictPaths: ['propertyId'] },
    );
  }
}
