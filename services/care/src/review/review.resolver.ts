import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { loadCase } from '../case/case.reference';
import type { CaseService } from '../case/case.service';
import { Case } from '../case/case.type';
import { EmployeeRef } from '../federation/employee.reference';
import { refOf } from '../federation/ref-of';
import { CARE_STAFF } from '../roles/care-roles';
import type { ReviewEntity } from './review.entity';
import type { ReviewService } from './review.service';
import { OnlineReview, OnlineReviewConnection, RecordReviewInput } from './review.type';

/** A reputation-management feed posting reviews with a partner key. */
const REVIEW_FEEDS = ['scope:reviews'];

@Resolver(() => OnlineReview)
export class ReviewResolver {
  private readonly service: ReviewService;
  private readonly cases: CaseService;
  constructor({ reviews, cases }: CareServices) {
    this.service = reviews;
    this.cases = cases;
  }

  @Authorized(...CARE_STAFF)
  @Query(() => OnlineReviewConnection, { description: 'Reviews of a property, oldest first' })
  onlineReviews(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('negativeOnly', { defaultValue: false }) negativeOnly: boolean,
    @Arg('unrepliedOnly', { defaultValue: false }) unrepliedOnly: boolean,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, { negativeOnly, unrepliedOnly });
  }

  @Authorized(...CARE_STAFF, ...REVIEW_FEEDS)
  @Mutation(() => OnlineReview, { description: 'Records a review once; a negative one opens (or links to) a complaint case' })
  recordOnlineReview(@Arg('input') input: RecordReviewInput, @Ctx() ctx: RequestContext) {
    return this.service.record(
      { ...input, reservationId: input.reservationId ?? null, linkCaseId: input.linkCaseId ?? null },
      ctx.caller,
      ctx.eventMeta,
    );
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => OnlineReview, { description: "Records the hotel's public reply (replaces an earlier one)" })
  replyToOnlineReview(@Arg('id', () => ID) id: string, @Arg('text') text: string, @Ctx() ctx: RequestContext) {
    return this.service.reply(id, text, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => OnlineReview, { description: 'Works the review in an existing case of the same property' })
  linkOnlineReviewToCase(@Arg('id', () => ID) id: string, @Arg('caseId', () => ID) caseId: string, @Ctx() ctx: RequestContext) {
    return this.service.linkToCase(id, caseId, ctx.caller);
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case it is worked in' })
  case(@Root() r: ReviewEntity, @Ctx() ctx: RequestContext) {
    return r.caseId ? loadCase(ctx, this.cases).load(r.caseId) : null;
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  repliedBy(@Root() r: ReviewEntity) {
    return refOf(r.repliedBy);
  }
}
