import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { AriPushStatus } from './ari-push.rules';

/** Where a channel partner wants a property's ARI deltas pushed (OTA_HotelAvailNotifRQ over HTTP POST). */
@Entity('ota_ari_push_endpoints')
@Index('ux_ota_ari_push_endpoints_channel', ['propertyId', 'channelCode'], { unique: true })
export class AriPushEndpointEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  /** the partner, e.g. SITEMINDER */
  @Column({ name: 'channel_code', type: 'varchar', length: 40 })
  channelCode: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  /** header carrying the partner's credential (e.g. Authorization); never returned by the API */
  @Column({ name: 'auth_header_name', type: 'varchar', length: 100, nullable: true })
  authHeaderName: string | null;

  @Column({ name: 'auth_header_value', type: 'varchar', length: 1000, nullable: true })
  authHeaderValue: string | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/**
 * One ARI delta owed to one endpoint (the push outbox). Written in the transaction that records
 * the delta; PENDING until the partner answers OTA Success, sent in seq order per room type.
 */
@Entity('ota_ari_push_deliveries')
@Index('ux_ota_ari_push_deliveries_delta', ['endpointId', 'deltaSeq'], { unique: true })
@Index('ix_ota_ari_push_deliveries_status', ['status', 'endpointId', 'deltaSeq'])
export class AriPushDeliveryEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'endpoint_id' })
  endpointId: string;

  /** the delta (ota_ari_deltas.seq) */
  @Column({ name: 'delta_seq', type: 'integer' })
  deltaSeq: number;

  /** deliveries of one room type go out in seq order: a later one waits for an earlier one */
  @RefColumn({ name: 'room_type_id' })
  roomTypeId: string;

  @Column({ type: 'varchar', length: 20 })
  status: AriPushStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @TimestampColumn({ name: 'next_attempt_at' })
  nextAttemptAt: Date;

  /** what the partner (or the network) answered the last failed attempt */
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @TimestampColumn({ name: 'delivered_at', nullable: true })
  deliveredAt: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
