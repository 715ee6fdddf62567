import { Column, Entity } from 'typeorm';
import { DecimalColumn, IdColumn, JsonColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { Deduction, PoStatus } from './purchasing.rules';

@Entity('purchase_orders')
export class PurchaseOrderEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  @RefColumn({ name: 'supplier_id' })
  supplierId: string;

  /** where deliveries are received (a store; putaway may pick its bins) */
  @RefColumn({ name: 'location_id' })
  locationId: string;

  @Column({ type: 'varchar', length: 20 })
  status: PoStatus;

  @DecimalColumn({ name: 'total_minor' })
  totalMinor: number;

  /** the supplier's currency, which the total and prices are in */
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @LocalDateColumn({ name: 'expected_on', nullable: true })
  expectedOn: string | null;

  @Column({ name: 'tolerance_percent', type: 'integer' })
  tolerancePercent: number;

  @RefColumn({ name: 'created_by', nullable: true })
  createdBy: string | null;

  @RefColumn({ name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @TimestampColumn({ name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** quantity in the purchase unit; received and rejected in stock units (factor converts). */
@Entity('purchase_order_lines')
export class PurchaseOrderLineEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'purchase_order_id' })
  purchaseOrderId: string;

  @RefColumn({ name: 'item_id' })
  itemId: string;

  @Column({ type: 'varchar', length: 20 })
  unit: string;

  @DecimalColumn()
  quantity: number;

  /** stock units per purchase unit */
  @DecimalColumn()
  factor: number;

  @MinorUnitsColumn({ name: 'unit_price_minor' })
  unitPriceMinor: number;

  @DecimalColumn()
  received: number;

  @DecimalColumn()
  rejected: number;
}

export interface QualityCheck {
  temperatureC: number | null;
  packagingOk: boolean;
  expiryOk: boolean;
  note: string | null;
}

@Entity('receipts')
export class ReceiptEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'purchase_order_id' })
  purchaseOrderId: string;

  @RefColumn({ name: 'supplier_id' })
  supplierId: string;

  @Column({ name: 'delivery_note', type: 'varchar', length: 100, nullable: true })
  deliveryNote: string | null;

  /** delivered by the order's expected date (null: the order had none) */
  @Column({ name: 'on_time', type: 'boolean', nullable: true })
  onTime: boolean | null;

  @JsonColumn()
  quality: QualityCheck;

  @RefColumn({ name: 'received_by', nullable: true })
  receivedBy: string | null;

  @TimestampColumn({ name: 'received_at' })
  receivedAt: Date;
}

/** Quantities in stock units: delivered (net of deductions) = accepted + rejected. */
@Entity('receipt_lines')
export class ReceiptLineEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'receipt_id' })
  receiptId: string;

  @RefColumn({ name: 'purchase_order_line_id' })
  purchaseOrderLineId: string;

  @RefColumn({ name: 'item_id' })
  itemId: string;

  /** the bin it was put away to */
  @RefColumn({ name: 'location_id' })
  locationId: string;

  @DecimalColumn()
  delivered: number;

  /** weight taken off for packaging, ice, moisture */
  @DecimalColumn()
  deducted: number;

  @DecimalColumn()
  accepted: number;

  @DecimalColumn()
  rejected: number;

  @Column({ name: 'reject_reason', type: 'varchar', length: 40, nullable: true })
  rejectReason: string | null;

  @JsonColumn()
  deductions: Deduction[];

  @Column({ type: 'varchar', length: 40, nullable: true })
  lot: string | null;

  @LocalDateColumn({ name: 'expires_on', nullable: true })
  expiresOn: string | null;
}
