import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { JsonColumn, TimestampColumn } from '../db/columns';

/**
 * A message this consumer group gave up on, kept in the group's own database beside its inbox,
 * so an operator can list it with its error and replay it after a fix (`npm run -s dlq`). The
 * `<topic>.dlq.<group>` Kafka topic gets the same message for outside tooling.
 */
@Entity('dead_letters')
@Index('ix_dead_letters_open', ['consumerGroup', 'replayedAt'])
export class DeadLetterRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'consumer_group', type: 'varchar', length: 120 })
  consumerGroup: string;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  /** the CloudEvents id, or null when the message was not a CloudEvent */
  @Column({ name: 'event_id', type: 'varchar', length: 36, nullable: true })
  eventId: string | null;

  @Column({ type: 'varchar', length: 200 })
  type: string;

  @Column({ name: 'message_key', type: 'varchar', length: 200 })
  messageKey: string;

  @JsonColumn()
  headers: Record<string, string>;

  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 2000 })
  error: string;

  @Column({ type: 'integer' })
  attempts: number;

  @TimestampColumn({ name: 'dead_lettered_at' })
  deadLetteredAt: Date;

  @TimestampColumn({ name: 'replayed_at', nullable: true })
  replayedAt: Date | null;

  /** applied | duplicate | ignored | dead-lettered (again: a newer row holds the new error) */
  @Column({ name: 'replay_outcome', type: 'varchar', length: 20, nullable: true })
  replayOutcome: string | null;
}
