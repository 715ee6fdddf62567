import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A guest's answer to a survey case: NPS (0–10, would recommend) and CSAT (1–5, satisfied overall). */
@Entity('survey_responses')
@Index(['caseId'], { unique: true })
@Index(['propertyId', 'answeredAt'])
export class SurveyResponseEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  /** The SURVEY case answered; unique, so a survey is answered once. */
  @RefColumn({ name: 'case_id' })
  caseId: string;

  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  @Column({ name: 'nps_score', type: 'integer' })
  npsScore: number;

  @Column({ name: 'csat_score', type: 'integer' })
  csatScore: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @RefColumn({ name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @TimestampColumn({ name: 'answered_at' })
  answeredAt: Date;
}

/** A 1–5 rating of one department or outlet within a response. */
@Entity('survey_ratings')
@Index(['responseId'])
export class SurveyRatingEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'response_id' })
  responseId: string;

  @RefColumn({ name: 'department_id', nullable: true })
  departmentId: string | null;

  @RefColumn({ name: 'outlet_id', nullable: true })
  outletId: string | null;

  @Column({ type: 'integer' })
  score: number;
}
