import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DecimalColumn, IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { QaReviewStatus } from './qa.rules';

/** A QA scorecard: weighted criteria a sampled case is scored against. */
@Entity('qa_scorecards')
export class QaScorecardEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

@Entity('qa_criteria')
@Index(['scorecardId', 'position'], { unique: true })
export class QaCriterionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'scorecard_id' })
  scorecardId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer' })
  weight: number;
}

/** A closed case drawn for QA; scored once against its scorecard. */
@Entity('qa_reviews')
@Index(['caseId'], { unique: true })
@Index(['propertyId', 'agentId', 'status'])
export class QaReviewEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'case_id' })
  caseId: string;

  /** The employee who worked the case (its assignee when sampled). */
  @RefColumn({ name: 'agent_id' })
  agentId: string;

  @RefColumn({ name: 'scorecard_id' })
  scorecardId: string;

  /** When the case was closed: the period the score counts for. */
  @TimestampColumn({ name: 'case_closed_at' })
  caseClosedAt: Date;

  @Column({ type: 'varchar', length: 10 })
  status: QaReviewStatus;

  @TimestampColumn({ name: 'sampled_at' })
  sampledAt: Date;

  @RefColumn({ name: 'reviewer_id', nullable: true })
  reviewerId: string | null;

  @TimestampColumn({ name: 'scored_at', nullable: true })
  scoredAt: Date | null;

  @DecimalColumn({ name: 'total_score', nullable: true })
  totalScore: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}

@Entity('qa_scores')
export class QaScoreEntity {
  @PrimaryColumn({ name: 'review_id', type: 'varchar', length: 36 })
  reviewId: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'varchar', length: 36 })
  criterionId: string;

  @Column({ type: 'integer' })
  score: number;
}
