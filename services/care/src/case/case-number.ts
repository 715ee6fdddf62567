import type { EntityManager } from 'typeorm';
import { CaseCounterEntity } from './case.entity';
import { formatCaseNumber } from './case.rules';

/**
 * Issues the property's next case number inside the caller's transaction. The UPDATE takes the
 * counter row's lock, so concurrent openings on PostgreSQL queue behind each other instead of
 * reading the same value; SQLite transactions are serialised anyway.
 */
export async function nextCaseNumber(em: EntityManager, propertyId: string): Promise<string> {
  await em.createQueryBuilder().insert().into(CaseCounterEntity).values({ propertyId, lastNumber: 0 }).orIgnore().execute();
  await em
    .createQueryBuilder()
    .update(CaseCounterEntity)
    .set({ lastNumber: () => 'last_number + 1' })
    .where('property_id = :propertyId', { propertyId })
    .execute();
  const counter = await em.findOneByOrFail(CaseCounterEntity, { propertyId });
  return formatCaseNumber(Number(counter.lastNumber));
}
