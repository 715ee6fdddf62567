import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayServer, loadGatewayConfig, mintStaffToken, type GatewayOptions } from '@hotelops/gateway';
import { InProcessTransport, type Clock } from '@hotelops/kernel';
import { localDate } from '@hotelops/kernel/rules';
import { TEST_IDENTITY_SECRET, runId, startSubgraph, type Dialect, type GraphQLResponse, type RunningSubgraph } from '@hotelops/testing';
import { SUBGRAPHS } from '@hotelops/infra';

const JWT_SECRET = 'e2e-jwt-secret-0123456789abcdefghijkl';
const JWT = { secret: JWT_SECRET, issuer: 'hotelops', audience: 'hotelops-api' };

export interface Platform {
  gatewayUrl: string;
  /** how the platform's staff tokens are signed */
  jwt: typeof JWT;
  gateway: GatewayServer;
  /** another gateway over the same subgraphs (env overrides the defaults; stopped with the platform) */
  startGateway(env?: Record<string, string>, options?: GatewayOptions): Promise<GatewayServer>;
  subgraphs: Record<string, RunningSubgraph>;
  token(roles: string[], properties?: string[], employeeId?: string): Promise<string>;
  query<D = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<D>>;
  /** query that must succeed; returns data */
  ok<D = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<D>;
  stop(): Promise<void>;
}

/**
 * The whole platform in this process: five real subgraphs on their own databases and ports,
 * events over real Kafka (a random namespace per run) or the in-process transport, and the
 * gateway serving the committed supergraph.
 */
export async function startPlatform(opts: {
  transport: 'kafka' | 'in-process';
  dialect?: Dialect;
  /** gateway settings over the defaults (rate limit off, a fresh data dir, in-memory edge) */
  gatewayEnv?: Record<string, string>;
  /** a subgraph's clock by name (e.g. care's, moved past an SLA target); the others run on real time */
  clocks?: Record<string, Clock>;
}): Promise<Platform> {
  const namespace = `e2e${runId()}.`;
  const shared = opts.transport === 'in-process' ? new InProcessTransport() : undefined;
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    await Promise.all(
      SUBGRAPHS.map(async ({ definition }) => {
        subgraphs[definition.name] = await startSubgraph(definition, {
          dialect: opts.dialect ?? 'sqlite',
          kafka: opts.transport === 'kafka' ? { namespace } : false,
          transport: shared,
          clock: opts.clocks?.[definition.name],
        });
      }),
    );
  } catch (err) {
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
    throw err;
  }
  const gateways: GatewayServer[] = [];
  const startGateway = async (env: Record<string, string> = {}, options: GatewayOptions = {}) => {
    const gw = new GatewayServer(
      loadGatewayConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        PORT: '0',
        HOST: '127.0.0.1',
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'hotelops-gw-')),
        RATE_LIMIT_MAX: '0',
        SUBGRAPH_URLS: Object.entries(subgraphs)
          .map(([name, s]) => `${name}=${s.url}`)
          .join(','),
        ...opts.gatewayEnv,
        ...env,
      }),
      undefined,
      options,
    );
    await gw.start();
    gateways.push(gw);
    return gw;
  };
  let gateway: GatewayServer;
  try {
    gateway = await startGateway();
  } catch (err) {
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
    throw err;
  }
  const gm = await mintStaffToken({ roles: ['general-manager'], properties: ['*'] }, JWT);

  const query = async <D>(q: string, variables: Record<string, unknown> = {}, token: string = gm): Promise<GraphQLResponse<D>> => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: q, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  return {
    gatewayUrl: gateway.url,
    jwt: JWT,
    gateway,
    startGateway,
    subgraphs,
    token: (roles, properties = ['*'], employeeId) => mintStaffToken({ roles, properties, employeeId }, JWT),
    query,
    ok: async <D>(q: string, variables?: Record<string, unknown>, token?: string) => {
      const r = await query<D>(q, variables, token);
      if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data;
    },
    stop: async () => {
      await Promise.allSettled(gateways.map((g) => g.stop()));
      await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
    },
  };
}

/**
 * A date at the test hotels (Asia/Shanghai), `days` from their today. UTC's date would be a day
 * behind from 16:00 UTC, and a booking for "today" would be refused as in the past.
 */
export function hotelDate(days = 0): string {
  const today = localDate(new Date(), 'Asia/Shanghai');
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
