import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import type { CaseEntity } from '../case/case.entity';
import { Case } from '../case/case.type';
import { DepartmentRef } from '../federation/department.reference';
import { OutletRef } from '../federation/outlet.reference';
import { refOf } from '../federation/ref-of';
import { CARE_LEADS, CARE_STAFF } from '../roles/care-roles';
import type { SurveyResponseEntity } from './survey.entity';
import type { SatisfactionGrouping } from './survey.rules';
import type { SatisfactionFigure as Figure, SurveyService } from './survey.service';
import { SatisfactionFigure, SatisfactionGroupingEnum, SurveyAnswerInput, SurveyResponse } from './survey.type';

/** A survey tool posting guests' answers with a partner key. */
const SURVEY_PARTNERS = ['scope:surveys'];

@Resolver(() => SatisfactionFigure)
export class SurveyResolver {
  private readonly service: SurveyService;
  constructor({ surveys }: CareServices) {
    this.service = surveys;
  }

  @Authorized(...CARE_STAFF, ...SURVEY_PARTNERS)
  @Mutation(() => SurveyResponse, { description: "Records the guest's answer to a SURVEY case, once (SurveyAnswered)" })
  answerSurvey(@Arg('caseId', () => ID) caseId: string, @Arg('answer') answer: SurveyAnswerInput, @Ctx() ctx: RequestContext) {
    return this.service.answer(
      caseId,
      {
        npsScore: answer.npsScore,
        csatScore: answer.csatScore,
        comment: answer.comment ?? null,
        ratings: answer.ratings.map((r) => ({ departmentId: r.departmentId ?? null, outletId: r.outletId ?? null, score: r.score })),
      },
      ctx.caller,
      ctx.eventMeta,
    );
  }

  @Authorized(...CARE_LEADS)
  @Query(() => [SatisfactionFigure], { description: 'CSAT and NPS per department, outlet or month for answers in [from, to)' })
  satisfaction(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('by', () => SatisfactionGroupingEnum) by: SatisfactionGrouping,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.satisfaction(propertyId, by, { from, to }, ctx.caller);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true })
  department(@Root() f: Figure) {
    return refOf(f.departmentId);
  }

  @FieldResolver(() => OutletRef, { nullable: true })
  outlet(@Root() f: Figure) {
    return refOf(f.outletId);
  }
}

@Resolver(() => Case)
export class CaseSurveyResolver {
  private readonly service: SurveyService;
  constructor({ surveys }: CareServices) {
    this.service = surveys;
  }

  @FieldResolver(() => SurveyResponse, { nullable: true, description: "For a SURVEY case: the guest's answer, once given" })
  async surveyResponse(@Root() c: CaseEntity, @Ctx() ctx: RequestContext) {
    if (c.kind !== 'SURVEY') return null;
    return ctx
      .loader<SurveyResponseEntity>('SurveyResponseByCase', async (ids) => {
        const rows = await this.service.responsesOf(ids);
        return ids.map((id) => rows.find((r) => r.caseId === id) ?? null);
      })
      .load(c.id);
  }
}
