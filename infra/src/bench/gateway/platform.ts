import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { InProcessTransport, SubgraphApp, baseConfigSchema, createLogger, loadConfig } from '@hotelops/kernel';
import { mintDemoToken } from '../../dev/demo-token';
import { seedDemoHotel } from '../../dev/seed-demo-hotel';
import { SUBGRAPHS } from '../../subgraphs';
import { startProcess, type ServiceProcess } from './processes';

const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const JWT = { issuer: 'hotelops', audience: 'hotelops-api' };

export interface BenchPlatform {
  subgraphs: ServiceProcess[];
  /** subgraph name → GraphQL URL */
  urls: Record<string, string>;
  secrets: { IDENTITY_SECRET: string; JWT_SECRET: string };
  propertyId: string;
  /** today in the demo property's zone (the board's date) */
  today: string;
  /** the demo general manager's token */
  token: string;
  /** a production gateway process over these subgraphs (env over the bench defaults) */
  startGateway(name: string, env?: Record<string, string>, nodeArgs?: string[], entry?: string): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Five subgraphs as separate production processes, each on its own throwaway PostgreSQL
 * database holding the demo hotel (seeded in this process first, events delivered in-process).
 * `extraEnv` reaches every subgraph (e.g. KAFKA_BROKERS for a soak with events).
 */
export async function startBenchPlatform(extraEnv: Record<string, string> = {}, subgraphNodeArgs: string[] = []): Promise<BenchPlatform> {
  const run = randomBytes(4).toString('hex');
  const secrets = { IDENTITY_SECRET: randomBytes(32).toString('hex'), JWT_SECRET: randomBytes(32).toString('hex') };
  const databases: Record<string, string> = {};
  await admin(async (c) => {
    for (const { definition } of SUBGRAPHS) {
      const name = `hotelops_bench_${definition.name}_${run}`;
      await c.query(`CREATE DATABASE ${name}`);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      databases[definition.name] = url.toString();
    }
  });
  const dropAll = () =>
    admin(async (c) => {
      for (const url of Object.values(databases)) await c.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
    });

  // Seed through the services (migrations run on start), then hand the databases to the processes.
  const transport = new InProcessTransport();
  const apps: Record<string, SubgraphApp> = {};
  const dataDir = mkdtempSync(join(tmpdir(), 'hotelops-bench-'));
  for (const { definition } of SUBGRAPHS) {
    const config = loadConfig(baseConfigSchema, {
      LOG_LEVEL: 'warn',
      PORT: '0',
      DATA_DIR: dataDir,
      DATABASE_URL: databases[definition.name],
      ...secrets,
    });
    apps[definition.name] = new SubgraphApp(definition, {
      config,
      transport,
      logger: createLogger(definition.name, 'warn'),
      withoutJobs: true,
    });
  }
  for (const app of Object.values(apps)) await app.start({ relay: false });
  const demo = await seedDemoHotel(apps);
  for (const app of Object.values(apps)) app.startRelay();
  for (const app of Object.values(apps)) await app.relay.flush();
  await transport.idle();
  for (const app of Object.values(apps)) await app.stop();

  const subgraphs: ServiceProcess[] = [];
  const urls: Record<string, string> = {};
  // a subgraph that does not start leaves none running, nor their databases
  try {
    for (const { definition } of SUBGRAPHS) {
      const p = await startProcess(
        definition.name,
        `services/${definition.name}/dist/main.js`,
        {
          NODE_ENV: 'production',
          LOG_LEVEL: 'info',
          PORT: '0',
          DATA_DIR: dataDir,
          DATABASE_URL: databases[definition.name],
          ...secrets,
          ...extraEnv,
        },
        (line) => line.msg === 'subgraph started',
        subgraphNodeArgs,
      );
      subgraphs.push(p);
      urls[definition.name] = p.url;
    }
  } catch (err) {
    await Promise.allSettled(subgraphs.map((p) => p.stop()));
    await dropAll();
    throw err;
  }
  const token = await mintDemoToken(demo, { secret: secrets.JWT_SECRET, ...JWT }, '2h');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: demo.timeZone }).format(new Date());
  const gateways: ServiceProcess[] = [];

  return {
    subgraphs,
    urls,
    secrets,
    propertyId: demo.propertyId,
    today,
    token,
    startGateway: async (name, env = {}, nodeArgs = [], entry = 'gateway/dist/main.js') => {
      const p = await startProcess(
        name,
        entry,
        {
          NODE_ENV: 'production',
          LOG_LEVEL: 'info',
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          RATE_LIMIT_MAX: '0',
          ...secrets,
          SUBGRAPH_URLS: Object.entries(urls)
            .map(([n, u]) => `${n}=${u}`)
            .join(','),
          ...env,
        },
        (line) => line.msg === 'gateway started',
        nodeArgs,
      );
      gateways.push(p);
      return p;
    },
    stop: async () => {
      await Promise.allSettled([...gateways, ...subgraphs].map((p) => p.stop()));
      await dropAll();
    },
  };
}
