import { SYSTEM, signIdentity } from '@hotelops/kernel/identity';
import type { Logger } from '@hotelops/kernel/observability';

const QUERY = 'query($since: DateTime) { revokedEmployees(since: $since) { id updatedAt } }';

/**
 * Employees whose access ended: staffing's terminations, polled every few seconds (as the system,
 * over the signed-identity channel) so a leaver's token is refused within seconds on every gateway
 * replica, in embedded and production mode alike. Known revocations are kept when staffing is
 * briefly unreachable; a gateway that has never reached it admits tokens as before (and logs it).
 */
export class RevokedEmployees {
  private readonly revoked = new Set<string>();
  private since?: string;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly staffingUrl: () => string | undefined,
    private readonly identitySecret: string,
    private readonly logger: Logger,
    private readonly everyMs = 2000,
  ) {}

  has(employeeId: string | undefined): boolean {
    return !!employeeId && this.revoked.has(employeeId);
  }

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One poll at a time; the next one takes up from the last termination seen. */
  refresh(): Promise<void> {
    this.running ??= this.poll().finally(() => (this.running = undefined));
    return this.running;
  }

  private async poll(): Promise<void> {
    const url = this.staffingUrl();
    if (!url) return;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signIdentity(SYSTEM, this.identitySecret) },
        body: JSON.stringify({ query: QUERY, variables: { since: this.since ?? null } }),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await res.json()) as { data?: { revokedEmployees: { id: string; updatedAt: string }[] }; errors?: unknown };
      if (!body.data) throw new Error(`staffing answered ${res.status}: ${JSON.stringify(body.errors)}`);
      for (const e of body.data.revokedEmployees) {
        this.revoked.add(e.id);
        this.since = e.updatedAt;
      }
    } catch (err) {
      this.logger.warn({ err }, 'revoked employees not refreshed');
    }
  }
}
