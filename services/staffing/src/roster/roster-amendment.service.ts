import { In, type EntityManager } from 'typeorm';
import { RosterAmended } from '@hotelops/contracts';
import { DomainError, lockForChange, notFound, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { datesOfMonth, dayStart, formatLocal } from '../calendar/local-time.rules';
import type { StaffingPolicyService } from '../policy/staffing-policy.service';
import { amendmentProblem, amendmentViolations } from './roster-amendment.rules';
import { approvedLeave, planned, qualifications, shiftsAround } from './roster-context';
import { RosterShiftEntity } from './roster-shift.entity';
import { RosterEntity } from './roster.entity';
import { ROSTER, type RosterService } from './roster.service';
import { ShiftTemplateEntity } from './shift-template.entity';

const WEEK = 7 * 1440;

export interface RosterAmendment {
  rosterId: string;
  add: readonly { employeeId: string; templateId: string; date: string }[];
  removeShiftIds: readonly string[];
  reason: string;
}

const summary = (s: RosterShiftEntity) => ({
  shiftId: s.id,
  employeeId: s.employeeId,
  date: s.date,
  startsAt: formatLocal(s.startMin),
  endsAt: formatLocal(s.endMin),
});

/**
 * Amends a published roster and republishes it as the next version, in one transaction: the same
 * rules as a draft, every violation returned with its code, nothing applied when one is found.
 */
export class RosterAmendmentService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
    private readonly policies: StaffingPolicyService,
    private readonly rosters: RosterService,
  ) {}

  amend(input: RosterAmendment, caller: Caller, meta: EventMeta): Promise<RosterEntity> {
    return this.deps.db.transaction(async (em) => {
      const roster = await lockForChange(em, this.deps.db, ROSTER, input.rosterId, caller);
      await this.access.assertLeads(em, caller, roster.departmentId, roster.propertyId);
      if (roster.status !== 'PUBLISHED') {
        throw new DomainError('ROSTER.NOT_PUBLISHED', `The ${roster.month} roster is a draft: change its shifts directly, then publish`, {
          status: roster.status,
        });
      }
      const current = await em.findBy(RosterShiftEntity, { rosterId: roster.id });
      const problem = amendmentProblem({
        month: roster.month,
        current,
        removeShiftIds: input.removeShiftIds,
        addDates: input.add.map((a) => a.date),
      });
      if (problem) throw new DomainError(problem.code, problem.message, { field: problem.field });
      const added = await this.newShifts(em, roster, input.add);
      const removed = current.filter((s) => input.removeShiftIds.includes(s.id));
      const touched = [...new Set([...added, ...removed].map((s) => s.employeeId))];
      const days = datesOfMonth(roster.month);
      const { violations } = amendmentViolations({
        current: current.map(planned),
        removeShiftIds: input.removeShiftIds,
        add: added.map(planned),
        context: (await shiftsAround(em, touched, dayStart(days[0]) - WEEK, dayStart(days.at(-1)!) + 1440 + WEEK, roster.id)).map(planned),
        people: await qualifications(em, touched),
        leave: await approvedLeave(em, touched, days[0], days.at(-1)!),
        policy: await this.policies.of(em, roster.propertyId),
      });
      if (violations.length) {
        throw new DomainError(
          'ROSTER.HAS_VIOLATIONS',
          `The amendment has ${violations.length} violation(s): ${violations.map((v) => `${v.code} ${v.message}`).join('; ')}`,
          { violations },
        );
      }
      if (removed.length) await em.delete(RosterShiftEntity, { id: In(removed.map((s) => s.id)) });
      if (added.length) await em.insert(RosterShiftEntity, added);
      const now = this.deps.clock.now();
      roster.version += 1;
      roster.publishedAt = now;
      roster.publishedBy = caller.employeeId ?? null;
      roster.updatedAt = now;
      await em.save(roster);
      await this.deps.outbox.add(
        em,
        RosterAmended,
        {
          rosterId: roster.id,
          propertyId: roster.propertyId,
          departmentId: roster.departmentId,
          month: roster.month,
          version: roster.version,
          added: added.map(summary),
          removed: removed.map(summary),
          reason: input.reason,
          amendedBy: roster.publishedBy,
          amendedAt: now.toISOString(),
        },
        { subject: roster.id, propertyId: roster.propertyId },
        meta,
      );
      return roster;
    });
  }

  /** The shifts to add, from the department's templates, for people of the department. */
  private async newShifts(em: EntityManager, roster: RosterEntity, add: RosterAmendment['add']): Promise<RosterShiftEntity[]> {
    if (!add.length) return [];
    const templates = new Map(
      (await em.findBy(ShiftTemplateEntity, { id: In([...new Set(add.map((a) => a.templateId))]) })).map((t) => [t.id, t]),
    );
    const out: RosterShiftEntity[] = [];
    for (const a of add) {
      const template = templates.get(a.templateId);
      if (!template || template.departmentId !== roster.departmentId)
        throw notFound('SHIFT_TEMPLATE.NOT_FOUND', 'Shift template', a.templateId);
      await this.rosters.assertInDepartment(em, a.employeeId, roster);
      out.push(this.rosters.shiftFrom(roster, template, a.employeeId, a.date));
    }
    return out;
  }
}
