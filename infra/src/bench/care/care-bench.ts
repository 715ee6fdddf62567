import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  CaseEntity,
  CompensationEntity,
  SlaPolicyEntity,
  careSubgraph,
  levelDue,
  refreshSla,
  slaStateOf,
  startClocks,
  type SlaTargets,
} from '@hotelops/care';
import { Caller, SYSTEM, type Clock } from '@hotelops/kernel';
import { median, runBench, timed, withBenchDatabase } from '../bench-kit';

/*
 * Care at scale on PostgreSQL: seeds 100,000 cases (a year of one busy property: 95,000 worked
 * and closed, 5,000 open from the last two days) with SLA clocks, guests who complain more than
 * once and approved compensation; then times the SLA escalation sweep and the analytics queries.
 *
 *   node infra/dist/bench/care/care-bench.js
 *
 * BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) is used to create and
 * drop a throwaway database; BENCH_CASES overrides the case count.
 */

const TOTAL = Number(process.env.BENCH_CASES ?? 100_000);
const OPEN = Math.round(TOTAL * 0.05);
const MIN = 60_000;
const DAY = 86_400_000;

const CATEGORIES = [
  'noise',
  'cleanliness',
  'billing',
  'room-service-delay',
  'air-conditioning',
  'wifi',
  'check-in',
  'breakfast',
  'parking',
  'amenities',
  'maintenance',
  'staff-attitude',
];
const CHANNELS = ['PHONE', 'PHONE', 'PHONE', 'EMAIL', 'CHAT', 'SOCIAL', 'IN_PERSON', 'IN_PERSON', 'REVIEW_SITE', 'REGULATOR'] as const;
const KINDS = [
  'COMPLAINT',
  'COMPLAINT',
  'COMPLAINT',
  'COMPLAINT',
  'COMPLAINT',
  'INQUIRY',
  'INQUIRY',
  'REQUEST',
  'REQUEST',
  'FEEDBACK',
] as const;
const SEVERITIES = ['LOW', 'LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'CRITICAL'] as const;
const ROOT_CAUSES = ['maintenance', 'staffing', 'process', 'training', 'supplier', 'guest-behaviour', 'system', 'other'];
const OPEN_STATUSES = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'WAITING_ON_GUEST'] as const;
const TARGETS: Record<(typeof SEVERITIES)[number], SlaTargets> = {
  CRITICAL: { firstResponseMinutes: 15, resolutionMinutes: 120, warnBeforeMinutes: 5, escalateAfterMinutes: 60 },
  HIGH: { firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 10, escalateAfterMinutes: 120 },
  MEDIUM: { firstResponseMinutes: 60, resolutionMinutes: 1440, warnBeforeMinutes: 30, escalateAfterMinutes: 240 },
  LOW: { firstResponseMinutes: 240, resolutionMinutes: 2880, warnBeforeMinutes: 60, escalateAfterMinutes: 480 },
};

/** Deterministic pseudo-random numbers (mulberry32), so every run seeds the same data. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    between: (lo: number, hi: number) => lo + next() * (hi - lo),
  };
}

async function main(): Promise<void> {
  const now = new Date(Math.floor(Date.now() / MIN) * MIN);
  let clockNow = now;
  const clock: Clock = { now: () => clockNow };
  await withBenchDatabase(
    'care',
    careSubgraph,
    async (app) => {
      const { db } = app.deps;
      const propertyId = randomUUID();
      const rnd = random(42);

      // --- seed ---------------------------------------------------------------------------------
      const seeded = await timed(async () => {
        const policies = Object.entries(TARGETS).map(([severity, t]) =>
          Object.assign(new SlaPolicyEntity(), {
            id: randomUUID(),
            propertyId,
            category: '*',
            severity,
            ...t,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await db.manager.insert(SlaPolicyEntity, policies);
        const policyOf = new Map(policies.map((p) => [p.severity, p]));
        const departments = Array.from({ length: 6 }, () => randomUUID());
        // 40,000 guests; one case in five comes from 1,500 regulars, so some complain again and again.
        const guests = Array.from({ length: 40_000 }, (_, i) => `Guest ${i}`);
        let batch: CaseEntity[] = [];
        let compensations: CompensationEntity[] = [];
        for (let i = 0; i < TOTAL; i++) {
          const isOpen = i >= TOTAL - OPEN;
          const severity = rnd.pick(SEVERITIES);
          const kind = rnd.pick(KINDS);
          const openedAt = new Date(now.getTime() - (isOpen ? rnd.between(0, 2 * DAY) : rnd.between(2 * DAY, 365 * DAY)));
          const firstResponseAt = isOpen && rnd.next() < 0.4 ? null : new Date(openedAt.getTime() + rnd.between(5, 180) * MIN);
          const resolvedAt = isOpen ? null : new Date(openedAt.getTime() + rnd.between(30, 3 * 24 * 60) * MIN);
          const status = isOpen ? rnd.pick(OPEN_STATUSES) : rnd.next() < 0.8 ? 'CLOSED' : 'RESOLVED';
          const guestName = rnd.next() < 0.2 ? guests[Math.floor(rnd.next() * 1500)] : rnd.pick(guests);
          const c = Object.assign(new CaseEntity(), {
            id: randomUUID(),
            propertyId,
            number: `C-${String(i + 1).padStart(6, '0')}`,
            kind,
            channel: rnd.pick(CHANNELS),
            category: rnd.pick(CATEGORIES),
            severity,
            subject: `${kind.toLowerCase()} ${i}`,
            description: '',
            status,
            reservationId: randomUUID(),
            teamId: null,
            assigneeId: status === 'NEW' ? null : randomUUID(),
            guestName,
            resolution: resolvedAt ? 'handled' : null,
            version: 1,
            reopenCount: 0,
            sourceEventId: null,
            openedAt,
            firstResponseAt,
            resolvedAt,
            closedAt: status === 'CLOSED' ? new Date(resolvedAt!.getTime() + DAY) : null,
            createdAt: openedAt,
            updatedAt: openedAt,
            roomId: null,
            outletId: null,
            departmentId: rnd.next() < 0.1 ? null : rnd.pick(departments),
            employeeConcernedId: null,
            rootCause: resolvedAt ? rnd.pick(ROOT_CAUSES) : null,
            followUpOf: null,
          } as Partial<CaseEntity>);
          const policy = policyOf.get(severity)!;
          Object.assign(c, startClocks(openedAt, policy), {
            slaPolicyId: policy.id,
            slaWarnMinutes: policy.warnBeforeMinutes,
            slaEscalateMinutes: policy.escalateAfterMinutes,
            slaPausedAt: status === 'WAITING_ON_GUEST' ? new Date(now.getTime() - rnd.between(1, 120) * MIN) : null,
            escalationLevel: 0,
          });
          // Open cases are as the sweep left them a minute ago.
          refreshSla(c);
          c.escalationLevel = levelDue(slaStateOf(c), new Date(now.getTime() - MIN))?.level ?? 0;
          refreshSla(c);
          batch.push(c);
          if (kind === 'COMPLAINT' && resolvedAt && rnd.next() < 0.05)
            compensations.push(
              Object.assign(new CompensationEntity(), {
                id: randomUUID(),
                propertyId,
                caseId: c.id,
                reservationId: c.reservationId!,
                amountMinor: Math.round(rnd.between(50, 800)) * 100,
                currency: 'CNY',
                reason: 'goodwill',
                status: 'APPROVED',
                requiredTier: 'SUPERVISOR',
                proposedBy: c.assigneeId,
                proposedAt: resolvedAt,
                decidedBy: randomUUID(),
                decidedAt: resolvedAt,
                decisionNote: null,
                createdAt: resolvedAt,
              }),
            );
          if (batch.length === 1000 || i === TOTAL - 1) {
            await db.manager.createQueryBuilder().insert().into(CaseEntity).values(batch).execute();
            if (compensations.length)
              await db.manager.createQueryBuilder().insert().into(CompensationEntity).values(compensations).execute();
            batch = [];
            compensations = [];
          }
        }
        await db.dataSource.query('ANALYZE');
      });
      const counts = await db.manager.query(
        `SELECT (SELECT COUNT(*) FROM cases) AS cases,
              (SELECT COUNT(*) FROM cases WHERE next_escalation_at IS NOT NULL) AS watched,
              (SELECT COUNT(*) FROM compensations) AS compensations`,
      );
      console.log(
        `seeded ${counts[0].cases} cases (${OPEN} open, ${counts[0].watched} with an escalation pending) and ${counts[0].compensations} compensations in ${(seeded.ms / 1000).toFixed(1)} s`,
      );

      // --- SLA escalation sweep -----------------------------------------------------------------
      const sweeper = app.services.slaEscalation;
      clockNow = now;
      const steady = await timed(() => sweeper.sweep());
      // What a sweep without the precomputed next_escalation_at would do at least: read every open case with an SLA and check it.
      const naive = await timed(async () => {
        const open = await db.manager
          .createQueryBuilder(CaseEntity, 'c')
          .where("c.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_GUEST') AND c.slaPolicyId IS NOT NULL")
          .getMany();
        return open.filter((c) => (levelDue(slaStateOf(c), now)?.level ?? 0) > c.escalationLevel).length;
      });
      const idle = await timed(() => sweeper.sweep());
      clockNow = new Date(now.getTime() + 5 * MIN);
      const fiveMinutes = await timed(() => sweeper.sweep());
      // A sweep outage: every open case back at the agent, so one sweep has the whole backlog to escalate.
      await db.manager.query(
        `UPDATE cases SET escalation_level = 0 WHERE status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_GUEST')`,
      );
      const open = await db.manager
        .createQueryBuilder(CaseEntity, 'c')
        .where("c.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_GUEST')")
        .getMany();
      await db.transaction(async (em) => {
        for (const c of open) {
          refreshSla(c);
          await em.update(CaseEntity, { id: c.id }, { nextEscalationAt: c.nextEscalationAt, slaDueAt: c.slaDueAt });
        }
      });
      const backlog = await timed(() => sweeper.sweep());

      const line = (label: string, r: { ms: number; result: { casesEscalated: number; escalations: number } }) =>
        console.log(
          `${label.padEnd(52)} ${r.ms.toFixed(1).padStart(9)} ms   ${String(r.result.casesEscalated).padStart(5)} cases, ${String(r.result.escalations).padStart(5)} escalations`,
        );
      console.log(`\nSLA escalation sweep over ${TOTAL.toLocaleString('en-US')} cases`);
      line('steady state (sweep a minute after the last)', steady);
      line('nothing due (immediately again)', idle);
      line('five minutes later', fiveMinutes);
      line('backlog after an outage (every open case at level 0)', backlog);

      // --- analytics ----------------------------------------------------------------------------
      const { analytics, slaWatch } = app.services;
      const caller = new Caller(SYSTEM);
      const year = { from: new Date(now.getTime() - 366 * DAY), to: new Date(now.getTime() + DAY) };
      const month = { from: new Date(now.getTime() - 30 * DAY), to: new Date(now.getTime() + DAY) };
      const queries: [string, () => Promise<unknown>][] = [
        ['caseVolume by CATEGORY, one year', () => analytics.caseVolume(propertyId, 'CATEGORY', year, caller)],
        ['caseVolume by DEPARTMENT, one year', () => analytics.caseVolume(propertyId, 'DEPARTMENT', year, caller)],
        ['caseVolume by CHANNEL, one year', () => analytics.caseVolume(propertyId, 'CHANNEL', year, caller)],
        ['caseVolume by ROOT_CAUSE, one year', () => analytics.caseVolume(propertyId, 'ROOT_CAUSE', year, caller)],
        ['caseVolume by CATEGORY, last 30 days', () => analytics.caseVolume(propertyId, 'CATEGORY', month, caller)],
        ['slaAttainment total, one year', () => analytics.slaAttainment(propertyId, null, year, caller)],
        ['slaAttainment by SEVERITY, one year', () => analytics.slaAttainment(propertyId, 'SEVERITY', year, caller)],
        ['repeatComplainers (≥ 3), one year', () => analytics.repeatComplainers(propertyId, 3, year, caller)],
        ['compensationCost by MONTH, one year', () => analytics.compensationCost(propertyId, 'MONTH', year, caller)],
        ['compensationCost by CATEGORY, one year', () => analytics.compensationCost(propertyId, 'CATEGORY', year, caller)],
        ['slaWatchlist (due within 60 min), first page', () => slaWatch.watchlist(propertyId, 60, caller, { first: 100 })],
      ];
      console.log('\nAnalytics (median of 5 runs)');
      for (const [label, fn] of queries) console.log(`${label.padEnd(52)} ${(await median(5, fn)).toFixed(1).padStart(9)} ms`);
      const repeat = await analytics.repeatComplainers(propertyId, 3, year, caller);
      console.log(`\n${repeat.length} repeat complainers with ≥ 3 complaints in the year`);
      console.log(
        `ratios: steady-state sweep ${steady.ms.toFixed(1)} ms vs reading and checking every open case ${naive.ms.toFixed(1)} ms (${naive.result} due) = ` +
          `${(naive.ms / steady.ms).toFixed(1)}x cheaper; backlog ${(backlog.ms / backlog.result.escalations).toFixed(2)} ms per escalation`,
      );
    },
    { clock, logLevel: 'warn' },
  );
}

runBench(main);
