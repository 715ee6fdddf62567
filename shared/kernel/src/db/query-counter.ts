import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../observability/logger';

/**
 * typeorm logger that counts statements (tests assert "one query per entity type") and sends
 * errors and slow queries to the service log.
 */
export class CountingQueryLogger implements TypeOrmLogger {
  private count = 0;
  readonly statements: string[] = [];
  recordStatements = false;

  constructor(private readonly logger: Logger) {}

  get queries(): number {
    return this.count;
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
  logQuery(query: string): void {
    this.count++;
    if (this.recordStatements) this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: error, query }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, query }, 'slow query');
  }
  /**
   * The statements `work` ran. Background work (the outbox relay polls) runs concurrently, so
   * callers filter by the tables they care about.
   */
  async capture(work: () => Promise<unknown>): Promise<string[]> {
    const start = this.statements.length;
    this.recordStatements = true;
    try {
      await work();
      return this.statements.slice(start);
    } finally {
      this.recordStatements = false;
    }
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message }, 'typeorm');
  }
}
