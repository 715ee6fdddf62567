import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** One availability or rate event, kept in arrival order for partners pulling ARI deltas (`since` = seq). */
@Entity('ota_ari_deltas')
@Index('ix_ota_ari_deltas_property', ['propertyId', 'seq'])
export class AriDeltaEntity {
  @PrimaryGeneratedColumn('increment')
  seq: number;

  @Column({ name: 'event_id', type: 'varchar', length: 36, unique: true })
  eventId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  /** the event's CloudEvents type (availability changed or rates changed) */
  @Column({ type: 'varchar', length: 200 })
  type: string;

  @JsonColumn()
  payload: Record<string, unknown>;

  @TimestampColumn({ name: 'recorded_at' })
  recordedAt: Date;
}
