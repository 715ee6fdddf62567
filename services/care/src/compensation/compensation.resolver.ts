import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_AMOUNT_MINOR, Money, PageArgs, intArg, textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import type { CaseEntity } from '../case/case.entity';
import { Case } from '../case/case.type';
import { EmployeeRef } from '../federation/employee.reference';
import { refOf } from '../federation/ref-of';
import { CARE_LEADS, CARE_STAFF } from '../roles/care-roles';
import type { CompensationEntity } from './compensation.entity';
import type { CompensationStatus } from './compensation.rules';
import type { CompensationService } from './compensation.service';
import {
  Compensation,
  CompensationConnection,
  CompensationLimits,
  CompensationStatusEnum,
  ProposeCompensationInput,
} from './compensation.type';

@Resolver(() => Compensation)
export class CompensationResolver {
  private readonly service: CompensationService;
  constructor({ compensations }: CareServices) {
    this.service = compensations;
  }

  @Authorized(...CARE_STAFF)
  @Query(() => CompensationConnection, { description: 'Compensations of a property, oldest first' })
  compensations(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('status', () => CompensationStatusEnum, { nullable: true }) status: CompensationStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, status);
  }

  @Authorized(...CARE_LEADS)
  @Query(() => CompensationConnection, {
    description:
      "The duty manager's compensation watchlist: approved compensation reservations could not post (POSTING_FAILED), longest waiting first, with the reason",
  })
  compensationWatchlist(@Arg('propertyId', () => ID) propertyId: string, @Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return this.service.watchlist(propertyId, ctx.caller, page);
  }

  @Authorized(...CARE_STAFF)
  @Query(() => CompensationLimits)
  compensationLimits(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.limits(propertyId, ctx.caller);
  }

  @Authorized('duty-manager')
  @Mutation(() => CompensationLimits, { description: 'Sets the approval limits of care agents and supervisors for a property' })
  setCompensationLimits(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('agentLimitMinor', () => Int, intArg('agentLimitMinor', 0, MAX_AMOUNT_MINOR)) agentLimitMinor: number,
    @Arg('supervisorLimitMinor', () => Int, intArg('supervisorLimitMinor', 0, MAX_AMOUNT_MINOR)) supervisorLimitMinor: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.setLimits(propertyId, { agentLimitMinor, supervisorLimitMinor }, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Compensation, { description: 'Proposes compensation on a case linked to a stay' })
  proposeCompensation(@Arg('input') input: ProposeCompensationInput, @Ctx() ctx: RequestContext) {
    return this.service.propose(input, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Compensation, {
    description: 'Approves within your limit (COMPENSATION.OVER_LIMIT otherwise); the folio is credited once (CompensationApproved)',
  })
  approveCompensation(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, textArg('note', 500, { nullable: true })) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.approve(id, note ?? null, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Compensation, { description: 'Rejects with a reason; needs the same authority as approving' })
  rejectCompensation(@Arg('id', () => ID) id: string, @Arg('reason', textArg('reason', 500)) reason: string, @Ctx() ctx: RequestContext) {
    return this.service.reject(id, reason, ctx.caller);
  }

  @FieldResolver(() => Money)
  amount(@Root() c: CompensationEntity) {
    return Money.of(c.amountMinor, c.currency);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  proposedBy(@Root() c: CompensationEntity) {
    return refOf(c.proposedBy);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Who approved or rejected it' })
  decidedBy(@Root() c: CompensationEntity) {
    return refOf(c.decidedBy);
  }
}

@Resolver(() => Case)
export class CaseCompensationsResolver {
  private readonly service: CompensationService;
  constructor({ compensations }: CareServices) {
    this.service = compensations;
  }

  @FieldResolver(() => [Compensation], { description: 'Compensation proposed on the case, oldest first' })
  compensations(@Root() c: CaseEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader<CompensationEntity[]>('CompensationsByCase', (ids) => this.service.ofCases(ids)).load(c.id);
  }
}
