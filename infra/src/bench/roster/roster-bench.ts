import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Caller, Database, SYSTEM, SubgraphApp, baseConfigSchema, createLogger, loadConfig } from '@hotelops/kernel';
import {
  EmployeeEntity,
  ForecastStayEntity,
  LeaveRequestEntity,
  LeaveTypeEntity,
  SkillEntity,
  composeStaffing,
  staffingSubgraph,
} from '@hotelops/staffing';

/*
 * Rosters at scale: 300 employees of one department × a 31-day month (about 6,600 shifts, skills,
 * approved leave) and a 28-day forecast of 12,000 stays. Times the full validation of the month's
 * roster (every rule, through the service: loads and rules) and the labour-demand recompute after
 * one reservation event, on SQLite and PostgreSQL.
 *
 *   npm run bench:roster
 *
 * BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) creates and drops a
 * throwaway database; BENCH_EMPLOYEES overrides the head count.
 */

const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 300);
const STAYS = 12_000;
const MONTH = '2031-03';

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function run(dialect: 'sqlite' | 'postgres'): Promise<Record<string, string | number>> {
  const logger = createLogger('roster-bench', 'error');
  let admin: Database | undefined;
  let dbName: string | undefined;
  let databaseUrl: string | undefined;
  if (dialect === 'postgres') {
    dbName = `hotelops_bench_roster_${Date.now().toString(36)}`;
    admin = new Database({ service: 'postgres', databaseUrl: ADMIN_URL, dataDir: tmpdir(), entities: [], migrations: [], logger });
    await admin.dataSource.initialize();
    await admin.dataSource.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  // the forecast horizon starts at "today": the bench's clock stands at the start of the month
  const clock = { now: () => new Date(`${MONTH}-01T01:00:00Z`) };
  const config = loadConfig(baseConfigSchema, {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: '0',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'roster-bench-')),
    IDENTITY_SECRET: randomUUID() + randomUUID(),
  });
  const app = new SubgraphApp(staffingSubgraph, { config, clock, logger });
  try {
    await app.prepare();
    const { db } = app.deps;
    const s = composeStaffing(app.deps);
    const system = new Caller(SYSTEM);
    const propertyId = randomUUID();
    const { positions, departments } = await s.catalogue.install(propertyId, system);
    const hk = departments.find((d) => d.code === 'housekeeping')!;
    const attendant = positions.find((p) => p.code === 'room-attendant')!;
    const now = clock.now();

    // --- seed: people, skills, leave, templates, the month's shifts ------------------------------
    const people = Array.from({ length: EMPLOYEES }, (_, i) =>
      Object.assign(new EmployeeEntity(), {
        id: randomUUID(),
        propertyId,
        positionId: attendant.id,
        employeeNumber: `B${i}`,
        firstName: '员',
        lastName: '工',
        email: null,
        phone: null,
        status: 'ACTIVE',
        hiredOn: '2020-01-06',
        terminatedOn: null,
        terminationReason: null,
        supervisorId: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await db.manager.save(people, { chunk: 200 });
    await db.manager.save(
      people.map((p) =>
        Object.assign(new SkillEntity(), {
          id: randomUUID(),
          propertyId,
          employeeId: p.id,
          code: 'chemical-safety',
          name: 'Chemical safety',
          certificateNumber: null,
          obtainedOn: null,
          expiresOn: '2032-01-01',
          createdAt: now,
        }),
      ),
      { chunk: 200 },
    );
    const type = await db.manager.save(
      Object.assign(new LeaveTypeEntity(), {
        id: randomUUID(),
        propertyId,
        code: 'ANNUAL',
        name: 'Annual',
        annualDays: 10,
        paid: true,
        createdAt: now,
      }),
    );
    const onLeave = people.filter((_, i) => i % 6 === 0);
    await db.manager.save(
      onLeave.map((p, i) =>
        Object.assign(new LeaveRequestEntity(), {
          id: randomUUID(),
          propertyId,
          employeeId: p.id,
          departmentId: hk.id,
          leaveTypeId: type.id,
          fromDate: `${MONTH}-${String(3 + (i % 20)).padStart(2, '0')}`,
          toDate: `${MONTH}-${String(4 + (i % 20)).padStart(2, '0')}`,
          days: 2,
          reason: null,
          status: 'APPROVED',
          decidedBy: null,
          decidedAt: null,
          note: null,
          createdAt: now,
          updatedAt: now,
        }),
      ),
      { chunk: 200 },
    );
    const leaveDays = new Map(onLeave.map((p, i) => [p.id, new Set([3 + (i % 20), 4 + (i % 20)])]));
    const tpl = (code: string, startsAt: string, endsAt: string) =>
      s.shiftTemplates.create(
        { departmentId: hk.id, code, name: code, startsAt, endsAt, breakMinutes: 60, requiredSkills: ['chemical-safety'] },
        system,
      );
    const templates = [await tpl('morning', '07:00', '15:00'), await tpl('evening', '15:00', '23:00')];
    const roster = await s.rosters.create(hk.id, MONTH, system);
    const shifts = people.flatMap((p, i) =>
      Array.from({ length: 31 }, (_, d) => d + 1)
        .filter((day) => (day + i) % 7 < 5 && !leaveDays.get(p.id)?.has(day))
        .map((day) => s.rosters.shiftFrom(roster, templates[i % 2], p.id, `${MONTH}-${String(day).padStart(2, '0')}`)),
    );
    await db.manager.save(shifts, { chunk: 500 });

    // --- roster validation ---------------------------------------------------------------------
    let violations = 0;
    const validate = await timed(5, async () => {
      violations = (await s.rosters.validate(roster.id, system)).length;
    });

    // --- labour demand: 12,000 stays over the horizon, then one booking event at a time ---------
    const stays = Array.from({ length: STAYS }, (_, i) => {
      const arrival = 1 + (i % 27);
      const nights = 1 + (i % 4);
      const day = (d: number) => `${MONTH}-${String(Math.min(d, 31)).padStart(2, '0')}`;
      return Object.assign(new ForecastStayEntity(), {
        reservationId: randomUUID(),
        propertyId,
        arrival: day(arrival),
        departure: day(arrival + nights),
        status: 'BOOKED',
        updatedAt: now,
      });
    });
    await db.manager.save(stays, { chunk: 500 });
    await db.transaction((em) => s.demand.recompute(em, propertyId, `${MONTH}-01`, `${MONTH}-28`));
    const event = await timed(20, () =>
      db.transaction((em) =>
        s.demand.recordStay(em, { reservationId: randomUUID(), propertyId, arrival: `${MONTH}-10`, departure: `${MONTH}-13` }, 'BOOKED'),
      ),
    );
    const view = await timed(5, () => s.demand.view(propertyId, `${MONTH}-01`, 28, system));
    const stored = await db.manager.countBy(ForecastStayEntity, { propertyId, status: 'BOOKED' });
    return {
      dialect,
      employees: EMPLOYEES,
      shifts: shifts.length,
      violations,
      'validate month p50 ms': Math.round(p50(validate)),
      stays: stored,
      'demand after 1 event p50 ms': Math.round(p50(event)),
      'demand view 28 d p50 ms': Math.round(p50(view)),
    };
  } finally {
    await app.stop().catch(() => undefined);
    if (admin && dbName) {
      await admin.dataSource.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.dataSource.destroy();
    }
  }
}

async function main(): Promise<void> {
  const rows = [await run('sqlite'), await run('postgres')];
  console.log(
    `roster bench: ${EMPLOYEES} employees × 31 days, ${STAYS} stays in a 28-day forecast (targets: validation < 1000 ms, demand < 200 ms)`,
  );
  console.table(rows);
  for (const r of rows) {
    console.log(
      `${r.dialect}: validation at ${(Number(r['validate month p50 ms']) / 1000).toFixed(2)} of the 1 s target; demand recompute at ${(Number(r['demand after 1 event p50 ms']) / 200).toFixed(2)} of the 200 ms target`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
