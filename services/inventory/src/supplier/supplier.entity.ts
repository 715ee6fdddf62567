import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DecimalColumn, IdColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A vendor the store buys from. */
@Entity('suppliers')
export class SupplierEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Days from sending an order to delivery. */
  @Column({ name: 'lead_time_days', type: 'integer' })
  leadTimeDays: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contact: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A supplier's price for an item in one purchase unit, with its minimum order quantity. */
@Entity('supplier_prices')
export class SupplierPriceEntity {
  @PrimaryColumn({ name: 'supplier_id', type: 'varchar', length: 36 })
  supplierId: string;

  @PrimaryColumn({ name: 'item_id', type: 'varchar', length: 36 })
  itemId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  unit: string;

  @MinorUnitsColumn({ name: 'price_minor' })
  priceMinor: number;

  @DecimalColumn({ name: 'min_order_quantity' })
  minOrderQuantity: number;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
