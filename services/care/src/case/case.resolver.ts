import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs, type RequestContext, type ServiceDeps } from '@hotelops/kernel';
import { DepartmentRef, EmployeeRef, OutletRef, PropertyRef, RoomRef, refOf } from '../federation/stubs.type';
import { ReservationWithCases } from '../reservation/reservation.type';
import type { CaseEntity, CaseHistoryEntity } from './case.entity';
import type { CaseKind, CaseStatus, NoteVisibility } from './case.rules';
import { CaseService } from './case.service';
import { Case, CaseHistoryEntry, CaseKindEnum, CaseNoteVisibilityEnum, CaseStatusEnum, OpenCaseInput } from './case.type';

@ObjectType()
export class CaseConnection extends Connection(Case) {}

/** Guest relations staff who work cases. */
const CARE = ['care-agent', 'care-supervisor', 'duty-manager'];

@Resolver(() => Case)
export class CaseResolver {
  private readonly service: CaseService;
  constructor(deps: ServiceDeps) {
    this.service = new CaseService(deps);
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

  @FieldResolver(() => PropertyRef)
  property(@Root() c: CaseEntity) {
    return refOf(c.propertyId);
  }

  @FieldResolver(() => ReservationWithCases, { nullable: true, description: 'The stay the case is about' })
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

  @Authorized(...CARE)
  @Mutation(() => Case, { description: 'Opens a NEW case and announces it (CaseOpened)' })
  openCase(@Arg('input') input: OpenCaseInput, @Ctx() ctx: RequestContext) {
    return this.service.open(
      {
        ...input,
        reservationId: input.reservationId ?? null,
        guestName: input.guestName ?? null,
        roomId: input.roomId ?? null,
        outletId: input.outletId ?? null,
        departmentId: input.departmentId ?? null,
        employeeConcernedId: input.employeeConcernedId ?? null,
      },
      ctx.caller,
      ctx.eventMeta,
    );
  }

  @Authorized(...CARE)
  @Mutation(() => Case, { description: 'Care agents may assign only themselves; supervisors and duty managers anyone' })
  assignCase(@Arg('id', () => ID) id: string, @Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: RequestContext) {
    return this.service.assign(id, employeeId, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...CARE)
  @Mutation(() => Case, { description: 'ASSIGNED → IN_PROGRESS' })
  startCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.start(id, ctx.caller);
  }

  @Authorized(...CARE)
  @Mutation(() => Case, { description: 'IN_PROGRESS → WAITING_ON_GUEST: SLA clocks stop until resumeCase' })
  waitOnGuest(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return this.service.waitOnGuest(id, reason, ctx.caller);
  }

  @Authorized(...CARE)
  @Mutation(() => Case, { description: 'WAITING_ON_GUEST → IN_PROGRESS; unmet SLA targets move later by the wait' })
  resumeCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.resume(id, ctx.caller);
  }

  @Authorized(...CARE)
  @Mutation(() => Case, {
    description:
      'IN_PROGRESS or WAITING_ON_GUEST → RESOLVED, recording how and why (CaseResolved); the first resolution opens a follow-up survey',
  })
  resolveCase(
    @Arg('id', () => ID) id: string,
    @Arg('resolution') resolution: string,
    @Arg('rootCause', () => String, { nullable: true, description: "Why it happened, e.g. 'maintenance', 'staffing', 'process'" })
    rootCause: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.resolve(id, resolution, ctx.caller, ctx.eventMeta, rootCause ?? null);
  }

  @Authorized(...CARE)
  @Mutation(() => Case, { description: 'RESOLVED → CLOSED (final)' })
  closeCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.close(id, ctx.caller);
  }

  @Authorized(...CARE)
  @Mutation(() => Case, { description: 'RESOLVED → IN_PROGRESS when the resolution did not hold' })
  reopenCase(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return this.service.reopen(id, reason, ctx.caller);
  }

  @Authorized(...CARE)
  @Mutation(() => CaseHistoryEntry, { description: 'An internal note, or a reply sent to the guest (stops the first-response clock)' })
  addCaseNote(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('body') body: string,
    @Arg('visibility', () => CaseNoteVisibilityEnum, { defaultValue: CaseNoteVisibilityEnum.INTERNAL }) visibility: NoteVisibility,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.addNote(caseId, body, visibility, ctx.caller);
  }
}

@Resolver(() => CaseHistoryEntry)
export class CaseHistoryResolver {
  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Who acted; null when the system did' })
  actor(@Root() h: CaseHistoryEntity) {
    return refOf(h.actorId);
  }
}
