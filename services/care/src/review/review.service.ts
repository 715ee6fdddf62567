import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  DomainError,
  isUniqueViolation,
  lockForChange,
  paginate,
  type AggregateKind,
  type Caller,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
} from '@hotelops/kernel';
import type { CaseEntity } from '../case/case.entity';
import { textProblem } from '../case/case.rules';
import type { CaseService } from '../case/case.service';
import type { CaseOpeningService } from '../case-work/case-opening.service';
import { ReviewEntity } from './review.entity';
import { NEGATIVE_AT_OR_BELOW, isNegative, ratingProblem, severityFor } from './review.rules';

export interface ReviewDraft {
  propertyId: string;
  source: string;
  externalId: string;
  rating: number;
  authorName: string;
  body: string;
  postedAt: Date;
  reservationId: string | null;
  /** Work the review in this existing case instead of opening one. */
  linkCaseId: string | null;
}

const REVIEW: AggregateKind<ReviewEntity> = { entity: ReviewEntity, notFound: 'REVIEW.NOT_FOUND', noun: 'Review' };

export class ReviewService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly cases: CaseService,
    private readonly opening: CaseOpeningService,
  ) {}

  /**
   * Records a review once per (site, site's id). A negative one is linked to the given case, or
   * opens a complaint (channel REVIEW_SITE) in the same transaction.
   */
  async record(d: ReviewDraft, caller: Caller, meta: EventMeta): Promise<ReviewEntity> {
    caller.assertProperty(d.propertyId);
    const problem =
      ratingProblem(d.rating) ??
      textProblem('source', d.source, 40) ??
      textProblem('externalId', d.externalId, 100) ??
      textProblem('authorName', d.authorName, 200);
    if (problem) throw new DomainError('INPUT.INVALID', problem);
    const key = { propertyId: d.propertyId, source: d.source.trim().toLowerCase(), externalId: d.externalId.trim() };
    try {
      return await this.deps.db.transaction(async (em) => {
        const existing = await em.findOneBy(ReviewEntity, key);
        if (existing) return existing;
        const caseId = d.linkCaseId
          ? (await this.cases.inProperty(em, d.linkCaseId, d.propertyId)).id
          : isNegative(d.rating)
            ? (await this.complaintFor(em, d, key.source, caller, meta)).id
            : null;
        const review = Object.assign(new ReviewEntity(), {
          ...key,
          id: randomUUID(),
          rating: d.rating,
          authorName: d.authorName.trim(),
          body: d.body.trim(),
          postedAt: d.postedAt,
          reservationId: d.reservationId,
          caseId,
          replyText: null,
          repliedBy: null,
          repliedAt: null,
          recordedBy: caller.employeeId ?? null,
          recordedAt: this.deps.clock.now(),
        } satisfies ReviewEntity);
        await em.insert(ReviewEntity, review);
        return review;
      });
    } catch (err) {
      // A concurrent recording of the same review won: return its record.
      if (isUniqueViolation(err)) return this.deps.db.manager.findOneByOrFail(ReviewEntity, key);
      throw err;
    }
  }

  /** The public reply; replying again replaces it (sites let the hotel edit its answer). */
  reply(id: string, text: string, caller: Caller): Promise<ReviewEntity> {
    const problem = textProblem('text', text, 4000);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'text' });
    return this.change(id, caller, async (r) => {
      r.replyText = text.trim();
      r.repliedBy = caller.employeeId ?? null;
      r.repliedAt = this.deps.clock.now();
    });
  }

  linkToCase(id: string, caseId: string, caller: Caller): Promise<ReviewEntity> {
    return this.change(id, caller, async (r, em) => {
      r.caseId = (await this.cases.inProperty(em, caseId, r.propertyId)).id;
    });
  }

  list(propertyId: string, caller: Caller, page: PageArgs, f: { negativeOnly?: boolean; unrepliedOnly?: boolean }) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(ReviewEntity, 'r').where('r.propertyId = :propertyId', { propertyId });
    if (f.negativeOnly) qb.andWhere('r.rating <= :neg', { neg: NEGATIVE_AT_OR_BELOW });
    if (f.unrepliedOnly) qb.andWhere('r.repliedAt IS NULL');
    return paginate(qb, page, { sortProperty: 'postedAt', toParam: (v) => (v instanceof Date ? v.toISOString() : v) });
  }

  private complaintFor(em: EntityManager, d: ReviewDraft, source: string, caller: Caller, meta: EventMeta): Promise<CaseEntity> {
    return this.opening.openWithin(
      em,
      {
        propertyId: d.propertyId,
        kind: 'COMPLAINT',
        channel: 'REVIEW_SITE',
        category: 'online-review',
        severity: severityFor(d.rating),
        subject: `${d.rating}-star review on ${source} by ${d.authorName.trim()}`.slice(0, 200),
        description: d.body.trim(),
        reservationId: d.reservationId,
        guestName: d.authorName.trim(),
      },
      caller,
      meta,
    );
  }

  private change(id: string, caller: Caller, edit: (r: ReviewEntity, em: EntityManager) => Promise<void>): Promise<ReviewEntity> {
    return this.deps.db.transaction(async (em) => {
      const r = await lockForChange(em, this.deps.db, REVIEW, id, caller);
      await edit(r, em);
      return em.save(r);
    });
  }
}
