import { Column, Entity, Index } from 'typeorm';
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

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
