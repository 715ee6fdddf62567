import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { Station } from '../menu/menu.rules';
import type { TicketStatus } from './ticket.rules';

/** What one station must prepare for one firing of an order's course(s). */
@Entity('kitchen_tickets')
@Index(['outletId', 'station', 'status'])
@Index(['orderId'])
export class KitchenTicketEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @RefColumn({ name: 'order_id' })
  orderId: string;

  @Column({ type: 'varchar', length: 10 })
  station: Station;

  /** Courses fired together on this ticket, e.g. STARTER or DRINK,STARTER. */
  @Column({ type: 'varchar', length: 40 })
  courses: string;

  @Column({ name: 'table_number', type: 'varchar', length: 10, nullable: true })
  tableNumber: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: TicketStatus;

  @TimestampColumn({ name: 'fired_at' })
  firedAt: Date;

  @TimestampColumn({ name: 'started_at', nullable: true })
  startedAt: Date | null;

  @TimestampColumn({ name: 'ready_at', nullable: true })
  readyAt: Date | null;

  @TimestampColumn({ name: 'served_at', nullable: true })
  servedAt: Date | null;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
