import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import type { CaseEntity } from '../case/case.entity';
import type { CaseSeverity } from '../case/case.rules';
import { Case, CaseConnection, CaseSeverityEnum } from '../case/case.type';
import { CARE_LEADS } from '../roles/care-roles';
import type { SlaEscalationService } from './sla-escalation.service';
import type { SlaPolicyService } from './sla-policy.service';
import type { SlaWatchService } from './sla-watch.service';
import { CaseSla, SetSlaPolicyInput, SlaPolicy, SlaSweepResult } from './sla.type';

/** Who sets targets and runs the sweep by hand; the scheduled job runs as the system. */
const SLA_ADMINS = ['duty-manager'];

@Resolver(() => SlaPolicy)
export class SlaResolver {
  private readonly policies: SlaPolicyService;
  private readonly escalation: SlaEscalationService;
  private readonly watch: SlaWatchService;
  constructor({ slaPolicies, slaEscalation, slaWatch }: CareServices) {
    this.policies = slaPolicies;
    this.escalation = slaEscalation;
    this.watch = slaWatch;
  }

  @Authorized()
  @Query(() => [SlaPolicy], { description: 'SLA policies of a property' })
  slaPolicies(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.policies.list(propertyId, ctx.caller);
  }

  @Authorized()
  @Query(() => SlaPolicy, { description: 'The policy a case of this category and severity gets (CASE.SLA_POLICY_MISSING when none)' })
  effectiveSlaPolicy(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('category') category: string,
    @Arg('severity', () => CaseSeverityEnum) severity: CaseSeverity,
    @Ctx() ctx: RequestContext,
  ) {
    return this.policies.effective(propertyId, category, severity, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Query(() => CaseConnection, {
    description: 'Open cases whose running SLA target is breached or falls due within `withinMinutes`, most urgent first',
  })
  slaWatchlist(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('withinMinutes', () => Int, { defaultValue: 60 }) withinMinutes: number,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.watch.watchlist(propertyId, Math.max(0, withinMinutes), ctx.caller, page);
  }

  @Authorized(...SLA_ADMINS)
  @Mutation(() => SlaPolicy, { description: 'Creates or replaces the policy for (category, severity); open cases keep their targets' })
  setSlaPolicy(@Arg('input') input: SetSlaPolicyInput, @Ctx() ctx: RequestContext) {
    return this.policies.set(input, ctx.caller);
  }

  @Authorized(...SLA_ADMINS)
  @Mutation(() => SlaPolicy)
  removeSlaPolicy(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.policies.remove(id, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => SlaSweepResult, { description: 'Runs the escalation sweep for one property now (it also runs on a schedule)' })
  async runSlaEscalationSweep(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    ctx.caller.assertProperty(propertyId);
    return this.escalation.sweep([propertyId]);
  }
}

@Resolver(() => Case)
export class CaseSlaResolver {
  private readonly watch: SlaWatchService;
  constructor({ slaWatch }: CareServices) {
    this.watch = slaWatch;
  }

  @FieldResolver(() => CaseSla, { nullable: true, description: 'SLA clocks and escalation; null when the case has no SLA' })
  sla(@Root() c: CaseEntity) {
    return this.watch.viewOf(c);
  }
}
