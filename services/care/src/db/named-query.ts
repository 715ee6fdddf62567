import type { EntityManager } from 'typeorm';

/**
 * Runs hand-written SQL with :named parameters on either engine: the driver rewrites them to its
 * own placeholders ($1 on PostgreSQL, ? on SQLite) and expands arrays for `IN (:...list)`.
 * Numbers come back as strings from PostgreSQL aggregates; callers convert.
 */
export function namedQuery<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [query, values] = em.connection.driver.escapeQueryWithParameters(sql, params, {});
  return em.query(query, values);
}
