import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn, TimestampColumn } from '../db/columns';

/** An event written in the same transaction as the change it describes; the relay publishes it. */
@Entity('outbox')
@Index('ix_outbox_pending', ['publishedAt', 'seq'])
export class OutboxRow {
  @PrimaryGeneratedColumn('increment')
  seq: number;

  @Column({ name: 'event_id', type: 'varchar', length: 36, unique: true })
  eventId: string;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ name: 'message_key', type: 'varchar', length: 200 })
  messageKey: string;

  @Column({ type: 'varchar', length: 200 })
  type: string;

  @JsonColumn()
  headers: Record<string, string>;

  @Column({ type: 'text' })
  payload: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'published_at', nullable: true })
  publishedAt: Date | null;
}

/** One row per (event, consumer group) applied: the de-duplication record of an idempotent consumer. */
@Entity('inbox')
export class InboxRow {
  @Column({ name: 'event_id', type: 'varchar', length: 36, primary: true })
  eventId: string;

  @Column({ name: 'consumer_group', type: 'varchar', length: 120, primary: true })
  consumerGroup: string;

  @Column({ type: 'varchar', length: 200 })
  type: string;

  @TimestampColumn({ name: 'processed_at' })
  processedAt: Date;
}
