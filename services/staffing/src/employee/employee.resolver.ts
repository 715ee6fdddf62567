import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DomainError, PageArgs, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import { loadDepartment } from '../department/department.reference';
import type { DepartmentService } from '../department/department.service';
import { Department } from '../department/department.type';
import { PropertyRef } from '../federation/property.reference';
import { loadPosition } from '../position/position.reference';
import type { PositionService } from '../position/position.service';
import { Position } from '../position/position.type';
import type { EmployeeEntity } from './employee.entity';
import { displayName, type EmployeeStatus } from './employee.rules';
import type { EmployeeService } from './employee.service';
import { Employee, EmployeeConnection, EmployeeStatusEnum, HireEmployeeInput, RevokedEmployee } from './employee.type';

const HR = 'hr-manager';

@Resolver(() => Employee)
export class EmployeeResolver {
  private readonly service: EmployeeService;
  private readonly positions: PositionService;
  private readonly departments: DepartmentService;
  constructor({ employees, positions, departments }: StaffingServices) {
    this.service = employees;
    this.positions = positions;
    this.departments = departments;
  }

  @Authorized()
  @Query(() => Employee)
  employee(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized()
  @Query(() => EmployeeConnection, { description: 'Staff of a property ordered by employee number' })
  employees(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId: string | undefined,
    @Arg('status', () => EmployeeStatusEnum, { nullable: true }) status: EmployeeStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, { departmentId, status });
  }

  // Internal (@inaccessible: absent from the public supergraph); the gateway polls the subgraph as the system.
  @Directive('@inaccessible')
  @Authorized('system')
  @Query(() => [RevokedEmployee], {
    description: 'Employees terminated after `since` (all when absent), oldest first: the gateway refuses their tokens',
  })
  revokedEmployees(@Arg('since', () => Date, { nullable: true }) since: Date | undefined, @Ctx() ctx: RequestContext) {
    // the general manager's super-role passes @Authorized; this list is the system's alone
    if (ctx.caller.claims.kind !== 'system') throw new DomainError('AUTH.FORBIDDEN', 'revokedEmployees is internal to the gateway');
    return this.service.terminatedSince(since);
  }

  @FieldResolver(() => String, { description: 'Chinese names family name first (王芳), others "first last"' })
  displayName(@Root() e: EmployeeEntity) {
    return displayName(e.firstName, e.lastName);
  }

  @FieldResolver(() => Position)
  position(@Root() e: EmployeeEntity, @Ctx() ctx: RequestContext) {
    return loadPosition(ctx, this.positions).load(e.positionId);
  }

  @FieldResolver(() => Department, { description: 'The department of the current position' })
  async department(@Root() e: EmployeeEntity, @Ctx() ctx: RequestContext) {
    const position = await loadPosition(ctx, this.positions).load(e.positionId);
    return position ? loadDepartment(ctx, this.departments).load(position.departmentId) : null;
  }

  @FieldResolver(() => [String], { description: 'Platform roles, from the position’s defaultRoles' })
  async roles(@Root() e: EmployeeEntity, @Ctx() ctx: RequestContext) {
    const position = await loadPosition(ctx, this.positions).load(e.positionId);
    return position?.defaultRoles ?? [];
  }

  @FieldResolver(() => PropertyRef, { nullable: true, description: 'The hotel this employee works for' })
  property(@Root() e: EmployeeEntity): PropertyRef {
    return { id: e.propertyId };
  }

  @Authorized(HR)
  @FieldResolver(() => String, { nullable: true, description: 'Personal data: HR only' })
  email(@Root() e: EmployeeEntity) {
    return e.email;
  }

  @Authorized(HR)
  @FieldResolver(() => String, { nullable: true, description: 'Personal data: HR only' })
  phone(@Root() e: EmployeeEntity) {
    return e.phone;
  }

  @Authorized(HR)
  @FieldResolver(() => String, { nullable: true, description: 'Why employment ended: HR only' })
  terminationReason(@Root() e: EmployeeEntity) {
    return e.terminationReason;
  }

  @Authorized(HR)
  @Mutation(() => Employee, { description: 'Hires into a position of the property; announces EmployeeHired' })
  hireEmployee(@Arg('input') input: HireEmployeeInput, @Ctx() ctx: RequestContext) {
    return this.service.hire(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(HR)
  @Mutation(() => Employee, { description: 'Moves an active employee to another position of the same property' })
  transferEmployee(@Arg('id', () => ID) id: string, @Arg('positionId', () => ID) positionId: string, @Ctx() ctx: RequestContext) {
    return this.service.transfer(id, positionId, ctx.caller);
  }

  @Authorized(HR)
  @Mutation(() => Employee, { description: 'Ends employment; announces EmployeeTerminated (open work is reassigned, access revoked)' })
  terminateEmployee(
    @Arg('id', () => ID) id: string,
    @Arg('terminatedOn', () => LocalDateResolver, { description: 'last day of employment' }) terminatedOn: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.terminate(id, terminatedOn, reason, ctx.caller, ctx.eventMeta);
  }
}
