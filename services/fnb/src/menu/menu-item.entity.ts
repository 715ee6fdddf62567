import { Column, Entity, Index } from 'typeorm';
import { IdColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

@Entity('menu_items')
@Index(['outletId', 'category', 'name'])
export class MenuItemEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  /** The outlet's property, copied so references and lists are property-scoped without a join. */
  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 60 })
  category: string;

  @MinorUnitsColumn({ name: 'price_minor' })
  priceMinor: number;

  /** The outlet's currency, copied so a price needs no second lookup. */
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'boolean' })
  available: boolean;

  /** 特色菜: a house specialty servers recommend. */
  @Column({ type: 'boolean' })
  specialty: boolean;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
