import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A review posted on a review site, with the hotel's public reply and the case it is worked in. */
@Entity('online_reviews')
@Index(['propertyId', 'source', 'externalId'], { unique: true })
@Index(['propertyId', 'postedAt', 'id'])
export class ReviewEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  /** The site, e.g. 'ctrip', 'meituan', 'tripadvisor', 'google'. */
  @Column({ type: 'varchar', length: 40 })
  source: string;

  /** The site's id of the review: recording the same review twice returns the first record. */
  @Column({ name: 'external_id', type: 'varchar', length: 100 })
  externalId: string;

  @Column({ type: 'integer' })
  rating: number;

  @Column({ name: 'author_name', type: 'varchar', length: 200 })
  authorName: string;

  @Column({ type: 'text' })
  body: string;

  @TimestampColumn({ name: 'posted_at' })
  postedAt: Date;

  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  @RefColumn({ name: 'case_id', nullable: true })
  caseId: string | null;

  @Column({ name: 'reply_text', type: 'text', nullable: true })
  replyText: string | null;

  @RefColumn({ name: 'replied_by', nullable: true })
  repliedBy: string | null;

  @TimestampColumn({ name: 'replied_at', nullable: true })
  repliedAt: Date | null;

  @RefColumn({ name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @TimestampColumn({ name: 'recorded_at' })
  recordedAt: Date;
}
