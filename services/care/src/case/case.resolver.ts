import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { DepartmentRef } from '../federation/department.reference';
import { EmployeeRef } from '../federation/employee.reference';
import { OutletRef } from '../federation/outlet.reference';
import { PropertyRef } from '../federation/property.reference';
import { refOf } from '../federation/ref-of';
import { ReservationRef } from '../federation/reservation.reference';
import { RoomRef } from '../federation/room.reference';
import type { CaseEntity, CaseHistoryEntity } from './case.entity';
import type { CaseKind, CaseStatus } from './case.rules';
import type { CaseService } from './case.service';
import { Case, CaseConnection, CaseHistoryEntry, CaseKindEnum, CaseStatusEnum } from './case.type';

/** Reading cases and what they point at; working them is the case-work module's. */
@Resolver(() => Case)
export class CaseResolver {
  private readonly service: CaseService;
  constructor({ cases }: CareServices) {
    this.service = cases;
  }

  @Authorized()
  @Query(() => Case, { name: 'case' })
  caseById(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized()
  @Query(() => CaseConnection, { description: 'Cases of a property, oldest first' })
  cases(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('status', () => CaseStatusEnum, { nullable: true }) status: CaseStatus | undefined,
    @Arg('kind', () => CaseKindEnum, { nullable: true }) kind: CaseKind | undefined,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | undefined,
    @Arg('teamId', () => ID, { nullable: true, description: "A team's queue" }) teamId: string | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, { status, kind, assigneeId, teamId });
  }

  @FieldResolver(() => PropertyRef, { nullable: true })
  property(@Root() c: CaseEntity) {
    return refOf(c.propertyId);
  }

  @FieldResolver(() => ReservationRef, { nullable: true, description: 'The stay the case is about' })
  reservation(@Root() c: CaseEntity) {
    return refOf(c.reservationId);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Employee working the case' })
  assignee(@Root() c: CaseEntity) {
    return refOf(c.assigneeId);
  }

  @FieldResolver(() => RoomRef, { nullable: true, description: 'Room the case concerns' })
  room(@Root() c: CaseEntity) {
    return refOf(c.roomId);
  }

  @FieldResolver(() => OutletRef, { nullable: true, description: 'F&B outlet the case concerns' })
  outlet(@Root() c: CaseEntity) {
    return refOf(c.outletId);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: 'Department the case concerns' })
  department(@Root() c: CaseEntity) {
    return refOf(c.departmentId);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Employee the case concerns (not the one working it)' })
  employeeConcerned(@Root() c: CaseEntity) {
    return refOf(c.employeeConcernedId);
  }

  @FieldResolver(() => [CaseHistoryEntry], { description: 'Status changes, assignments and notes, oldest first' })
  history(@Root() c: CaseEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader<CaseHistoryEntity[]>('CaseHistory', (ids) => this.service.historyOf(ids)).load(c.id);
  }
}

@Resolver(() => CaseHistoryEntry)
export class CaseHistoryResolver {
  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Who acted; null when the system did' })
  actor(@Root() h: CaseHistoryEntity) {
    return refOf(h.actorId);
  }
}
