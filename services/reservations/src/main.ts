import { ConfigError, SubgraphApp, baseConfigSchema, createLogger, installShutdown, loadConfig } from '@hotelops/kernel';
import { reservationsSubgraph } from './app';
import { scheduleBlockRelease } from './jobs/block-release.job';
import { scheduleNoShowSweep } from './jobs/no-show.job';

/**
 * Production entry: the reservations subgraph plus its scheduled jobs — the no-show sweep and the
 * group-block release — every NO_SHOW_SWEEP_INTERVAL_MS (default five minutes; 0 turns them off,
 * e.g. when a CronJob calls runNoShowSweep / runBlockReleaseSweep instead).
 */
async function main(): Promise<void> {
  const logger = createLogger(reservationsSubgraph.name);
  const sweepEveryMs = Number(process.env.NO_SHOW_SWEEP_INTERVAL_MS ?? 300_000);
  let app: SubgraphApp;
  try {
    if (!Number.isInteger(sweepEveryMs) || sweepEveryMs < 0)
      throw new ConfigError([{ variable: 'NO_SHOW_SWEEP_INTERVAL_MS', problem: 'must be a whole number of milliseconds ≥ 0' }]);
    const config = loadConfig(baseConfigSchema, { PORT: '4002', ...process.env });
    app = new SubgraphApp(reservationsSubgraph, { config, logger });
    await app.start();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
  const jobs = sweepEveryMs > 0 ? [scheduleNoShowSweep(app.deps, sweepEveryMs), scheduleBlockRelease(app.deps, sweepEveryMs)] : [];
  installShutdown(logger, async () => {
    await Promise.all(jobs.map((j) => j.stop()));
    await app.stop();
  });
}

void main();
