import type { Database } from '../db/database';
import type { Logger } from '../observability/logger';
import type { ServiceMetrics } from '../observability/metrics';
import { OutboxRow } from './outbox.entity';
import type { EventTransport } from './transport';

/** Advisory-lock key of a service's relay: one relay per service publishes at a time, so per-aggregate order holds across replicas. */
function relayLockKey(service: string): number {
  let h = 7_411_003;
  for (const ch of service) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

/** After this many failed attempts in a row the relay reports itself stuck (readiness). */
const STUCK_AFTER_FAILURES = 3;
/**
 * A publish still waiting after this long is reported too: against a broker that is down, one
 * attempt waits out the client's own retries (seconds) before it counts as a failure.
 */
const STUCK_PUBLISH_MS = 3_000;
/**
 * Rows per publish by default: each round costs a few database round trips and one produce
 * request, so a backlog drains about twice as fast as with 100 (measured by `npm run
 * bench:events`); 500 ids stay within SQLite's bound parameters and the batch within Kafka's 1 MB.
 */
const DEFAULT_BATCH_SIZE = 500;

/**
 * Publishes committed outbox rows in commit order and marks them sent. Wakes on every commit
 * and polls as a fallback; a failed publish leaves rows pending for the next attempt
 * (at-least-once; consumers de-duplicate by event id). When the brokers turn out to be a new
 * cluster (a lost volume), the rows published within `republishWindowMs` are published again:
 * the old cluster may have taken them with it before every consumer read them.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  /** the timer-driven flush loop, awaited by stop() so nothing publishes after it returns */
  private loop?: Promise<void>;
  private stopped = true;
  /** a commit happened while the loop was busy: run again right away */
  private kicked = false;
  private failures = 0;
  private failingSince?: Date;
  private lastError?: string;
  private lastClusterCheck = 0;
  /** when the publish in flight began */
  private publishingSince?: number;
  private readonly onCommit = () => this.kick();

  constructor(
    private readonly db: Database,
    private readonly transport: EventTransport,
    private readonly logger: Logger,
    private readonly metrics: ServiceMetrics,
    private readonly opts: { pollMs: number; batchSize?: number; republishWindowMs?: number },
  ) {}

  /** Why the relay is not publishing (readiness reports it); undefined when it is. */
  problem(): string | undefined {
    if (this.stopped) return 'outbox relay is not running';
    const waiting = this.publishingSince === undefined ? 0 : Date.now() - this.publishingSince;
    if (waiting > STUCK_PUBLISH_MS) return `outbox relay: a publish has waited ${Math.round(waiting / 1000)} s for the brokers`;
    if (this.failures < STUCK_AFTER_FAILURES) return undefined;
    return `outbox relay: ${this.failures} publish attempts failed since ${this.failingSince?.toISOString()}: ${this.lastError}`;
  }

  start(): void {
    this.stopped = false;
    this.db.on('committed', this.onCommit);
    this.schedule(0);
  }

  /** Publishes everything pending now; resolves with how many rows were sent. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.once();
      total += sent;
      if (sent === 0) return total;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.db.off('committed', this.onCommit);
    clearTimeout(this.timer);
    await this.loop;
    await this.flush().catch((err) => this.logger.warn({ err }, 'outbox: final flush failed'));
  }

  private kick(): void {
    if (!this.stopped) this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private tick(): void {
    if (this.stopped) return;
    if (this.loop) {
      this.kicked = true;
      return;
    }
    this.loop = this.drain().finally(() => {
      this.loop = undefined;
    });
  }

  private async drain(): Promise<void> {
    try {
      this.kicked = false;
      await this.flush();
      this.failures = 0;
      this.failingSince = undefined;
      if (!this.stopped) this.schedule(this.kicked ? 0 : this.opts.pollMs);
    } catch (err) {
      this.failures++;
      this.failingSince ??= new Date();
      this.lastError = (err as Error).message;
      // capped low: a broker that is back should see the backlog within seconds
      const backoff = Math.min(5_000, this.opts.pollMs * 2 ** this.failures);
      this.logger.warn({ err, backoff }, 'outbox: publish failed, will retry');
      if (!this.stopped) this.schedule(backoff);
    }
  }

  private once(): Promise<number> {
    // Serialise flushes within this process so a kick never races a running publish.
    const prev = this.running ?? Promise.resolve(0);
    const run = prev.catch(() => 0).then(() => this.publishBatch());
    this.running = run;
    return run.finally(() => {
      if (this.running === run) this.running = undefined;
    });
  }

  private async publishBatch(): Promise<number> {
    const limit = this.opts.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!this.db.isPostgres) return this.sendAndMark(this.db.manager, limit);
    return this.db.dataSource.transaction(async (em) => {
      const [{ locked }] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [relayLockKey(this.db.service)]);
      return locked ? this.sendAndMark(em, limit) : 0;
    });
  }

  private async sendAndMark(em: Database['manager'], limit: number): Promise<number> {
    await this.republishIfClusterReplaced(em);
    // SQL built once: this runs for every batch the service publishes
    const rows = await this.db.rows(OutboxRow).where('published_at IS NULL', {}, 'seq ASC', { em, limit });
    if (rows.length === 0) return 0;
    this.publishingSince = Date.now();
    try {
      await this.transport.publish(rows.map((r) => ({ topic: r.topic, key: r.messageKey, headers: r.headers, value: r.payload })));
    } finally {
      this.publishingSince = undefined;
    }
    await this.db.execute(
      'UPDATE outbox SET published_at = :at WHERE seq IN (:...seqs)',
      {
        at: new Date().toISOString(),
        seqs: rows.map((r) => r.seq),
      },
      em,
    );
    for (const r of rows) this.metrics.eventsPublished.inc({ type: r.type });
    return rows.length;
  }

  /**
   * Checked after a failure and every few seconds otherwise: a replaced cluster lost the messages
   * it held, so the recent tail of the outbox goes out again (consumers drop what they had).
   */
  private async republishIfClusterReplaced(em: Database['manager']): Promise<void> {
    if (!this.transport.clusterReplaced) return;
    if (this.failures === 0 && Date.now() - this.lastClusterCheck < 5_000) return;
    this.lastClusterCheck = Date.now();
    if (!(await this.transport.clusterReplaced())) return;
    const since = new Date(Date.now() - (this.opts.republishWindowMs ?? 15 * 60_000));
    const { affected } = await em
      .createQueryBuilder()
      .update(OutboxRow)
      .set({ publishedAt: null })
      .where('published_at >= :since', { since: since.toISOString() })
      .execute();
    this.logger.warn({ since, rows: affected }, 'outbox: the Kafka cluster was replaced; publishing recent events again');
  }
}
