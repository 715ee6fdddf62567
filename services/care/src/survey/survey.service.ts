import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SurveyAnswered } from '@hotelops/contracts';
import { DomainError, isUniqueViolation, lockForChange, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { CaseEntity } from '../case/case.entity';
import { CASE } from '../case/case.kind';
import { SurveyRatingEntity, SurveyResponseEntity } from './survey.entity';
import { answerProblem, csatPercent, netPromoterScore, type SatisfactionGrouping, type SurveyAnswer } from './survey.rules';

export interface SatisfactionFigure {
  key: string;
  departmentId: string | null;
  outletId: string | null;
  responses: number;
  csatPercent: number | null;
  nps: number | null;
}

/** Half-open [from, to) in UTC; months are UTC calendar months. */
export interface ReportPeriod {
  from: Date;
  to: Date;
}

export class SurveyService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Records the answer to a SURVEY case, once, and announces it. */
  async answer(
    caseId: string,
    a: SurveyAnswer & { comment: string | null },
    caller: Caller,
    meta: EventMeta,
  ): Promise<SurveyResponseEntity> {
    const problem = answerProblem(a);
    if (problem) throw new DomainError('INPUT.INVALID', problem);
    try {
      return await this.deps.db.transaction(async (em) => {
        const c = await lockForChange(em, this.deps.db, CASE, caseId, caller);
        if (c.kind !== 'SURVEY')
          throw new DomainError('SURVEY.NOT_A_SURVEY', `Case ${c.number} is a ${c.kind}, not a survey`, { caseId, kind: c.kind });
        if (await em.existsBy(SurveyResponseEntity, { caseId })) throw answered(c.number);
        return await this.record(em, c, a, caller, meta);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw answered(caseId);
      throw err;
    }
  }

  responsesOf(caseIds: readonly string[]): Promise<SurveyResponseEntity[]> {
    return this.deps.db.manager
      .createQueryBuilder(SurveyResponseEntity, 's')
      .where('s.caseId IN (:...ids)', { ids: [...caseIds] })
      .getMany();
  }

  /**
   * CSAT and NPS per department, outlet (from the per-item ratings) or month (from the overall
   * scores) over responses answered in the period. One SQL aggregate; no rows are loaded.
   */
  async satisfaction(propertyId: string, by: SatisfactionGrouping, period: ReportPeriod, caller: Caller): Promise<SatisfactionFigure[]> {
    caller.assertProperty(propertyId);
    const params = { propertyId, from: period.from.toISOString(), to: period.to.toISOString() };
    const qb = this.deps.db.manager.createQueryBuilder();
    const key = by === 'MONTH' ? 'substr(s.answered_at, 1, 7)' : by === 'DEPARTMENT' ? 'r.department_id' : 'r.outlet_id';
    const score = by === 'MONTH' ? 's.csat_score' : 'r.score';
    qb.select(key, 'key')
      .addSelect('COUNT(*)', 'responses')
      .addSelect(`SUM(CASE WHEN ${score} >= 4 THEN 1 ELSE 0 END)`, 'satisfied')
      .addSelect('SUM(CASE WHEN s.nps_score >= 9 THEN 1 ELSE 0 END)', 'promoters')
      .addSelect('SUM(CASE WHEN s.nps_score <= 6 THEN 1 ELSE 0 END)', 'detractors');
    if (by === 'MONTH') qb.from('survey_responses', 's');
    else qb.from('survey_ratings', 'r').innerJoin('survey_responses', 's', 's.id = r.response_id').andWhere(`${key} IS NOT NULL`);
    const rows = await qb
      .andWhere('s.property_id = :propertyId')
      .andWhere('s.answered_at >= :from')
      .andWhere('s.answered_at < :to')
      .setParameters(params)
      .groupBy(key)
      .orderBy(key, 'ASC')
      .getRawMany<{ key: string; responses: string; satisfied: string; promoters: string; detractors: string }>();
    return rows.map((r) => {
      const responses = Number(r.responses);
      return {
        key: r.key,
        departmentId: by === 'DEPARTMENT' ? r.key : null,
        outletId: by === 'OUTLET' ? r.key : null,
        responses,
        csatPercent: csatPercent(Number(r.satisfied), responses),
        nps: netPromoterScore(Number(r.promoters), Number(r.detractors), responses),
      };
    });
  }

  private async record(em: EntityManager, c: CaseEntity, a: SurveyAnswer & { comment: string | null }, caller: Caller, meta: EventMeta) {
    const now = this.deps.clock.now();
    const response = Object.assign(new SurveyResponseEntity(), {
      id: randomUUID(),
      propertyId: c.propertyId,
      caseId: c.id,
      reservationId: c.reservationId,
      npsScore: a.npsScore,
      csatScore: a.csatScore,
      comment: a.comment?.trim() || null,
      recordedBy: caller.employeeId ?? null,
      answeredAt: now,
    });
    await em.insert(SurveyResponseEntity, response);
    const ratings = a.ratings.map((r) => Object.assign(new SurveyRatingEntity(), { id: randomUUID(), responseId: response.id, ...r }));
    if (ratings.length) await em.insert(SurveyRatingEntity, ratings);
    await this.deps.outbox.add(
      em,
      SurveyAnswered,
      {
        responseId: response.id,
        caseId: c.id,
        propertyId: c.propertyId,
        reservationId: c.reservationId,
        followUpOf: c.followUpOf,
        npsScore: a.npsScore,
        csatScore: a.csatScore,
        ratings: a.ratings,
        answeredAt: now.toISOString(),
      },
      { subject: response.id, propertyId: c.propertyId },
      meta,
    );
    return response;
  }
}

const answered = (caseRef: string) =>
  new DomainError('SURVEY.ALREADY_ANSWERED', `Survey ${caseRef} has already been answered`, { case: caseRef });
