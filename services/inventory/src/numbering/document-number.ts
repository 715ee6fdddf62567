import type { EntityManager } from 'typeorm';
import { DocumentCounterEntity } from './document-counter.entity';
import { formatDocumentNumber, type DocumentPrefix } from './document-number.rules';

/**
 * Issues the next number of a property's documents of one prefix inside the creating
 * transaction. The UPDATE takes the counter row's lock, so concurrent creations on PostgreSQL
 * queue behind each other and each reads its own value (SQLite transactions are serialised);
 * a rolled-back creation gives its number back with it.
 */
export async function nextDocumentNumber(em: EntityManager, propertyId: string, prefix: DocumentPrefix): Promise<string> {
  await em.createQueryBuilder().insert().into(DocumentCounterEntity).values({ propertyId, prefix, lastNumber: 0 }).orIgnore().execute();
  await em
    .createQueryBuilder()
    .update(DocumentCounterEntity)
    .set({ lastNumber: () => 'last_number + 1' })
    .where('property_id = :propertyId AND prefix = :prefix', { propertyId, prefix })
    .execute();
  const counter = await em.findOneByOrFail(DocumentCounterEntity, { propertyId, prefix });
  return formatDocumentNumber(prefix, Number(counter.lastNumber));
}
