import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { TableStatus } from './table.rules';

/** A dining room or terrace of an outlet, with its tables laid out on a grid. */
@Entity('floors')
@Index(['outletId', 'name'])
export class FloorEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;
}

@Entity('dining_tables')
@Index(['outletId', 'number'], { unique: true })
@Index(['floorId'])
export class TableEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @RefColumn({ name: 'floor_id' })
  floorId: string;

  @Column({ type: 'varchar', length: 10 })
  number: string;

  @Column({ type: 'integer' })
  seats: number;

  /** Position on the floor plan, in grid cells. */
  @Column({ name: 'pos_x', type: 'integer' })
  x: number;

  @Column({ name: 'pos_y', type: 'integer' })
  y: number;

  @Column({ type: 'varchar', length: 16 })
  status: TableStatus;

  @Column({ type: 'integer' })
  covers: number;

  @RefColumn({ name: 'server_id', nullable: true })
  serverId: string | null;

  /** The party's open order at this table. */
  @RefColumn({ name: 'order_id', nullable: true })
  orderId: string | null;

  /** Set while this table is joined to another for one party. */
  @RefColumn({ name: 'merged_into_id', nullable: true })
  mergedIntoId: string | null;

  @TimestampColumn({ name: 'seated_at', nullable: true })
  seatedAt: Date | null;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
