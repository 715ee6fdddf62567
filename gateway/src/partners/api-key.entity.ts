import { Column, Entity } from 'typeorm';
import { IdColumn, JsonColumn, TimestampColumn } from '@hotelops/kernel/db';

/** A partner API key: only its SHA-256 is stored; the key itself is shown once, at creation. */
@Entity('api_keys')
export class ApiKeyRow {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** hex SHA-256 of the whole key */
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  @JsonColumn()
  scopes: string[];

  /** properties the partner may act on; ['*'] = every property */
  @JsonColumn({ name: 'property_ids' })
  propertyIds: string[];

  /** channel codes (e.g. SITEMINDER) the partner may send reservations for; [] = none */
  @JsonColumn()
  channels: string[];

  /** when true the key may only send operations from the persisted-query allow-list */
  @Column({ name: 'persisted_only', type: 'boolean', default: false })
  persistedOnly: boolean;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
