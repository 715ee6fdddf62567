import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { LocationKind } from './location.rules';

/** A place stock is held: a store, a department room, an outlet, or a bin inside one of them. */
@Entity('locations')
@Index(['propertyId', 'code'], { unique: true })
export class LocationEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: LocationKind;

  /** The location a BIN is in. */
  @RefColumn({ name: 'parent_id', nullable: true })
  parentId: string | null;

  /** The F&B outlet (fnb subgraph) this stock belongs to. */
  @RefColumn({ name: 'outlet_id', nullable: true })
  outletId: string | null;

  /** The count this bin is frozen for: no movement until it is posted or cancelled. */
  @RefColumn({ name: 'frozen_by_count_id', nullable: true })
  frozenByCountId: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
