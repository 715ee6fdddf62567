import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { Caller, SYSTEM, type ServiceDeps } from '@hotelops/kernel';
import { AttendanceRecordEntity } from '../attendance/attendance.entity';
import type { StaffingServices } from '../composition';
import { DepartmentEntity } from '../department/department.entity';
import { EmployeeEntity } from '../employee/employee.entity';
import { PositionEntity } from '../position/position.entity';
import { addDays, dateOf, datesOfMonth, localMinutesAt } from '../calendar/local-time.rules';
import { RosterShiftEntity } from '../roster/roster-shift.entity';
import type { ShiftTemplateEntity } from '../roster/shift-template.entity';

const DEPARTMENTS = ['front-office', 'housekeeping'];

/**
 * The demo hotel's rosters: shift templates for the front office and housekeeping, this month's
 * roster published for both (staff keep one shift type, five days in seven; the two duty managers
 * alternate days; housekeeping thin on one day, below demand), leave types with one approved and
 * one pending request, and yesterday's attendance with one late arrival.
 */
export async function seedRosters(deps: ServiceDeps, s: StaffingServices, propertyId: string): Promise<void> {
  const system = new Caller(SYSTEM);
  const em = deps.db.manager;
  const policy = await s.policies.of(em, propertyId);
  const now = deps.clock.now();
  const nowLocal = localMinutesAt(now, policy.timeZone);
  const offset = nowLocal - Math.floor(now.getTime() / 60_000); // local minus UTC, in minutes
  const today = dateOf(nowLocal);
  const month = today.slice(0, 7);

  await s.leave.createType({ propertyId, code: 'ANNUAL', name: 'Annual leave (年假)', annualDays: 10, paid: true }, system);
  await s.leave.createType({ propertyId, code: 'SICK', name: 'Sick leave (病假)', annualDays: 12, paid: true }, system);
  // unpaid personal leave has no allowance, so the demo's requests fit whoever was hired last
  const personal = await s.leave.createType({ propertyId, code: 'PERSONAL', name: 'Personal leave (事假)', paid: false }, system);

  const departments = await em.findBy(DepartmentEntity, { propertyId, code: In(DEPARTMENTS) });
  const positions = await em.findBy(PositionEntity, { departmentId: In(departments.map((d) => d.id)) });
  const staff = await em.find(EmployeeEntity, {
    where: { positionId: In(positions.map((p) => p.id)), status: 'ACTIVE' },
    order: { employeeNumber: 'ASC' },
  });
  const positionOf = new Map(positions.map((p) => [p.id, p]));

  // one approved leave late this month (kept off the roster) and one waiting for the supervisor
  const agents = staff.filter((e) => positionOf.get(e.positionId)!.code === 'front-desk-agent');
  const leaveFrom = addDays(today, 3).startsWith(month) ? addDays(today, 3) : `${month}-01`;
  const approved = await s.leave.request(
    { employeeId: agents[0].id, leaveTypeId: personal.id, fromDate: leaveFrom, toDate: leaveFrom, reason: 'family visit' },
    system,
  );
  await s.leave.decide(approved.id, true, 'enjoy', system);
  const pendingDay = addDays(today, 10).startsWith(month) ? addDays(today, 10) : leaveFrom;
  if (pendingDay !== leaveFrom) {
    await s.leave.request(
      { employeeId: agents[1].id, leaveTypeId: personal.id, fromDate: pendingDay, toDate: pendingDay, reason: 'wedding' },
      system,
    );
  }

  const thinDay = addDays(today, 2).startsWith(month) ? addDays(today, 2) : today;
  for (const department of departments) {
    const dutyPosition = positions.find((p) => p.departmentId === department.id && p.code === 'duty-manager');
    const tpl = async (code: string, name: string, startsAt: string, endsAt: string, extra: Partial<ShiftTemplateEntity> = {}) =>
      s.shiftTemplates.create(
        {
          departmentId: department.id,
          code,
          name,
          startsAt,
          endsAt,
          breakMinutes: 60,
          positionId: extra.positionId ?? undefined,
          duty: extra.duty ?? false,
          requiredSkills: [],
        },
        system,
      );
    const morning = await tpl('morning', 'Morning (早班)', '07:00', '15:00');
    const evening = await tpl('evening', 'Evening (中班)', '15:00', '23:00');
    const duty = dutyPosition
      ? await tpl('duty', 'Duty manager (值班经理)', '08:00', '20:00', { positionId: dutyPosition.id, duty: true })
      : null;
    const roster = await s.rosters.create(department.id, month, system);
    const people = staff.filter((e) => positionOf.get(e.positionId)!.departmentId === department.id);
    const leaveDays = new Map([[agents[0].id, leaveFrom]]);
    const shifts: RosterShiftEntity[] = [];
    let rotating = 0;
    for (const e of people) {
      const isDuty = duty && e.positionId === dutyPosition!.id;
      const k = rotating++;
      datesOfMonth(month).forEach((date, day) => {
        if (leaveDays.get(e.id) === date) return;
        if (isDuty) {
          if (day % 2 === k % 2) shifts.push(s.rosters.shiftFrom(roster, duty, e.id, date));
        } else if (department.code === 'housekeeping' && date === thinDay && k > 0) {
          // one thin day: housekeeping below the forecast's demand, for the labour-demand view to flag
        } else if ((day + k) % 7 < 5) {
          shifts.push(s.rosters.shiftFrom(roster, k % 2 ? evening : morning, e.id, date));
        }
      });
    }
    await em.save(shifts, { chunk: 200 });
    await s.rosters.publish(roster.id, system, {});

    // yesterday (today on the 1st) against the clock: everyone on time, one agent 12 minutes late
    if (department.code !== 'front-office') continue;
    const yesterday = addDays(today, -1);
    const day = yesterday.startsWith(month) ? yesterday : today;
    const worked = shifts.filter((x) => x.date === day && x.startMin + 12 <= nowLocal).sort((a, b) => a.startMin - b.startMin);
    const instant = (localMin: number) => new Date((localMin - offset) * 60_000);
    await em.save(
      worked.map((x, i) =>
        em.create(AttendanceRecordEntity, {
          id: randomUUID(),
          propertyId,
          employeeId: x.employeeId,
          shiftId: x.id,
          date: x.date,
          clockInAt: instant(x.startMin + (i === 0 ? 12 : -6)),
          clockInDevice: 'staff-entrance-1',
          clockOutAt: x.endMin + 3 <= nowLocal ? instant(x.endMin + 3) : null,
          clockOutDevice: x.endMin + 3 <= nowLocal ? 'staff-entrance-1' : null,
          correctedBy: null,
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
  }
}
