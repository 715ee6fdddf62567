import { Column, Entity } from 'typeorm';
import { DecimalColumn, IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { WriteOffReason, WriteOffStatus } from './damage.rules';

/** Damaged, expired or broken goods awaiting (or past) a disposal decision. */
@Entity('write_offs')
export class WriteOffEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'item_id' })
  itemId: string;

  @RefColumn({ name: 'location_id' })
  locationId: string;

  @DecimalColumn()
  quantity: number;

  @Column({ type: 'varchar', length: 20 })
  reason: WriteOffReason;

  @Column({ type: 'varchar', length: 20 })
  status: WriteOffStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** how it was disposed of (returned, scrapped, donated …) */
  @Column({ type: 'varchar', length: 500, nullable: true })
  disposal: string | null;

  @RefColumn({ name: 'reported_by', nullable: true })
  reportedBy: string | null;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
