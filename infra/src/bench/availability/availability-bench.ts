import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeReservations, reservationsSubgraph, type ReservationsServices } from '@hotelops/reservations';
import {
  Caller,
  Database,
  DomainError,
  SYSTEM,
  SubgraphApp,
  baseConfigSchema,
  createLogger,
  loadConfig,
  type Clock,
} from '@hotelops/kernel';

/*
 * Availability at hotel scale, SQLite and PostgreSQL side by side in one run: a property with
 * 500 rooms in 20 types, two rate plans priced for 365 days, 1,000 stays on the books. It times
 * (1) a 14-night search across all types (p50/p95 over random arrivals) and (2) booking under
 * contention: 400 bookings fired at once at one room type with 25 rooms (exactly 25 may win),
 * and 400 bookings spread over all types and dates, 40 at a time.
 *
 *   node infra/dist/bench/availability/availability-bench.js
 *
 * BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) creates and drops a
 * throwaway database; BENCH_SEARCHES overrides the number of timed searches (default 200),
 * BENCH_SPREAD the number of spread bookings (default 400).
 */

const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);
const TYPES = 20;
const ROOMS_PER_TYPE = 25;
const DAYS = 365;
const START = '2031-01-01';
const STAYS_ON_BOOKS = 1_000;
const CONTENDED = 400;
/** BENCH_SPREAD: bookings in the spread run (default 400; thousands show the sustained rate, past first touches of the ledger) */
const SPREAD = Number(process.env.BENCH_SPREAD ?? 400);
const SPREAD_CONCURRENCY = 40;
const caller = new Caller(SYSTEM);
const meta = { correlationId: 'availability-bench' };
/** Today is the day before the priced year, in the property's zone. */
const clock: Clock = { now: () => new Date('2030-12-31T04:00:00Z') };

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

interface Figures {
  seedMs: number;
  searchP50: number;
  searchP95: number;
  offers: number;
  contendedMs: number;
  contendedLeft: number;
  contendedWon: number;
  contendedRefused: number;
  spreadMs: number;
  spreadWon: number;
}

async function run(app: SubgraphApp): Promise<Figures> {
  await app.prepare(); // migrates; no server, no relay
  // caches on, as in a started subgraph (rates are all set before the first search)
  await app.cacheInvalidator.start();
  const deps = app.deps;
  const { properties, rooms, ratePlans: plans, booking, availability, roomInventory } = composeReservations(deps);
  const rnd = random(7);

  const seeded = await timed(async () => {
    const property = await properties.create({
      code: 'BENCH',
      name: 'Bench Hotel',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      noShowCutoff: '22:00',
    });
    const bar = await plans.create(
      {
        propertyId: property.id,
        code: 'BAR',
        name: 'Best available',
        cancelFreeDaysBefore: 1,
        cancelFeeKind: 'NIGHTS',
        cancelFeeValue: 1,
        noShowFeeKind: 'NIGHTS',
        noShowFeeValue: 1,
        guarantee: 'NONE',
        depositPercent: 0,
      },
      caller,
    );
    const adv = await plans.create(
      {
        propertyId: property.id,
        code: 'ADV14',
        name: 'Advance purchase',
        minAdvanceDays: 14,
        cancelFreeDaysBefore: 0,
        cancelFeeKind: 'PERCENT',
        cancelFeeValue: 100,
        noShowFeeKind: 'PERCENT',
        noShowFeeValue: 100,
        guarantee: 'CARD',
        depositPercent: 0,
      },
      caller,
    );
    const typeIds: string[] = [];
    for (let t = 0; t < TYPES; t++) {
      const type = await rooms.createRoomType(
        {
          propertyId: property.id,
          code: `T${String(t).padStart(2, '0')}`,
          name: `Type ${t}`,
          capacity: 2 + (t % 3),
          baseRateMinor: 40_000 + t * 5_000,
        },
        caller,
      );
      typeIds.push(type.id);
      for (let r = 0; r < ROOMS_PER_TYPE; r++)
        await rooms.createRoom(
          { roomTypeId: type.id, number: `${t + 1}${String(r).padStart(2, '0')}`, floor: t + 1, features: [] },
          caller,
        );
      for (const [plan, factor] of [
        [bar, 1],
        [adv, 0.85],
      ] as const) {
        await plans.setRates(
          {
            ratePlanId: plan.id,
            roomTypeId: type.id,
            from: START,
            to: addDays(START, DAYS),
            priceMinor: Math.round((40_000 + t * 5_000) * factor),
            minLos: t % 5 === 0 ? 2 : undefined,
            closedToArrival: false,
            closedToDeparture: false,
          },
          caller,
        );
      }
    }
    for (let i = 0; i < STAYS_ON_BOOKS; i++) {
      const arrival = addDays(START, Math.floor(rnd() * (DAYS - 10)));
      await booking
        .book(
          {
            roomTypeId: typeIds[Math.floor(rnd() * TYPES)],
            arrival,
            departure: addDays(arrival, 1 + Math.floor(rnd() * 7)),
            guestName: `Guest ${i}`,
            adults: 1,
            channel: 'ONLINE',
            confirmed: true,
          },
          caller,
          meta,
        )
        .catch(ignoreNoAvailability);
    }
    return { propertyId: property.id, typeIds };
  });
  const { propertyId, typeIds } = seeded.result;

  // 14-night search across all 20 types and both plans, random arrivals over the year.
  for (let i = 0; i < 10; i++) await search(availability, propertyId, addDays(START, 30 + i)); // warm-up
  const searchTimes: number[] = [];
  let offers = 0;
  for (let i = 0; i < SEARCHES; i++) {
    const { ms, result } = await timed(() => search(availability, propertyId, addDays(START, 15 + Math.floor(rnd() * (DAYS - 30)))));
    searchTimes.push(ms);
    offers += result.length;
  }

  // Contention: everyone wants the same type on the same nights; exactly `left` may win.
  const contendedType = typeIds[TYPES - 1];
  const left = Math.min(
    ...(await roomInventory.days(contendedType, addDays(START, 200), addDays(START, 203), caller)).map((d) => d.available),
  );
  const contended = await timed(() =>
    Promise.allSettled(
      Array.from({ length: CONTENDED }, (_, i) =>
        booking.book(
          {
            roomTypeId: contendedType,
            arrival: addDays(START, 200),
            departure: addDays(START, 203),
            guestName: `Rush ${i}`,
            adults: 1,
            channel: 'ONLINE',
            confirmed: true,
          },
          caller,
          meta,
        ),
      ),
    ),
  );
  const won = contended.result.filter((r) => r.status === 'fulfilled').length;
  const refused = contended.result.filter((r) => r.status === 'rejected' && isNoAvailability(r.reason)).length;
  const other = contended.result.filter((r) => r.status === 'rejected' && !isNoAvailability(r.reason));
  if (other.length) throw new Error(`unexpected booking failures: ${(other[0] as PromiseRejectedResult).reason}`);
  if (won !== left) throw new Error(`${won} bookings won with ${left} rooms left: availability is not enforced`);

  // Throughput: bookings spread over types and dates, SPREAD_CONCURRENCY in flight.
  let next = 0;
  let spreadWon = 0;
  const spread = await timed(async () => {
    const worker = async () => {
      while (next < SPREAD) {
        const i = next++;
        const arrival = addDays(START, 1 + Math.floor(rnd() * (DAYS - 10)));
        try {
          await booking.book(
            {
              roomTypeId: typeIds[i % TYPES],
              arrival,
              departure: addDays(arrival, 1 + (i % 4)),
              guestName: `Spread ${i}`,
              adults: 1,
              channel: 'PHONE',
              confirmed: true,
            },
            caller,
            meta,
          );
          spreadWon++;
        } catch (err) {
          ignoreNoAvailability(err);
        }
      }
    };
    await Promise.all(Array.from({ length: SPREAD_CONCURRENCY }, worker));
  });

  return {
    seedMs: seeded.ms,
    searchP50: percentile(searchTimes, 50),
    searchP95: percentile(searchTimes, 95),
    offers: offers / SEARCHES,
    contendedMs: contended.ms,
    contendedLeft: left,
    contendedWon: won,
    contendedRefused: refused,
    spreadMs: spread.ms,
    spreadWon,
  };
}

function search(availability: ReservationsServices['availability'], propertyId: string, arrival: string) {
  return availability.search({ propertyIds: [propertyId], arrival, departure: addDays(arrival, 14), adults: 1 }, caller);
}

const isNoAvailability = (err: unknown) => err instanceof DomainError && err.code === 'RESERVATION.NO_AVAILABILITY';
function ignoreNoAvailability(err: unknown): void {
  if (!isNoAvailability(err)) throw err;
}

function appFor(databaseUrl: string | undefined, dataDir: string): SubgraphApp {
  const config = loadConfig(baseConfigSchema, {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: '0',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    DATA_DIR: dataDir,
    IDENTITY_SECRET: randomUUID() + randomUUID(),
  });
  return new SubgraphApp(reservationsSubgraph, { config, clock, logger: createLogger('availability-bench', 'error') });
}

async function main(): Promise<void> {
  const logger = createLogger('availability-bench', 'error');
  const dataDir = mkdtempSync(join(tmpdir(), 'availability-bench-'));
  const dbName = `hotelops_bench_availability_${Date.now().toString(36)}`;
  const admin = new Database({ service: 'postgres', databaseUrl: ADMIN_URL, dataDir, entities: [], migrations: [], logger });
  await admin.dataSource.initialize();
  await admin.dataSource.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const results: Record<string, Figures> = {};
  try {
    for (const [name, databaseUrl] of [
      ['SQLite', undefined],
      ['PostgreSQL', url.toString()],
    ] as const) {
      const app = appFor(databaseUrl, dataDir);
      try {
        console.error(`running on ${name} …`);
        results[name] = await run(app);
      } finally {
        await app.cacheInvalidator.stop();
        await app.deps.db.close().catch(() => undefined);
      }
    }
  } finally {
    await admin.dataSource.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.dataSource.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const s = results.SQLite;
  const p = results.PostgreSQL;
  const row = (label: string, a: string, b: string, ratio = '') =>
    console.log(`${label.padEnd(58)} ${a.padStart(12)} ${b.padStart(12)} ${ratio.padStart(10)}`);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const per = (n: number, t: number) => `${((n * 1000) / t).toFixed(0)} /s`;
  console.log(
    `\nAvailability: ${TYPES} types × ${ROOMS_PER_TYPE} rooms = ${TYPES * ROOMS_PER_TYPE} rooms, 2 plans × ${DAYS} days of rates, ${STAYS_ON_BOOKS} stays seeded\n`,
  );
  row('', 'SQLite', 'PostgreSQL', 'PG/SQLite');
  row('seed (rooms, rates, stays)', ms(s.seedMs), ms(p.seedMs), (p.seedMs / s.seedMs).toFixed(2));
  row(`14-night search, all types, p50 (${SEARCHES} runs)`, ms(s.searchP50), ms(p.searchP50), (p.searchP50 / s.searchP50).toFixed(2));
  row(`14-night search, all types, p95`, ms(s.searchP95), ms(p.searchP95), (p.searchP95 / s.searchP95).toFixed(2));
  row('  offers per search (avg)', s.offers.toFixed(1), p.offers.toFixed(1));
  row(
    `${CONTENDED} simultaneous bookings, one type (${ROOMS_PER_TYPE} rooms)`,
    ms(s.contendedMs),
    ms(p.contendedMs),
    (p.contendedMs / s.contendedMs).toFixed(2),
  );
  row(
    '  rooms left / booked / refused NO_AVAILABILITY',
    `${s.contendedLeft}/${s.contendedWon}/${s.contendedRefused}`,
    `${p.contendedLeft}/${p.contendedWon}/${p.contendedRefused}`,
  );
  row('  requests answered per second', per(CONTENDED, s.contendedMs), per(CONTENDED, p.contendedMs));
  row(
    `${SPREAD} bookings over all types/dates, ${SPREAD_CONCURRENCY} in flight`,
    ms(s.spreadMs),
    ms(p.spreadMs),
    (p.spreadMs / s.spreadMs).toFixed(2),
  );
  row('  bookings committed per second', per(s.spreadWon, s.spreadMs), per(p.spreadWon, p.spreadMs));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
