import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import {
  DomainError,
  notFound,
  paginate,
  transitionAggregate,
  type Caller,
  type PageArgs,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { namedQuery } from '../db/named-query';
import { QaCriterionEntity, QaReviewEntity, QaScoreEntity, QaScorecardEntity } from './qa.entity';
import { QA_REVIEW_MACHINE, scorecardProblem, weightedScore, type QaReviewStatus } from './qa.rules';

export interface Period {
  from: Date;
  to: Date;
}

export interface AgentQaScore {
  agentId: string;
  reviews: number;
  averageScore: number;
  lowestScore: number;
  highestScore: number;
}

const QA_REVIEW: StatefulKind<QaReviewEntity, QaReviewStatus, 'score'> = {
  entity: QaReviewEntity,
  notFound: 'QA.REVIEW_NOT_FOUND',
  noun: 'QA review',
  machine: QA_REVIEW_MACHINE,
  invalidTransition: 'QA.ALREADY_SCORED',
  refused: (review) => new DomainError('QA.ALREADY_SCORED', `QA review ${review.id} was scored at ${review.scoredAt?.toISOString()}`),
};

export class QaService {
  constructor(private readonly deps: ServiceDeps) {}

  async createScorecard(propertyId: string, name: string, criteria: { name: string; weight: number }[], caller: Caller) {
    caller.assertProperty(propertyId);
    const problem = (name.trim() ? null : 'name must not be empty') ?? scorecardProblem(criteria);
    if (problem) throw new DomainError('INPUT.INVALID', problem);
    return this.deps.db.transaction(async (em) => {
      const card = Object.assign(new QaScorecardEntity(), {
        id: randomUUID(),
        propertyId,
        name: name.trim(),
        createdAt: this.deps.clock.now(),
      });
      await em.insert(QaScorecardEntity, card);
      await em.insert(
        QaCriterionEntity,
        criteria.map((c, position) => ({ id: randomUUID(), scorecardId: card.id, position, name: c.name.trim(), weight: c.weight })),
      );
      return card;
    });
  }

  async criteriaOf(scorecardIds: readonly string[]): Promise<QaCriterionEntity[][]> {
    const rows = await this.deps.db.manager.find(QaCriterionEntity, {
      where: { scorecardId: In([...scorecardIds]) },
      order: { position: 'ASC' },
    });
    return scorecardIds.map((id) => rows.filter((r) => r.scorecardId === id));
  }

  /**
   * Draws up to `perAgent` closed cases per agent, at random, from cases closed in the period and
   * not drawn before; each becomes a PENDING review against the scorecard.
   */
  async sample(propertyId: string, scorecardId: string, period: Period, perAgent: number, caller: Caller): Promise<QaReviewEntity[]> {
    caller.assertProperty(propertyId);
    if (!Number.isInteger(perAgent) || perAgent < 1 || perAgent > 50)
      throw new DomainError('INPUT.INVALID', `perAgent must be 1–50 (got ${perAgent})`);
    return this.deps.db.transaction(async (em) => {
      const card = await em.findOneBy(QaScorecardEntity, { id: scorecardId });
      if (!card || card.propertyId !== propertyId) throw notFound('QA.SCORECARD_NOT_FOUND', 'QA scorecard', scorecardId);
      const drawn = await namedQuery<{ id: string; assignee_id: string; closed_at: string }>(
        em,
        `SELECT s.id, s.assignee_id, s.closed_at FROM (
           SELECT c.id, c.assignee_id, c.closed_at, ROW_NUMBER() OVER (PARTITION BY c.assignee_id ORDER BY RANDOM()) AS rn
           FROM cases c
           WHERE c.property_id = :propertyId AND c.status = 'CLOSED' AND c.kind <> 'SURVEY' AND c.assignee_id IS NOT NULL
             AND c.closed_at >= :from AND c.closed_at < :to
             AND NOT EXISTS (SELECT 1 FROM qa_reviews q WHERE q.case_id = c.id)
         ) s
         WHERE s.rn <= :perAgent
         ORDER BY s.assignee_id, s.closed_at`,
        { propertyId, from: period.from.toISOString(), to: period.to.toISOString(), perAgent },
      );
      const now = this.deps.clock.now();
      const reviews = drawn.map((d) =>
        Object.assign(new QaReviewEntity(), {
          id: randomUUID(),
          propertyId,
          caseId: d.id,
          agentId: d.assignee_id,
          scorecardId,
          caseClosedAt: new Date(d.closed_at),
          status: 'PENDING' as const,
          sampledAt: now,
          reviewerId: null,
          scoredAt: null,
          totalScore: null,
          comment: null,
        }),
      );
      if (reviews.length) await em.insert(QaReviewEntity, reviews);
      return reviews;
    });
  }

  /** Scores every criterion 0–100 once; nobody scores their own case. */
  score(
    reviewId: string,
    scores: { criterionId: string; score: number }[],
    comment: string | null,
    caller: Caller,
  ): Promise<QaReviewEntity> {
    return transitionAggregate(this.deps, QA_REVIEW, reviewId, 'score', caller, async (em, review, { at }) => {
      if (caller.employeeId === review.agentId) throw new DomainError('AUTH.FORBIDDEN', 'Nobody scores their own case');
      const criteria = await em.find(QaCriterionEntity, { where: { scorecardId: review.scorecardId }, order: { position: 'ASC' } });
      const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
      if (byId.size !== scores.length) throw new DomainError('QA.SCORES_INCOMPLETE', 'a criterion is scored twice');
      const result = weightedScore(criteria, byId);
      if (!result.ok) throw new DomainError('QA.SCORES_INCOMPLETE', result.problem);
      await em.insert(
        QaScoreEntity,
        scores.map((s) => ({ reviewId, criterionId: s.criterionId, score: s.score })),
      );
      Object.assign(review, {
        reviewerId: caller.employeeId ?? null,
        scoredAt: at,
        totalScore: result.total,
        comment: comment?.trim() || null,
      });
    });
  }

  list(propertyId: string, caller: Caller, page: PageArgs, f: { agentId?: string; status?: QaReviewStatus }) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(QaReviewEntity, 'q').where('q.propertyId = :propertyId', { propertyId });
    if (f.agentId) qb.andWhere('q.agentId = :agentId', { agentId: f.agentId });
    if (f.status) qb.andWhere('q.status = :status', { status: f.status });
    return paginate(qb, page, { sortProperty: 'sampledAt', toParam: (v) => (v instanceof Date ? v.toISOString() : v) });
  }

  /** Per agent, the scored reviews of cases closed in the period: what the staffing performance review reads. */
  async agentScores(propertyId: string, period: Period, caller: Caller, agentId?: string): Promise<AgentQaScore[]> {
    caller.assertProperty(propertyId);
    const rows = await namedQuery<{ agent_id: string; reviews: string; avg_score: string; low: string; high: string }>(
      this.deps.db.manager,
      `SELECT agent_id, COUNT(*) AS reviews, AVG(total_score) AS avg_score, MIN(total_score) AS low, MAX(total_score) AS high
       FROM qa_reviews
       WHERE property_id = :propertyId AND status = 'SCORED' AND case_closed_at >= :from AND case_closed_at < :to
         ${agentId ? 'AND agent_id = :agentId' : ''}
       GROUP BY agent_id
       ORDER BY agent_id`,
      { propertyId, from: period.from.toISOString(), to: period.to.toISOString(), agentId },
    );
    return rows.map((r) => ({
      agentId: r.agent_id,
      reviews: Number(r.reviews),
      averageScore: Math.round(Number(r.avg_score) * 10) / 10,
      lowestScore: Number(r.low),
      highestScore: Number(r.high),
    }));
  }
}
