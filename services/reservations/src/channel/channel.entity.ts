import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RefColumn, TimestampColumn } from '@hotelops/kernel';

/** The answer given to one partner message; a retried message is answered from here, unchanged. */
@Entity('channel_acks')
export class ChannelAckEntity {
  @PrimaryColumn({ name: 'channel_code', type: 'varchar', length: 40 })
  channelCode: string;

  @PrimaryColumn({ name: 'channel_ref', type: 'varchar', length: 100 })
  channelRef: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @RefColumn({ name: 'reservation_id' })
  reservationId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'reservation_status', type: 'varchar', length: 20 })
  reservationStatus: string;

  @Column({ name: 'confirmation_number', type: 'varchar', length: 40 })
  confirmationNumber: string;

  @TimestampColumn({ name: 'acknowledged_at' })
  acknowledgedAt: Date;
}
