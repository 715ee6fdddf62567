import { seedDemoHotel } from '@hotelops/infra';
import { SubgraphApp } from '@hotelops/kernel';
import { eventually, type RunningSubgraph } from '@hotelops/testing';
import { startPlatform, type Platform } from '../e2e/platform';

/**
 * Each subgraph stopped in turn under the demo hotel: a query that starts in another subgraph
 * and reaches into the stopped one gets the rest of its answer, with the fields the stopped
 * subgraph contributes null and an error per null field naming its path and the subgraph
 * (SERVICE_UNAVAILABLE / SUBGRAPH.UNAVAILABLE). Started again, the full answer is back.
 */
const QUERIES: Record<string, { query: string; field: string }> = {
  fnb: {
    query: 'query($p: ID!) { reservations(propertyId: $p, first: 20) { nodes { confirmationNumber fnbOrders { id } } } }',
    field: 'fnbOrders',
  },
  care: {
    query: 'query($p: ID!) { reservations(propertyId: $p, first: 20) { nodes { confirmationNumber cases { number } } } }',
    field: 'cases',
  },
  reservations: { query: 'query($p: ID!) { cases(propertyId: $p, first: 20) { nodes { number property { name } } } }', field: 'property' },
  staffing: {
    query: 'query($p: ID!) { cases(propertyId: $p, first: 20) { nodes { number assignee { displayName } } } }',
    field: 'assignee',
  },
  inventory: { query: 'query($p: ID!) { outlets(propertyId: $p) { name stockLevels { onHand } } }', field: 'stockLevels' },
};

/** Every path in `data` that ends in `field` and holds a value. */
function pathsTo(value: unknown, field: string, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => pathsTo(v, field, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === field && v !== null ? [[...path, k]] : pathsTo(v, field, [...path, k])));
}

/** `data` with the value at each path set to null. */
function nulled(data: unknown, paths: (string | number)[][]): unknown {
  const copy = structuredClone(data) as Record<string | number, any>;
  for (const p of paths) p.slice(0, -1).reduce((o, k) => o[k], copy)[p.at(-1)!] = null;
  return copy;
}

describe('chaos: a subgraph is down', () => {
  let platform: Platform;
  let propertyId: string;

  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    const demo = await seedDemoHotel(Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.app])));
    propertyId = demo.propertyId;
  }, 180_000);
  afterAll(() => platform?.stop());

  /** Stops a subgraph's process-level app; returns how to start it again on the same port and data. */
  async function stop(name: string): Promise<() => Promise<void>> {
    const running = platform.subgraphs[name];
    await running.app.stop();
    return async () => {
      const port = String(new URL(running.url).port);
      const app = new SubgraphApp(running.app.definition, {
        config: { ...running.config, PORT: Number(port) },
        transport: running.app.transport,
      });
      await app.start();
      const restarted: RunningSubgraph = { ...running, app, stop: () => app.stop() };
      platform.subgraphs[name] = restarted;
    };
  }

  it.each(Object.keys(QUERIES))(
    '%s down: the rest of the answer, the missing fields named, then recovery',
    async (name) => {
      const { query, field } = QUERIES[name];
      const healthy = await platform.ok(query, { p: propertyId });
      const crossing = pathsTo(healthy, field);
      expect(crossing.length).toBeGreaterThan(0);

      const restart = await stop(name);
      try {
        const partial = await platform.query(query, { p: propertyId });
        expect(partial.status).toBe(200);
        expect(partial.data).toEqual(nulled(healthy, crossing));
        // one error per null field: the field itself, or (a reference into the stopped subgraph)
        // the field of the referenced entity that could not be resolved
        const errors = partial.errors ?? [];
        const within = (path: unknown[] | undefined, prefix: unknown[]) =>
          JSON.stringify(path?.slice(0, prefix.length)) === JSON.stringify(prefix);
        expect(errors).toHaveLength(crossing.length);
        for (const error of errors) {
          expect(error).toMatchObject({
            message: expect.stringContaining(`Subgraph ${name} is unavailable`),
            extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SUBGRAPH.UNAVAILABLE', subgraph: name },
          });
        }
        for (const path of crossing) expect(errors.filter((e) => within(e.path, path))).toHaveLength(1);
      } finally {
        await restart();
      }
      await eventually(async () => expect(await platform.ok(query, { p: propertyId })).toEqual(healthy));
    },
    60_000,
  );
});
