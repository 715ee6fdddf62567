import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, intArg, textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import { TEXT_MAX } from '../case/text-input';
import type { CareServices } from '../composition';
import { loadCase } from '../case/case.reference';
import type { CaseService } from '../case/case.service';
import { Case } from '../case/case.type';
import { EmployeeRef } from '../federation/employee.reference';
import { refOf } from '../federation/ref-of';
import { CARE_LEADS } from '../roles/care-roles';
import type { QaCriterionEntity, QaReviewEntity, QaScorecardEntity } from './qa.entity';
import type { QaReviewStatus } from './qa.rules';
import type { AgentQaScore as Score, QaService } from './qa.service';
import {
  AgentQaScore,
  QaCriterion,
  QaCriterionInput,
  QaReview,
  QaReviewConnection,
  QaReviewStatusEnum,
  QaScoreInput,
  QaScorecard,
} from './qa.type';

/** QA is the leads' job (the care manager's quality checks); HR reads the scores for performance reviews. */

@Resolver(() => QaReview)
export class QaResolver {
  private readonly service: QaService;
  private readonly cases: CaseService;
  constructor({ qa, cases }: CareServices) {
    this.service = qa;
    this.cases = cases;
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => QaScorecard)
  createQaScorecard(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('name', textArg('name', 100)) name: string,
    @Arg('criteria', () => [QaCriterionInput]) criteria: QaCriterionInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.createScorecard(propertyId, name, criteria, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => [QaReview], { description: 'Draws up to perAgent closed cases per agent at random from cases closed in [from, to)' })
  sampleCasesForQa(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('scorecardId', () => ID) scorecardId: string,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Arg('perAgent', () => Int, { defaultValue: 3, ...intArg('perAgent', 1, 50) }) perAgent: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.sample(propertyId, scorecardId, { from, to }, perAgent, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => QaReview, { description: 'Scores every criterion of the scorecard, once' })
  scoreQaReview(
    @Arg('id', () => ID) id: string,
    @Arg('scores', () => [QaScoreInput]) scores: QaScoreInput[],
    @Arg('comment', () => String, textArg('comment', TEXT_MAX, { nullable: true })) comment: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.score(id, scores, comment ?? null, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Query(() => QaReviewConnection)
  qaReviews(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('agentId', () => ID, { nullable: true }) agentId: string | undefined,
    @Arg('status', () => QaReviewStatusEnum, { nullable: true }) status: QaReviewStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, { agentId, status });
  }

  @Authorized(...CARE_LEADS, 'hr-manager')
  @Query(() => [AgentQaScore], { description: 'QA scores per agent for cases closed in [from, to); for performance reviews' })
  qaAgentScores(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Arg('agentId', () => ID, { nullable: true }) agentId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.agentScores(propertyId, { from, to }, ctx.caller, agentId);
  }

  @FieldResolver(() => Case)
  case(@Root() r: QaReviewEntity, @Ctx() ctx: RequestContext) {
    return loadCase(ctx, this.cases).load(r.caseId);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'The agent who worked the case' })
  agent(@Root() r: QaReviewEntity) {
    return refOf(r.agentId);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  reviewer(@Root() r: QaReviewEntity) {
    return refOf(r.reviewerId);
  }
}

@Resolver(() => QaScorecard)
export class QaScorecardResolver {
  private readonly service: QaService;
  constructor({ qa }: CareServices) {
    this.service = qa;
  }

  @FieldResolver(() => [QaCriterion])
  criteria(@Root() s: QaScorecardEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader<QaCriterionEntity[]>('QaCriteria', (ids) => this.service.criteriaOf(ids)).load(s.id);
  }
}

@Resolver(() => AgentQaScore)
export class AgentQaScoreResolver {
  @FieldResolver(() => EmployeeRef, { nullable: true })
  agent(@Root() s: Score) {
    return refOf(s.agentId);
  }
}
