import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { OutletKind } from './outlet.rules';

/** A point of sale: restaurant, bar, room service or banquet hall. */
@Entity('outlets')
@Index(['propertyId', 'name'])
export class OutletEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OutletKind;

  /** Menu prices and bills are in this currency (the property's). */
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
