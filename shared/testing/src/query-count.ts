import type { SubgraphApp } from '@hotelops/kernel';

/**
 * Runs `work` and counts the SQL statements it caused. The outbox relay polls the same database
 * in the background, so its statements (outbox, its advisory lock, transaction brackets) are left
 * out of the count.
 */
export async function countQueries<T>(
  app: SubgraphApp,
  work: () => Promise<T>,
): Promise<{ result: T; queries: number; statements: string[] }> {
  let result!: T;
  const all = await app.deps.db.queryLog.capture(async () => {
    result = await work();
  });
  const statements = all.filter((q) => !/\boutbox\b|pg_try_advisory_xact_lock|^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(q));
  return { result, queries: statements.length, statements };
}
