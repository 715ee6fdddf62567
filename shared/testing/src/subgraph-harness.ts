import { SubgraphApp, type BaseConfig, type Clock, type EventTransport, type SubgraphDefinition } from '@hotelops/kernel';
import { kafkaBrokers, runId, testConfig } from './config';
import { createPgDatabase, type TestDatabase } from './postgres';

export type Dialect = 'sqlite' | 'postgres';
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export interface HarnessOptions {
  dialect?: Dialect;
  /** use the real Kafka broker from KAFKA_BROKERS (namespace random per run) */
  kafka?: boolean | { namespace: string };
  transport?: EventTransport;
  clock?: Clock;
  env?: Record<string, string>;
  /** jobs run only when the test triggers them (app.scheduler.trigger) */
  withoutJobs?: boolean;
}

export interface RunningSubgraph {
  app: SubgraphApp;
  url: string;
  config: BaseConfig;
  stop(): Promise<void>;
}

/** Starts one real subgraph in-process on a real database (fresh per call). */
export async function startSubgraph(definition: SubgraphDefinition, opts: HarnessOptions = {}): Promise<RunningSubgraph> {
  let pg: TestDatabase | undefined;
  if (opts.dialect === 'postgres') pg = await createPgDatabase(`hotelops_${definition.name}`);
  const kafka = opts.kafka;
  const brokers = kafka ? kafkaBrokers() : undefined;
  if (kafka && !brokers) throw new Error('KAFKA_BROKERS is not set: run tests with `npm test`, which starts a local broker');
  const config = testConfig({
    DATABASE_URL: pg?.url,
    KAFKA_BROKERS: brokers,
    KAFKA_NAMESPACE: typeof kafka === 'object' ? kafka.namespace : kafka ? `t${runId()}.` : '',
    ...opts.env,
  });
  const app = new SubgraphApp(definition, { config, transport: opts.transport, clock: opts.clock, withoutJobs: opts.withoutJobs });
  try {
    await app.start();
  } catch (err) {
    await app.stop().catch(() => undefined);
    await pg?.drop();
    throw err;
  }
  return {
    app,
    url: app.url,
    config,
    stop: async () => {
      await app.stop();
      await pg?.drop();
    },
  };
}
