import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { EscalationRouted, type CaseEscalated, type PayloadOf } from '@hotelops/contracts';
import { causedBy, type Caller, type EventEnvelope, type ServiceDeps } from '@hotelops/kernel';
import { AttendanceRecordEntity } from '../attendance/attendance.entity';
import { localMinutesAt } from '../calendar/local-time.rules';
import { EmployeeEntity } from '../employee/employee.entity';
import { displayName } from '../employee/employee.rules';
import type { StaffingPolicyService } from '../policy/staffing-policy.service';
import { PositionEntity } from '../position/position.entity';
import { RosterShiftEntity } from '../roster/roster-shift.entity';
import { RosterEntity } from '../roster/roster.entity';
import { EscalationRouteEntity } from './escalation-route.entity';
import { routeEscalation, type EscalationRole, type OnShift } from './escalation.rules';

/**
 * Resolves care's escalations to a person: staffing knows who is on duty (the published roster)
 * and who has clocked in. Care keeps the case; it learns who was notified from EscalationRouted.
 */
export class EscalationService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly policies: StaffingPolicyService,
  ) {}

  async route(em: EntityManager, event: EventEnvelope<PayloadOf<typeof CaseEscalated>>): Promise<EscalationRouteEntity> {
    const e = event.data;
    const routing = routeEscalation(e.escalatedTo as EscalationRole, await this.onShiftNow(em, e.propertyId));
    const now = this.deps.clock.now();
    const route = await em.save(
      em.create(EscalationRouteEntity, {
        id: randomUUID(),
        propertyId: e.propertyId,
        caseId: e.caseId,
        caseNumber: e.caseNumber.slice(0, 40),
        level: e.level,
        requestedRole: e.escalatedTo,
        routedRole: routing.routedRole,
        notifiedEmployeeId: routing.employeeId,
        explanation: routing.explanation.slice(0, 500),
        routedAt: now,
      }),
    );
    await this.deps.outbox.add(
      em,
      EscalationRouted,
      {
        caseId: e.caseId,
        propertyId: e.propertyId,
        level: e.level,
        requestedRole: e.escalatedTo,
        routedRole: routing.routedRole,
        notifiedEmployeeId: routing.employeeId,
        explanation: route.explanation,
        routedAt: now.toISOString(),
      },
      { subject: e.caseId, propertyId: e.propertyId },
      causedBy(event),
    );
    return route;
  }

  /** People on a published shift now who have clocked in and not out, with their roles and level. */
  async onShiftNow(em: EntityManager, propertyId: string): Promise<OnShift[]> {
    const policy = await this.policies.of(em, propertyId);
    const now = localMinutesAt(this.deps.clock.now(), policy.timeZone);
    const shifts = await em
      .createQueryBuilder(RosterShiftEntity, 's')
      .innerJoin(RosterEntity, 'r', 'r.id = s.rosterId AND r.status = :published', { published: 'PUBLISHED' })
      .where('s.propertyId = :propertyId AND s.startMin <= :latest AND s.endMin > :now', {
        propertyId,
        latest: now + policy.clockInWindowMinutes,
        now,
      })
      .getMany();
    if (!shifts.length) return [];
    const records = await em.findBy(AttendanceRecordEntity, { shiftId: In(shifts.map((s) => s.id)), clockOutAt: IsNull() });
    const clocked = new Map(records.map((r) => [r.shiftId, localMinutesAt(r.clockInAt, policy.timeZone)]));
    const on = shifts.filter((s) => clocked.has(s.id));
    if (!on.length) return [];
    const people = new Map((await em.findBy(EmployeeEntity, { id: In(on.map((s) => s.employeeId)) })).map((p) => [p.id, p]));
    const positions = new Map(
      (await em.findBy(PositionEntity, { id: In([...people.values()].map((p) => p.positionId)) })).map((p) => [p.id, p]),
    );
    return on.flatMap((s) => {
      const person = people.get(s.employeeId);
      const position = person && positions.get(person.positionId);
      if (!person || !position || person.status !== 'ACTIVE') return [];
      return [
        {
          employeeId: person.id,
          name: displayName(person.firstName, person.lastName),
          roles: position.defaultRoles,
          level: position.level,
          duty: s.duty,
          startMin: s.startMin,
          endMin: s.endMin,
          clockedInMin: clocked.get(s.id)!,
        },
      ];
    });
  }

  async ofCase(caseId: string, caller: Caller): Promise<EscalationRouteEntity[]> {
    const rows = await this.deps.db.manager.find(EscalationRouteEntity, { where: { caseId }, order: { routedAt: 'ASC' } });
    rows.forEach((r) => caller.assertProperty(r.propertyId));
    return rows;
  }
}
