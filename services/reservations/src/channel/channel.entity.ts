import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { ChannelOutcome } from './channel.rules';

/** The answer given to one partner message; a retried message is answered from here, unchanged. */
@Entity('channel_acks')
export class ChannelAckEntity {
  @PrimaryColumn({ name: 'channel_code', type: 'varchar', length: 40 })
  channelCode: string;

  @PrimaryColumn({ name: 'channel_ref', type: 'varchar', length: 100 })
  channelRef: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  /** The stay the message applied to; none for a tombstone or a superseded message. */
  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'reservation_status', type: 'varchar', length: 20 })
  reservationStatus: string;

  @Column({ name: 'confirmation_number', type: 'varchar', length: 40, nullable: true })
  confirmationNumber: string | null;

  @Column({ type: 'varchar', length: 20, default: 'APPLIED' })
  outcome: ChannelOutcome;

  /** SHA-256 of the message body: the same version resent with another body is refused. */
  @Column({ name: 'message_hash', type: 'varchar', length: 64, nullable: true })
  messageHash: string | null;

  @TimestampColumn({ name: 'acknowledged_at' })
  acknowledgedAt: Date;
}

/** A partner's cancellation that arrived before the reservation it cancels: nothing may book it later. */
@Entity('channel_tombstones')
export class ChannelTombstoneEntity {
  @PrimaryColumn({ name: 'channel_code', type: 'varchar', length: 40 })
  channelCode: string;

  @PrimaryColumn({ name: 'channel_ref', type: 'varchar', length: 100 })
  channelRef: string;

  /** The highest version the partner cancelled at. */
  @Column({ type: 'integer' })
  version: number;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @TimestampColumn({ name: 'cancelled_at' })
  cancelledAt: Date;
}
