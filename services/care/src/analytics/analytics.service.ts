import type { Caller, ServiceDeps } from '@hotelops/kernel';
import { namedQuery } from '../db/named-query';
import { CASE_DIMENSION_COLUMNS, attainment, type CaseDimension, type CompensationGrouping } from './analytics.rules';

export interface Period {
  from: Date;
  to: Date;
}

export interface CaseVolume {
  key: string | null;
  cases: number;
  complaints: number;
  resolved: number;
}

export interface SlaAttainment {
  key: string | null;
  firstResponseMet: number;
  firstResponseMissed: number;
  firstResponseRate: number | null;
  resolutionMet: number;
  resolutionMissed: number;
  resolutionRate: number | null;
}

export interface RepeatComplainer {
  guestId: string | null;
  guestName: string | null;
  complaints: number;
  stays: number;
  firstAt: Date;
  lastAt: Date;
}

export interface CompensationCost {
  key: string;
  currency: string;
  count: number;
  totalMinor: number;
}

const n = (v: string | number | null) => Number(v ?? 0);
/** Group keys are COALESCEd to '' so NULL sorts the same on both engines; '' means "not specified". */
const keyOf = (v: string) => (v === '' ? null : v);

/**
 * The numbers a care manager runs the department on, each one SQL aggregate over the cases of a
 * property opened (or compensations decided) in a half-open UTC period. Surveys are not cases of
 * their own for these counts.
 */
export class AnalyticsService {
  constructor(private readonly deps: ServiceDeps) {}

  async caseVolume(propertyId: string, by: CaseDimension, period: Period, caller: Caller): Promise<CaseVolume[]> {
    caller.assertProperty(propertyId);
    const col = CASE_DIMENSION_COLUMNS[by];
    const rows = await namedQuery<{ key: string; cases: string; complaints: string; resolved: string }>(
      this.deps.db.manager,
      `SELECT COALESCE(${col}, '') AS key, COUNT(*) AS cases,
              SUM(CASE WHEN kind = 'COMPLAINT' THEN 1 ELSE 0 END) AS complaints,
              SUM(CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN 1 ELSE 0 END) AS resolved
       FROM cases
       WHERE property_id = :propertyId AND kind <> 'SURVEY' AND opened_at >= :from AND opened_at < :to
       GROUP BY COALESCE(${col}, '')
       ORDER BY COUNT(*) DESC, COALESCE(${col}, '') ASC`,
      this.params(propertyId, period),
    );
    return rows.map((r) => ({ key: keyOf(r.key), cases: n(r.cases), complaints: n(r.complaints), resolved: n(r.resolved) }));
  }

  /**
   * Met and missed SLA targets of cases opened in the period. A target is missed when met late,
   * or still unmet after it fell due (as of now); cases waiting on the guest are not counted as
   * missing an unmet target, since their clocks are stopped.
   */
  async slaAttainment(propertyId: string, by: CaseDimension | null, period: Period, caller: Caller): Promise<SlaAttainment[]> {
    caller.assertProperty(propertyId);
    // Without a dimension: one total row (PostgreSQL refuses GROUP BY a constant).
    const key = by ? `COALESCE(${CASE_DIMENSION_COLUMNS[by]}, '')` : `''`;
    const rows = await namedQuery<{ key: string; fr_met: string; fr_missed: string; res_met: string; res_missed: string }>(
      this.deps.db.manager,
      `SELECT ${key} AS key,
         SUM(CASE WHEN first_response_at IS NOT NULL AND first_response_at <= first_response_due_at THEN 1 ELSE 0 END) AS fr_met,
         SUM(CASE WHEN first_response_at > first_response_due_at
                    OR (first_response_at IS NULL AND sla_paused_at IS NULL AND first_response_due_at < :now) THEN 1 ELSE 0 END) AS fr_missed,
         SUM(CASE WHEN resolved_at IS NOT NULL AND resolved_at <= resolution_due_at THEN 1 ELSE 0 END) AS res_met,
         SUM(CASE WHEN resolved_at > resolution_due_at
                    OR (resolved_at IS NULL AND sla_paused_at IS NULL AND status NOT IN ('RESOLVED', 'CLOSED') AND resolution_due_at < :now)
                  THEN 1 ELSE 0 END) AS res_missed
       FROM cases
       WHERE property_id = :propertyId AND sla_policy_id IS NOT NULL AND opened_at >= :from AND opened_at < :to
       ${by ? `GROUP BY ${key} ORDER BY ${key} ASC` : ''}`,
      { ...this.params(propertyId, period), now: this.deps.clock.now().toISOString() },
    );
    return rows.map((r) => ({
      key: by ? keyOf(r.key) : null,
      firstResponseMet: n(r.fr_met),
      firstResponseMissed: n(r.fr_missed),
      firstResponseRate: attainment(n(r.fr_met), n(r.fr_missed)),
      resolutionMet: n(r.res_met),
      resolutionMissed: n(r.res_missed),
      resolutionRate: attainment(n(r.res_met), n(r.res_missed)),
    }));
  }

  /**
   * Guests with at least `minComplaints` complaints opened in the period: matched by their guest
   * profile (from the stay), and by name (case-insensitive) only for complaints without a stay.
   */
  async repeatComplainers(propertyId: string, minComplaints: number, period: Period, caller: Caller): Promise<RepeatComplainer[]> {
    caller.assertProperty(propertyId);
    const guest = `COALESCE(guest_id, 'name:' || LOWER(TRIM(guest_name)))`;
    const rows = await namedQuery<{
      guest_id: string | null;
      guest_name: string | null;
      complaints: string;
      stays: string;
      first_at: string;
      last_at: string;
    }>(
      this.deps.db.manager,
      `SELECT MIN(guest_id) AS guest_id, MIN(guest_name) AS guest_name, COUNT(*) AS complaints, COUNT(DISTINCT reservation_id) AS stays,
              MIN(opened_at) AS first_at, MAX(opened_at) AS last_at
       FROM cases
       WHERE property_id = :propertyId AND kind = 'COMPLAINT' AND (guest_id IS NOT NULL OR guest_name IS NOT NULL)
         AND opened_at >= :from AND opened_at < :to
       GROUP BY ${guest}
       HAVING COUNT(*) >= :minComplaints
       ORDER BY COUNT(*) DESC, ${guest} ASC`,
      { ...this.params(propertyId, period), minComplaints },
    );
    return rows.map((r) => ({
      guestId: r.guest_id,
      guestName: r.guest_name,
      complaints: n(r.complaints),
      stays: n(r.stays),
      firstAt: new Date(r.first_at),
      lastAt: new Date(r.last_at),
    }));
  }

  /** Approved compensation decided in the period, per UTC month or per case category, per currency. */
  async compensationCost(propertyId: string, by: CompensationGrouping, period: Period, caller: Caller): Promise<CompensationCost[]> {
    caller.assertProperty(propertyId);
    const key = by === 'MONTH' ? 'substr(x.decided_at, 1, 7)' : 'c.category';
    const rows = await namedQuery<{ key: string; currency: string; count: string; total: string }>(
      this.deps.db.manager,
      `SELECT ${key} AS key, x.currency AS currency, COUNT(*) AS count, SUM(x.amount_minor) AS total
       FROM compensations x JOIN cases c ON c.id = x.case_id
       WHERE x.property_id = :propertyId AND x.status = 'APPROVED' AND x.decided_at >= :from AND x.decided_at < :to
       GROUP BY ${key}, x.currency
       ORDER BY ${key} ASC, x.currency ASC`,
      this.params(propertyId, period),
    );
    return rows.map((r) => ({ key: r.key, currency: r.currency, count: n(r.count), totalMinor: n(r.total) }));
  }

  private params(propertyId: string, period: Period) {
    return { propertyId, from: period.from.toISOString(), to: period.to.toISOString() };
  }
}
