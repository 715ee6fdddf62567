import { Column, Entity } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { RequisitionLine, RequisitionStatus, TransferLine, TransferStatus } from './transfer.rules';

/** Stock on its way between two locations of a property: out-leg posted, in-leg pending. */
@Entity('transfers')
export class TransferEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  @RefColumn({ name: 'from_location_id' })
  fromLocationId: string;

  @RefColumn({ name: 'to_location_id' })
  toLocationId: string;

  @Column({ type: 'varchar', length: 20 })
  status: TransferStatus;

  @RefColumn({ name: 'requisition_id', nullable: true })
  requisitionId: string | null;

  @JsonColumn()
  lines: TransferLine[];

  @RefColumn({ name: 'created_by', nullable: true })
  createdBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** An outlet's requisition as the store sees it; the id is F&B's requisition id. */
@Entity('requisitions')
export class RequisitionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  /** the outlet's stock location the goods go to */
  @RefColumn({ name: 'location_id', nullable: true })
  locationId: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: RequisitionStatus;

  @JsonColumn()
  lines: RequisitionLine[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @LocalDateColumn({ name: 'needed_by', nullable: true })
  neededBy: string | null;

  @TimestampColumn({ name: 'requested_at' })
  requestedAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
