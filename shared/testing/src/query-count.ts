import { InProcessTransport, type SubgraphApp } from '@hotelops/kernel';

/**
 * Runs `work` and counts the SQL statements it caused. Work left over from the test's setup —
 * events still in the outbox or in an in-process consumer (reservations applies its own
 * AvailabilityChanged to the ARI feed) — is finished first, or a slow machine counts it. The outbox
 * relay keeps polling the same database, so its statements (outbox, its advisory lock, transaction
 * brackets) are left out. Scheduled jobs (the ARI push runs every 5 s) cannot be told apart:
 * start a subgraph whose statements are counted with `withoutJobs: true`.
 */
export async function countQueries<T>(
  app: SubgraphApp,
  work: () => Promise<T>,
): Promise<{ result: T; queries: number; statements: string[] }> {
  await settle(app);
  let result!: T;
  const all = await app.deps.db.queryLog.capture(async () => {
    result = await work();
  });
  const statements = all.filter((q) => !/\boutbox\b|pg_try_advisory_xact_lock|^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(q));
  return { result, queries: statements.length, statements };
}

/** Publishes what the outbox holds and lets in-process consumers apply it, until nothing is left. */
async function settle(app: SubgraphApp): Promise<void> {
  for (;;) {
    const sent = await app.relay.flush();
    if (app.transport instanceof InProcessTransport) await app.transport.idle();
    if (sent === 0) return;
  }
}
