import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import type { NoteVisibility } from '../case/case.rules';
import { Case, CaseHistoryEntry, CaseNoteVisibilityEnum, OpenCaseInput } from '../case/case.type';
import { CARE_STAFF } from '../roles/care-roles';
import type { CaseOpeningService } from './case-opening.service';
import type { CaseWorkflowService } from './case-workflow.service';

/** Opening and working cases. */
@Resolver(() => Case)
export class CaseWorkResolver {
  private readonly opening: CaseOpeningService;
  private readonly workflow: CaseWorkflowService;
  constructor({ caseOpening, caseWorkflow }: CareServices) {
    this.opening = caseOpening;
    this.workflow = caseWorkflow;
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Case, { description: 'Opens a NEW case and announces it (CaseOpened)' })
  openCase(@Arg('input') input: OpenCaseInput, @Ctx() ctx: RequestContext) {
    return this.opening.open(
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

  @Authorized(...CARE_STAFF)
  @Mutation(() => Case, { description: 'Care agents may assign only themselves; supervisors and duty managers anyone' })
  assignCase(@Arg('id', () => ID) id: string, @Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: RequestContext) {
    return this.workflow.assign(id, employeeId, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Case, { description: 'ASSIGNED → IN_PROGRESS' })
  startCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.workflow.start(id, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Case, { description: 'IN_PROGRESS → WAITING_ON_GUEST: SLA clocks stop until resumeCase' })
  waitOnGuest(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return this.workflow.waitOnGuest(id, reason, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Case, { description: 'WAITING_ON_GUEST → IN_PROGRESS; unmet SLA targets move later by the wait' })
  resumeCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.workflow.resume(id, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
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
    return this.workflow.resolve(id, resolution, ctx.caller, ctx.eventMeta, rootCause ?? null);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Case, { description: 'RESOLVED → CLOSED (final)' })
  closeCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.workflow.close(id, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Case, { description: 'RESOLVED → IN_PROGRESS when the resolution did not hold' })
  reopenCase(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return this.workflow.reopen(id, reason, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => CaseHistoryEntry, { description: 'An internal note, or a reply sent to the guest (stops the first-response clock)' })
  addCaseNote(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('body') body: string,
    @Arg('visibility', () => CaseNoteVisibilityEnum, { defaultValue: CaseNoteVisibilityEnum.INTERNAL }) visibility: NoteVisibility,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.addNote(caseId, body, visibility, ctx.caller);
  }
}
