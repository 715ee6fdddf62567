import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DecimalColumn, IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { ItemCategory } from './item.rules';

/** A stock-keeping unit of one property. */
@Entity('items')
@Index(['propertyId', 'sku'], { unique: true })
export class ItemEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  category: ItemCategory;

  /** Unit every quantity of this item is counted in: 'each', 'kg', 'bottle' … */
  @Column({ type: 'varchar', length: 20 })
  unit: string;

  @DecimalColumn({ name: 'par_level' })
  parLevel: number;

  @DecimalColumn({ name: 'reorder_point' })
  reorderPoint: number;

  /** Days from receipt to expiry; items with one are received with a lot and expiry date. */
  @Column({ name: 'shelf_life_days', type: 'integer', nullable: true })
  shelfLifeDays: number | null;

  /** Moving-average cost per stock unit, minor units to three decimals. */
  @DecimalColumn({ name: 'average_cost' })
  averageCost: number;

  /** Archived items take no new purchases or receipts; their history stays. */
  @TimestampColumn({ name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A pack or purchase unit of an item: `factor` stock units per one of it (a case → 24 bottles). */
@Entity('item_units')
export class ItemUnitEntity {
  @PrimaryColumn({ name: 'item_id', type: 'varchar', length: 36 })
  itemId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  unit: string;

  @DecimalColumn()
  factor: number;
}
