import { randomUUID } from 'node:crypto';
import { Between, LessThanOrEqual, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { DomainError, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffingPolicyService } from '../policy/staffing-policy.service';
import { DepartmentEntity } from '../department/department.entity';
import { addDays, dateOf, localMinutesAt } from '../calendar/local-time.rules';
import { RosterShiftEntity } from '../roster/roster-shift.entity';
import { RosterEntity } from '../roster/roster.entity';
import { ForecastStayEntity, LabourDemandEntity, LabourStandardEntity } from './demand.entity';
import { DEFAULT_STANDARDS, countDays, coversForecast, requiredMinutes, shortfall, type LabourStandard } from './demand.rules';

/** How far ahead demand is planned. */
export const HORIZON_DAYS = 28;

export interface DemandDay {
  departmentCode: string;
  departmentId: string | null;
  date: string;
  arrivals: number;
  departures: number;
  stayovers: number;
  covers: number;
  requiredMinutes: number;
  scheduledMinutes: number;
  shortMinutes: number;
}

/**
 * Labour demand per department and day from staffing's view of the bookings, recomputed for the
 * dates a booking touches whenever reservations announces a change, and compared with the
 * published roster's scheduled minutes when read.
 */
export class DemandService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly policies: StaffingPolicyService,
  ) {}

  /** Applies a stay event (in the inbox's transaction) and recomputes the dates it moved. */
  async recordStay(
    em: EntityManager,
    stay: { reservationId: string; propertyId: string; arrival: string; departure: string },
    status: 'BOOKED' | 'CANCELLED' | 'NO_SHOW',
  ): Promise<void> {
    const before = await em.findOneBy(ForecastStayEntity, { reservationId: stay.reservationId });
    const { reservationId, propertyId, arrival, departure } = stay;
    await em.save(
      em.create(ForecastStayEntity, { reservationId, propertyId, arrival, departure, status, updatedAt: this.deps.clock.now() }),
    );
    const from = [stay.arrival, before?.arrival].filter(Boolean).sort()[0]!;
    const to = [stay.departure, before?.departure].filter(Boolean).sort().at(-1)!;
    await this.recompute(em, stay.propertyId, from, to);
  }

  /** Recomputes the stored demand of [from, to] clipped to the horizon from today. */
  async recompute(em: EntityManager, propertyId: string, from: string, to: string): Promise<number> {
    const today = await this.today(em, propertyId);
    const last = addDays(today, HORIZON_DAYS - 1);
    const start = from < today ? today : from;
    const end = to > last ? last : to;
    if (start > end) return 0;
    const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
    const stays = await em.find(ForecastStayEntity, {
      select: { reservationId: true, arrival: true, departure: true },
      where: { propertyId, status: 'BOOKED', arrival: LessThanOrEqual(end), departure: MoreThanOrEqual(start) },
    });
    const counts = countDays(stays, start, days);
    const standards = await this.standards(propertyId, em);
    await em.delete(LabourDemandEntity, { propertyId, date: Between(start, end) });
    const now = this.deps.clock.now();
    const rows = counts.flatMap((c) =>
      standards.map((s) =>
        em.create(LabourDemandEntity, {
          id: randomUUID(),
          propertyId,
          departmentCode: s.departmentCode,
          ...c,
          covers: coversForecast(c, s),
          requiredMinutes: requiredMinutes(c, s),
          computedAt: now,
        }),
      ),
    );
    await em.save(rows, { chunk: 200 });
    return rows.length;
  }

  async standards(propertyId: string, em: EntityManager = this.deps.db.manager): Promise<LabourStandard[]> {
    const own = await em.findBy(LabourStandardEntity, { propertyId });
    const byCode = new Map<string, LabourStandard>(DEFAULT_STANDARDS.map((s) => [s.departmentCode, s]));
    for (const s of own) byCode.set(s.departmentCode, s);
    return [...byCode.values()].sort((a, b) => a.departmentCode.localeCompare(b.departmentCode));
  }

  /** Sets a department's minutes per arrival, departure, stay-over and forecast cover; the horizon is recomputed. */
  async setStandard(propertyId: string, s: LabourStandard, caller: Caller): Promise<LabourStandard> {
    caller.assertProperty(propertyId);
    return this.deps.db.transaction(async (em) => {
      if (!(await em.existsBy(DepartmentEntity, { propertyId, code: s.departmentCode }))) {
        throw new DomainError('DEPARTMENT.NOT_FOUND', `No department ${s.departmentCode} in this property`, { field: 'departmentCode' });
      }
      const row =
        (await em.findOne(LabourStandardEntity, { where: { propertyId, departmentCode: s.departmentCode }, ...this.deps.db.forUpdate })) ??
        em.create(LabourStandardEntity, { id: randomUUID(), propertyId, departmentCode: s.departmentCode });
      Object.assign(row, s, { updatedAt: this.deps.clock.now() });
      await em.save(row);
      const today = await this.today(em, propertyId);
      await this.recompute(em, propertyId, today, addDays(today, HORIZON_DAYS - 1));
      return s;
    });
  }

  /** Demand per department and day against the published roster; `days` from `from` (at most the horizon). */
  async view(propertyId: string, from: string | undefined, days: number, caller: Caller): Promise<DemandDay[]> {
    caller.assertProperty(propertyId);
    const em = this.deps.db.manager;
    const start = from ?? (await this.today(em, propertyId));
    const end = addDays(start, days - 1);
    const standards = await this.standards(propertyId, em);
    const stored = await em.findBy(LabourDemandEntity, { propertyId, date: Between(start, end) });
    const key = (code: string, date: string) => `${code}|${date}`;
    const demand = new Map(stored.map((d) => [key(d.departmentCode, d.date), d]));
    const departments = new Map((await em.findBy(DepartmentEntity, { propertyId })).map((d) => [d.code, d.id]));
    const scheduled = await em
      .createQueryBuilder(RosterShiftEntity, 's')
      .innerJoin(RosterEntity, 'r', 'r.id = s.rosterId')
      .select('s.departmentId', 'departmentId')
      .addSelect('s.date', 'date')
      .addSelect('SUM(s.endMin - s.startMin - s.breakMinutes)', 'minutes')
      .where('s.propertyId = :propertyId AND r.status = :published', { propertyId, published: 'PUBLISHED' })
      .andWhere('s.date >= :start AND s.date <= :end', { start, end })
      .groupBy('s.departmentId')
      .addGroupBy('s.date')
      .getRawMany<{ departmentId: string; date: string | Date; minutes: string | number }>();
    const minutes = new Map(
      scheduled.map((r) => [
        key(r.departmentId, typeof r.date === 'string' ? r.date.slice(0, 10) : dateOf(r.date.getTime() / 60_000)),
        Number(r.minutes),
      ]),
    );
    const out: DemandDay[] = [];
    for (let i = 0; i < days; i++) {
      const date = addDays(start, i);
      for (const s of standards) {
        const d = demand.get(key(s.departmentCode, date));
        const counts = d ?? {
          arrivals: 0,
          departures: 0,
          stayovers: 0,
          covers: 0,
          requiredMinutes: requiredMinutes({ date, arrivals: 0, departures: 0, stayovers: 0 }, s),
        };
        const departmentId = departments.get(s.departmentCode) ?? null;
        const have = departmentId ? (minutes.get(key(departmentId, date)) ?? 0) : 0;
        out.push({
          departmentCode: s.departmentCode,
          departmentId,
          date,
          arrivals: counts.arrivals,
          departures: counts.departures,
          stayovers: counts.stayovers,
          covers: counts.covers,
          requiredMinutes: counts.requiredMinutes,
          scheduledMinutes: have,
          shortMinutes: shortfall(counts.requiredMinutes, have),
        });
      }
    }
    return out;
  }

  private async today(em: EntityManager, propertyId: string): Promise<string> {
    const policy = await this.policies.of(em, propertyId);
    return dateOf(localMinutesAt(this.deps.clock.now(), policy.timeZone));
  }
}
