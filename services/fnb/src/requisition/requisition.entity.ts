import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn, numberTransformer } from '@hotelops/kernel';

export const REQUISITION_STATUSES = ['REQUESTED', 'ACCEPTED', 'PICKED', 'DELIVERED', 'SHORT', 'REJECTED'] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];
const decimal = { type: 'numeric', precision: 14, scale: 3, transformer: numberTransformer } as const;

/** 提货单: supplies an outlet asks of the store; its progress comes back from inventory's events. */
@Entity('requisitions')
@Index(['outletId', 'requestedAt'])
export class RequisitionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @Column({ type: 'varchar', length: 10 })
  status: RequisitionStatus;

  @RefColumn({ name: 'requested_by', nullable: true })
  requestedBy: string | null;

  @LocalDateColumn({ name: 'needed_by', nullable: true })
  neededBy: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Inventory's reason for a short delivery or a rejection. */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @TimestampColumn({ name: 'requested_at' })
  requestedAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

@Entity('requisition_lines')
export class RequisitionLineEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'requisition_id' })
  requisitionId: string;

  @RefColumn({ name: 'inventory_item_id' })
  inventoryItemId: string;

  @Column({ ...decimal })
  quantity: number;

  @Column({ ...decimal })
  picked: number;

  @Column({ ...decimal })
  delivered: number;
}
