import { Column, Entity, Index } from 'typeorm';
import { DecimalColumn, IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { ExchangeStatus } from './exchange.rules';

/** Goods sent back against a purchase order line, awaiting (or given) the supplier's replacement. */
@Entity('vendor_exchanges')
@Index(['propertyId', 'number'], { unique: true })
export class VendorExchangeEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  @RefColumn({ name: 'supplier_id' })
  supplierId: string;

  @RefColumn({ name: 'purchase_order_id' })
  purchaseOrderId: string;

  @RefColumn({ name: 'purchase_order_line_id' })
  purchaseOrderLineId: string;

  @RefColumn({ name: 'item_id' })
  itemId: string;

  /** where the goods were taken from (and the replacement goes by default) */
  @RefColumn({ name: 'location_id' })
  locationId: string;

  @Column({ type: 'varchar', length: 30 })
  status: ExchangeStatus;

  /** stock units sent back */
  @DecimalColumn()
  returned: number;

  /** stock units the supplier has replaced so far */
  @DecimalColumn()
  replaced: number;

  @Column({ type: 'varchar', length: 40 })
  reason: string;

  @RefColumn({ name: 'created_by', nullable: true })
  createdBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
