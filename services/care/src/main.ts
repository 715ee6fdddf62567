import { ConfigError, SubgraphApp, baseConfigSchema, createLogger, installShutdown, loadConfig } from '@hotelops/kernel';
import { careSubgraph } from './app';
import { scheduleSlaSweep } from './sla/sla-sweep.job';

/**
 * Production entry: the care subgraph plus the SLA escalation sweep every
 * SLA_SWEEP_INTERVAL_MS (default one minute; 0 turns it off, e.g. when a CronJob calls
 * runSlaEscalationSweep instead).
 */
async function main(): Promise<void> {
  const logger = createLogger(careSubgraph.name);
  const sweepEveryMs = Number(process.env.SLA_SWEEP_INTERVAL_MS ?? 60_000);
  let app: SubgraphApp;
  try {
    if (!Number.isInteger(sweepEveryMs) || sweepEveryMs < 0)
      throw new ConfigError([{ variable: 'SLA_SWEEP_INTERVAL_MS', problem: 'must be a whole number of milliseconds ≥ 0' }]);
    const config = loadConfig(baseConfigSchema, { PORT: '4005', ...process.env });
    app = new SubgraphApp(careSubgraph, { config, logger });
    await app.start();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
  const sweep = sweepEveryMs > 0 ? scheduleSlaSweep(app.deps, sweepEveryMs) : undefined;
  installShutdown(logger, async () => {
    await sweep?.stop();
    await app.stop();
  });
}

void main();
