import { In, LessThanOrEqual, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { EmployeeEntity } from '../employee/employee.entity';
import { displayName } from '../employee/employee.rules';
import { LeaveRequestEntity } from '../leave/leave.entity';
import { datesBetween } from '../leave/leave.rules';
import { SkillEntity } from '../skill/skill.entity';
import { RosterShiftEntity } from './roster-shift.entity';
import type { PlannedShift, Qualification } from './roster.rules';

/*
 * What the roster rules need from the database, loaded in a few batched queries: the people with
 * their skills, their approved leave, and their shifts around a period.
 */

export const planned = (s: RosterShiftEntity): PlannedShift => ({
  id: s.id,
  employeeId: s.employeeId,
  date: s.date,
  startMin: s.startMin,
  endMin: s.endMin,
  breakMinutes: s.breakMinutes,
  positionId: s.positionId,
  requiredSkills: s.requiredSkills,
});

export async function qualifications(em: EntityManager, employeeIds: readonly string[]): Promise<Map<string, Qualification>> {
  const ids = [...new Set(employeeIds)];
  if (!ids.length) return new Map();
  // one after the other: inside a transaction they share one connection
  const people = await em.findBy(EmployeeEntity, { id: In(ids) });
  const skills = await em.findBy(SkillEntity, { employeeId: In(ids) });
  return new Map(
    people.map((p) => [
      p.id,
      {
        employeeId: p.id,
        name: displayName(p.firstName, p.lastName),
        active: p.status === 'ACTIVE',
        positionId: p.positionId,
        skills: skills.filter((s) => s.employeeId === p.id).map((s) => ({ code: s.code, expiresOn: s.expiresOn })),
      },
    ]),
  );
}

/** Approved leave days per person overlapping [from, to]. */
export async function approvedLeave(
  em: EntityManager,
  employeeIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, Set<string>>> {
  const ids = [...new Set(employeeIds)];
  const out = new Map<string, Set<string>>();
  if (!ids.length) return out;
  const rows = await em.findBy(LeaveRequestEntity, {
    employeeId: In(ids),
    status: 'APPROVED',
    fromDate: LessThanOrEqual(to),
    toDate: MoreThanOrEqual(from),
  });
  for (const r of rows) {
    const days = out.get(r.employeeId) ?? new Set<string>();
    for (const d of datesBetween(r.fromDate, r.toDate)) days.add(d);
    out.set(r.employeeId, days);
  }
  return out;
}

/** Shifts of these people starting between the local minutes given, in any roster but `exceptRoster`. */
export async function shiftsAround(
  em: EntityManager,
  employeeIds: readonly string[],
  fromMin: number,
  toMin: number,
  exceptRoster?: string,
) {
  const ids = [...new Set(employeeIds)];
  if (!ids.length) return [];
  const qb = em
    .createQueryBuilder(RosterShiftEntity, 's')
    .where('s.employeeId IN (:...ids)', { ids })
    .andWhere('s.startMin >= :fromMin AND s.startMin < :toMin', { fromMin, toMin });
  if (exceptRoster) qb.andWhere('s.rosterId <> :exceptRoster', { exceptRoster });
  return qb.getMany();
}
