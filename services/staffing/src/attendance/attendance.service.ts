import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import type { StaffingPolicyService } from '../policy/staffing-policy.service';
import { localMinutesAt } from '../calendar/local-time.rules';
import { RosterShiftEntity } from '../roster/roster-shift.entity';
import { RosterEntity } from '../roster/roster.entity';
import { AttendanceCorrectionEntity, AttendanceRecordEntity } from './attendance.entity';

/**
 * Clocking in and out of published shifts (with the terminal recorded), and corrections that
 * change a record only once approved by the person's supervisor, a leader of the department or HR.
 */
export class AttendanceService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
    private readonly policies: StaffingPolicyService,
  ) {}

  /** Clocks in for the published shift starting soonest around now: the shift must exist, once. */
  async clockIn(device: string, employeeId: string | undefined, caller: Caller): Promise<AttendanceRecordEntity> {
    const already = (shift: RosterShiftEntity) =>
      new DomainError('ATTENDANCE.ALREADY_CLOCKED_IN', `Already clocked in for the shift of ${shift.date}`, { shiftId: shift.id });
    let target: RosterShiftEntity | undefined;
    try {
      return await this.deps.db.transaction(async (em) => {
        const who = await this.subject(em, employeeId, caller);
        const policy = await this.policies.of(em, who.propertyId);
        const now = this.deps.clock.now();
        const nowMin = localMinutesAt(now, policy.timeZone);
        const candidates = await this.published(em)
          .where('s.employeeId = :id', { id: who.id })
          .andWhere('s.startMin <= :latest AND s.endMin > :now', { latest: nowMin + policy.clockInWindowMinutes, now: nowMin })
          .orderBy('s.startMin', 'ASC')
          .getMany();
        if (!candidates.length) {
          throw new DomainError('ATTENDANCE.NO_SHIFT_NOW', 'No published shift starts or runs now for this employee', {
            employeeId: who.id,
          });
        }
        const open = await em.findOneBy(AttendanceRecordEntity, { employeeId: who.id, clockOutAt: IsNull() });
        if (open) throw already(candidates.find((c) => c.id === open.shiftId) ?? candidates[0]);
        const worked = new Set(
          (await em.findBy(AttendanceRecordEntity, { shiftId: In(candidates.map((c) => c.id)) })).map((r) => r.shiftId),
        );
        target = candidates.find((c) => !worked.has(c.id));
        if (!target) throw already(candidates[0]);
        return em.save(
          em.create(AttendanceRecordEntity, {
            id: randomUUID(),
            propertyId: who.propertyId,
            employeeId: who.id,
            shiftId: target.id,
            date: target.date,
            clockInAt: now,
            clockInDevice: device.trim(),
            clockOutAt: null,
            clockOutDevice: null,
            correctedBy: null,
            createdAt: now,
            updatedAt: now,
          }),
        );
      });
    } catch (err) {
      // two terminals at once: the unique shift index lets one through
      if (isUniqueViolation(err) && target) throw already(target);
      throw err;
    }
  }

  async clockOut(device: string, employeeId: string | undefined, caller: Caller): Promise<AttendanceRecordEntity> {
    return this.deps.db.transaction(async (em) => {
      const who = await this.subject(em, employeeId, caller);
      const open = await em.findOne(AttendanceRecordEntity, {
        where: { employeeId: who.id, clockOutAt: IsNull() },
        ...this.deps.db.forUpdate,
      });
      if (!open) throw new DomainError('ATTENDANCE.NOT_CLOCKED_IN', 'Not clocked in', { employeeId: who.id });
      const now = this.deps.clock.now();
      open.clockOutAt = now;
      open.clockOutDevice = device.trim();
      open.updatedAt = now;
      return em.save(open);
    });
  }

  /** Asks to set a shift's clock times (forgotten clock-in, wrong terminal …). */
  async requestCorrection(
    input: { shiftId: string; clockInAt: Date; clockOutAt?: Date; reason: string },
    caller: Caller,
  ): Promise<AttendanceCorrectionEntity> {
    return this.deps.db.transaction(async (em) => {
      const shift = await em.findOneBy(RosterShiftEntity, { id: input.shiftId });
      if (!shift) throw notFound('ROSTER.SHIFT_NOT_FOUND', 'Shift', input.shiftId);
      caller.assertProperty(shift.propertyId);
      if (shift.employeeId !== caller.employeeId) await this.access.assertMaySee(em, caller, shift.employeeId);
      const policy = await this.policies.of(em, shift.propertyId);
      const inMin = localMinutesAt(input.clockInAt, policy.timeZone);
      const outMin = input.clockOutAt ? localMinutesAt(input.clockOutAt, policy.timeZone) : null;
      const problem =
        outMin !== null && outMin <= inMin
          ? 'clockOutAt must be after clockInAt'
          : Math.abs(inMin - shift.startMin) > 12 * 60
            ? 'clockInAt must be within 12 h of the shift’s start'
            : outMin !== null && Math.abs(outMin - shift.endMin) > 12 * 60
              ? 'clockOutAt must be within 12 h of the shift’s end'
              : null;
      if (problem) throw new DomainError('ATTENDANCE.CORRECTION_INVALID', problem, { shiftId: shift.id });
      return em.save(
        em.create(AttendanceCorrectionEntity, {
          id: randomUUID(),
          propertyId: shift.propertyId,
          employeeId: shift.employeeId,
          shiftId: shift.id,
          clockInAt: input.clockInAt,
          clockOutAt: input.clockOutAt ?? null,
          reason: input.reason.trim(),
          status: 'REQUESTED',
          requestedBy: caller.employeeId ?? shift.employeeId,
          decidedBy: null,
          decidedAt: null,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  /** The approver (never the person themself) applies or rejects a correction; the record names them. */
  async decideCorrection(id: string, approve: boolean, caller: Caller): Promise<AttendanceCorrectionEntity> {
    return this.deps.db.transaction(async (em) => {
      const c = await em.findOne(AttendanceCorrectionEntity, { where: { id }, ...this.deps.db.forUpdate });
      if (!c) throw notFound('ATTENDANCE.CORRECTION_NOT_FOUND', 'Attendance correction', id);
      caller.assertProperty(c.propertyId);
      await this.access.assertMayDecideFor(em, caller, c.employeeId);
      if (c.status !== 'REQUESTED') {
        throw new DomainError('ATTENDANCE.CORRECTION_DECIDED', `The correction is already ${c.status.toLowerCase()}`, { status: c.status });
      }
      const now = this.deps.clock.now();
      c.status = approve ? 'APPROVED' : 'REJECTED';
      c.decidedBy = caller.employeeId ?? null;
      c.decidedAt = now;
      if (approve) {
        const shift = await em.findOneByOrFail(RosterShiftEntity, { id: c.shiftId });
        const record =
          (await em.findOne(AttendanceRecordEntity, { where: { shiftId: c.shiftId }, ...this.deps.db.forUpdate })) ??
          em.create(AttendanceRecordEntity, {
            id: randomUUID(),
            propertyId: c.propertyId,
            employeeId: c.employeeId,
            shiftId: c.shiftId,
            date: shift.date,
            clockInDevice: 'correction',
            createdAt: now,
          });
        Object.assign(record, {
          clockInAt: c.clockInAt,
          clockOutAt: c.clockOutAt,
          clockOutDevice: c.clockOutAt ? (record.clockOutDevice ?? 'correction') : null,
          correctedBy: c.decidedBy ?? 'system',
          updatedAt: now,
        });
        await em.save(record);
      }
      return em.save(c);
    });
  }

  /** Who is clocking: the caller, or someone a leader of their department clocks for. */
  private async subject(em: EntityManager, employeeId: string | undefined, caller: Caller) {
    if (!employeeId || employeeId === caller.employeeId) return (await this.access.me(em, caller)).employee;
    const found = await this.access.employee(em, caller, employeeId);
    await this.access.assertLeads(em, caller, found.departmentId, found.employee.propertyId);
    return found.employee;
  }

  private published(em: EntityManager) {
    return em
      .createQueryBuilder(RosterShiftEntity, 's')
      .innerJoin(RosterEntity, 'r', 'r.id = s.rosterId AND r.status = :published', { published: 'PUBLISHED' });
  }
}
