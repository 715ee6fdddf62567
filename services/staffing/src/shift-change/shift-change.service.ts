import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, notFound, transitionAggregate, type Caller, type ServiceDeps, type StatefulKind } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { AttendanceRecordEntity } from '../attendance/attendance.entity';
import { RosterShiftEntity } from '../roster/roster-shift.entity';
import { violationError, type RosterService } from '../roster/roster.service';
import { ShiftChangeEntity } from './shift-change.entity';
import { SHIFT_CHANGE_MACHINE, reassignments, type ShiftChangeAction, type ShiftChangeStatus } from './shift-change.rules';

const SHIFT_CHANGE: StatefulKind<ShiftChangeEntity, ShiftChangeStatus, ShiftChangeAction> = {
  entity: ShiftChangeEntity,
  notFound: 'SHIFT_CHANGE.NOT_FOUND',
  noun: 'Shift change',
  machine: SHIFT_CHANGE_MACHINE,
  invalidTransition: 'SHIFT_CHANGE.INVALID_TRANSITION',
};

/**
 * Swaps and cover requests on rosters. The person on the shift asks; the new assignment is
 * checked with the roster rules when asked (so a swap to someone unqualified is refused at once)
 * and again when a leader of the department approves, in the transaction that applies it.
 */
export class ShiftChangeService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
    private readonly rosters: RosterService,
  ) {}

  request(
    input: { shiftId: string; counterpartId?: string; counterpartShiftId?: string; reason?: string },
    caller: Caller,
  ): Promise<ShiftChangeEntity> {
    return this.deps.db.transaction(async (em) => {
      const shift = await this.shift(em, input.shiftId, caller);
      if (shift.employeeId !== caller.employeeId && !(await this.access.leads(em, caller, shift.departmentId))) {
        throw new DomainError('SHIFT_CHANGE.NOT_YOUR_SHIFT', 'Only the person on the shift or a leader of the department may ask', {
          shiftId: shift.id,
        });
      }
      let counterpartId = input.counterpartId;
      let counterpartShiftId: string | null = null;
      if (input.counterpartShiftId) {
        const other = await this.shift(em, input.counterpartShiftId, caller);
        if (other.departmentId !== shift.departmentId || other.id === shift.id) {
          throw new DomainError('SHIFT_CHANGE.INVALID', 'A swap is between two different shifts of one department', {
            field: 'counterpartShiftId',
          });
        }
        counterpartId = other.employeeId;
        counterpartShiftId = other.id;
      }
      if (!counterpartId)
        throw new DomainError('SHIFT_CHANGE.INVALID', 'Name who covers or the shift to swap with', { field: 'counterpartId' });
      if (counterpartId === shift.employeeId) {
        throw new DomainError('SHIFT_CHANGE.INVALID', 'The shift is already theirs', { field: 'counterpartId' });
      }
      const change = em.create(ShiftChangeEntity, {
        id: randomUUID(),
        propertyId: shift.propertyId,
        departmentId: shift.departmentId,
        kind: counterpartShiftId ? 'SWAP' : 'COVER',
        shiftId: shift.id,
        requesterId: shift.employeeId,
        counterpartId,
        counterpartShiftId,
        reason: input.reason?.trim() || null,
        status: 'REQUESTED',
        decidedBy: null,
        decidedAt: null,
        note: null,
        createdAt: this.deps.clock.now(),
        updatedAt: this.deps.clock.now(),
      });
      await this.check(em, change);
      return em.save(change);
    });
  }

  /** A leader of the department approves (applying the moves, rules checked again) or rejects. */
  decide(id: string, approve: boolean, note: string | undefined, caller: Caller): Promise<ShiftChangeEntity> {
    return transitionAggregate(this.deps, SHIFT_CHANGE, id, approve ? 'approve' : 'reject', caller, async (em, change, at) => {
      await this.access.assertLeads(em, caller, change.departmentId, change.propertyId);
      if (approve) {
        const moved = await this.check(em, change);
        for (const s of moved) await em.update(RosterShiftEntity, { id: s.id }, { employeeId: s.employeeId });
      }
      change.decidedBy = caller.employeeId ?? null;
      change.decidedAt = at.at;
      change.note = note?.trim() || null;
    });
  }

  cancel(id: string, caller: Caller): Promise<ShiftChangeEntity> {
    return transitionAggregate(this.deps, SHIFT_CHANGE, id, 'cancel', caller, async (em, change) => {
      if (change.requesterId !== caller.employeeId && !(await this.access.leads(em, caller, change.departmentId))) {
        throw new DomainError('SHIFT_CHANGE.NOT_YOUR_SHIFT', 'Only who asked or a leader of the department may cancel', { id });
      }
    });
  }

  /** Shift changes of a department (its leaders and HR) or involving me (everyone else). */
  async list(departmentId: string, status: ShiftChangeStatus | undefined, caller: Caller): Promise<ShiftChangeEntity[]> {
    const em = this.deps.db.manager;
    const qb = em.createQueryBuilder(ShiftChangeEntity, 'c').where('c.departmentId = :departmentId', { departmentId });
    if (status) qb.andWhere('c.status = :status', { status });
    if (!(await this.access.leads(em, caller, departmentId))) {
      qb.andWhere('(c.requesterId = :me OR c.counterpartId = :me)', { me: caller.employeeId ?? '-' });
    }
    const rows = await qb.orderBy('c.createdAt', 'DESC').take(200).getMany();
    rows.forEach((r) => caller.assertProperty(r.propertyId));
    return rows;
  }

  /** The shifts after the change, each checked against its new person; refused with the first violation. */
  private async check(em: EntityManager, change: ShiftChangeEntity): Promise<RosterShiftEntity[]> {
    const moves = reassignments(change);
    const moved: RosterShiftEntity[] = [];
    for (const m of moves) {
      const shift = await em.findOneBy(RosterShiftEntity, { id: m.shiftId });
      if (!shift || shift.employeeId !== m.from) {
        throw new DomainError('SHIFT_CHANGE.INVALID', 'The shift has changed hands since the request', { shiftId: m.shiftId });
      }
      if (await em.existsBy(AttendanceRecordEntity, { shiftId: shift.id })) {
        throw new DomainError('SHIFT_CHANGE.INVALID', 'The shift has already been worked', { shiftId: shift.id });
      }
      moved.push(Object.assign(new RosterShiftEntity(), shift, { employeeId: m.to }));
    }
    const swapped = moved.map((s) => s.id);
    for (const s of moved) {
      const violations = await this.rosters.violationsFor(em, s, s.propertyId, swapped);
      if (violations.length) throw violationError(violations);
    }
    return moved;
  }

  private async shift(em: EntityManager, id: string, caller: Caller): Promise<RosterShiftEntity> {
    const shift = await em.findOneBy(RosterShiftEntity, { id });
    if (!shift) throw notFound('ROSTER.SHIFT_NOT_FOUND', 'Shift', id);
    caller.assertProperty(shift.propertyId);
    return shift;
  }
}
