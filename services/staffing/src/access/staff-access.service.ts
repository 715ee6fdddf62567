import type { EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller } from '@hotelops/kernel';
import { EmployeeEntity } from '../employee/employee.entity';
import { PositionEntity } from '../position/position.entity';

export const HR_ROLES = ['hr-manager'];

/** The calling employee, with the position and department they hold. */
export interface Me {
  employee: EmployeeEntity;
  position: PositionEntity;
}

/**
 * Who may see and decide what in staffing. Tokens carry the employee id, roles and properties;
 * the department and level come from staffing's own rows: HR (and the general manager) see all
 * of a property, a manager or supervisor their department, everyone their own records.
 */
export class StaffAccess {
  isHr(caller: Caller): boolean {
    return caller.satisfies(HR_ROLES);
  }

  /** The caller as an employee of the property; refused for tokens that name none. */
  async me(em: EntityManager, caller: Caller, propertyId?: string): Promise<Me> {
    const id = caller.employeeId;
    const employee = id ? await em.findOneBy(EmployeeEntity, { id }) : null;
    if (!employee || employee.status !== 'ACTIVE' || (propertyId && employee.propertyId !== propertyId)) {
      throw new DomainError('EMPLOYEE.NOT_AN_EMPLOYEE', 'This needs the token of an active employee of the property', {
        employeeId: id ?? null,
      });
    }
    caller.assertProperty(employee.propertyId);
    const position = await em.findOneByOrFail(PositionEntity, { id: employee.positionId });
    return { employee, position };
  }

  /** Whether the caller leads (manager or supervisor level) the department. HR does everywhere. */
  async leads(em: EntityManager, caller: Caller, departmentId: string): Promise<boolean> {
    if (this.isHr(caller)) return true;
    if (!caller.employeeId) return false;
    const me = await this.me(em, caller).catch(() => null);
    return !!me && me.position.departmentId === departmentId && me.position.level !== 'STAFF';
  }

  async assertLeads(em: EntityManager, caller: Caller, departmentId: string, propertyId: string): Promise<void> {
    caller.assertProperty(propertyId);
    if (!(await this.leads(em, caller, departmentId))) {
      throw new DomainError('EMPLOYEE.OUTSIDE_YOUR_TEAM', 'Only HR or a manager of the department may do this', { departmentId });
    }
  }

  /** The employee (in the caller's properties) and their department. */
  async employee(em: EntityManager, caller: Caller, employeeId: string): Promise<{ employee: EmployeeEntity; departmentId: string }> {
    const employee = await em.findOneBy(EmployeeEntity, { id: employeeId });
    if (!employee) throw notFound('EMPLOYEE.NOT_FOUND', 'Employee', employeeId);
    caller.assertProperty(employee.propertyId);
    const position = await em.findOneByOrFail(PositionEntity, { id: employee.positionId });
    return { employee, departmentId: position.departmentId };
  }

  /** Self, HR, a leader of their department or their named supervisor may see an employee's records. */
  async assertMaySee(em: EntityManager, caller: Caller, employeeId: string): Promise<{ employee: EmployeeEntity; departmentId: string }> {
    const found = await this.employee(em, caller, employeeId);
    if (caller.employeeId === employeeId || found.employee.supervisorId === caller.employeeId) return found;
    if (await this.leads(em, caller, found.departmentId)) return found;
    throw new DomainError('EMPLOYEE.OUTSIDE_YOUR_TEAM', 'You may see only your own records or those of your department', {
      employeeId,
    });
  }

  /** A decision on someone's request: their supervisor, a leader of their department or HR — never the person themself. */
  async assertMayDecideFor(em: EntityManager, caller: Caller, employeeId: string): Promise<void> {
    const found = await this.employee(em, caller, employeeId);
    if (caller.employeeId === employeeId && !caller.satisfies(['system'])) {
      throw new DomainError('EMPLOYEE.OUTSIDE_YOUR_TEAM', 'Nobody approves their own request', { employeeId });
    }
    if (found.employee.supervisorId && found.employee.supervisorId === caller.employeeId) return;
    if (await this.leads(em, caller, found.departmentId)) return;
    throw new DomainError('EMPLOYEE.OUTSIDE_YOUR_TEAM', 'Only their supervisor, a manager of their department or HR may decide', {
      employeeId,
    });
  }
}
