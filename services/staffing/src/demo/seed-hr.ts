import { In } from 'typeorm';
import { Caller, SYSTEM, type ServiceDeps } from '@hotelops/kernel';
import { addDays, dateOf, localMinutesAt } from '../calendar/local-time.rules';
import type { StaffingServices } from '../composition';
import { DepartmentEntity } from '../department/department.entity';
import { EmployeeEntity } from '../employee/employee.entity';
import { PositionEntity } from '../position/position.entity';

/**
 * The demo hotel's training and performance: a property-wide onboarding session, housekeeping's
 * chemical-safety plan with a session one attendant passed (and the certificate recorded), and
 * last month's KPIs, reviews and a reward for the care agents and cashiers — the figures care's QA
 * reviews and F&B's day-end close would have sent.
 */
export async function seedHr(deps: ServiceDeps, s: StaffingServices, propertyId: string): Promise<void> {
  const system = new Caller(SYSTEM);
  const em = deps.db.manager;
  const policy = await s.policies.of(em, propertyId);
  const today = dateOf(localMinutesAt(deps.clock.now(), policy.timeZone));
  const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

  await s.training.scheduleSession({ propertyId, title: 'Welcome to the hotel (入职培训)', kind: 'ONBOARDING', trainer: 'HR' }, system);
  const hk = await em.findOneByOrFail(DepartmentEntity, { propertyId, code: 'housekeeping' });
  const plan = await s.training.createPlan(
    {
      propertyId,
      departmentId: hk.id,
      title: 'Housekeeping safety',
      period: today.slice(0, 7),
      topics: ['chemical safety', 'manual handling'],
    },
    system,
  );
  const session = await s.training.scheduleSession(
    {
      propertyId,
      planId: plan.id,
      departmentId: hk.id,
      title: 'Chemical safety',
      kind: 'REGULAR',
      date: `${today.slice(0, 7)}-01`,
      trainer: 'Housekeeping manager',
      grantsSkill: 'chemical-safety',
      skillName: 'Chemical safety',
      validMonths: 12,
    },
    system,
  );
  const positions = await em.findBy(PositionEntity, { propertyId });
  const byCode = (codes: string[]) => positions.filter((p) => codes.includes(p.code)).map((p) => p.id);
  const attendants = await em.find(EmployeeEntity, {
    where: { positionId: In(byCode(['room-attendant'])) },
    order: { employeeNumber: 'ASC' },
  });
  if (attendants.length) {
    await s.training.assign(
      session.id,
      attendants.map((a) => a.id),
      system,
    );
    await s.training.recordResult(
      { sessionId: session.id, employeeId: attendants[0].id, attended: true, score: 88, passed: true, certificateNumber: 'CS-001' },
      system,
    );
  }

  const agents = await em.find(EmployeeEntity, {
    where: { positionId: In(byCode(['customer-service-representative', 'telephone-operator'])) },
    order: { employeeNumber: 'ASC' },
  });
  for (const [i, a] of agents.entries()) {
    await deps.db.transaction(async (tx) => {
      await s.performance.add(tx, propertyId, a.id, lastMonth, 'qa-score', 80 * 12 + i * 17, 12);
      await s.performance.add(tx, propertyId, a.id, lastMonth, 'sla-attainment', 20 - i, 21);
    });
    await s.performance.review({ employeeId: a.id, month: lastMonth, rating: 3 + (i % 3), comments: 'Monthly review' }, system);
  }
  if (agents[0]) {
    await s.performance.sanction(
      { employeeId: agents[0].id, date: `${lastMonth}-15`, kind: 'REWARD', points: 10, reason: 'Named by a guest in a five-star review' },
      system,
    );
  }
  const cashiers = await em.find(EmployeeEntity, { where: { positionId: In(byCode(['cashier'])) } });
  for (const [i, c] of cashiers.entries()) {
    await deps.db.transaction((tx) => s.performance.add(tx, propertyId, c.id, lastMonth, 'over-short', 500 * i, 26));
  }
  // each position by its own KPIs (departmentKpis): servers on covers and voids, storekeepers on count accuracy
  const servers = await em.find(EmployeeEntity, { where: { positionId: In(byCode(['restaurant-server'])) } });
  for (const [i, w] of servers.entries()) {
    await deps.db.transaction(async (tx) => {
      await s.performance.add(tx, propertyId, w.id, lastMonth, 'covers', 820 + 40 * i, 26);
      await s.performance.add(tx, propertyId, w.id, lastMonth, 'void-rate', 3 + i, 410);
    });
  }
  const keepers = await em.find(EmployeeEntity, { where: { positionId: In(byCode(['storekeeper'])) } });
  for (const [i, k] of keepers.entries()) {
    await deps.db.transaction((tx) => s.performance.add(tx, propertyId, k.id, lastMonth, 'count-accuracy', 118 - i, 120));
  }
}
