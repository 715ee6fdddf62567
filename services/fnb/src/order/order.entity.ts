import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { Course, Station } from '../menu/menu.rules';
import type { LineStatus, OrderKind, OrderStatus } from './order.rules';

@Entity('orders')
@Index(['outletId', 'createdAt', 'id'])
@Index(['outletId', 'businessDate'])
@Index(['reservationId'])
export class OrderEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: OrderKind;

  @RefColumn({ name: 'table_id', nullable: true })
  tableId: string | null;

  /** The table's number when the order was opened (kept for receipts and old orders). */
  @Column({ name: 'table_number', type: 'varchar', length: 10, nullable: true })
  tableNumber: string | null;

  @Column({ type: 'integer' })
  covers: number;

  /** The guest's stay, for room service and room charges; VIP flags come from it through federation. */
  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  @RefColumn({ name: 'server_id', nullable: true })
  serverId: string | null;

  /** The service it was taken in (null only for orders from before services were recorded). */
  @RefColumn({ name: 'service_id', nullable: true })
  serviceId: string | null;

  @RefColumn({ name: 'period_id', nullable: true })
  periodId: string | null;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ type: 'varchar', length: 10 })
  status: OrderStatus;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** What the guest owes for the lines (comped and voided lines count zero), kept with every change. */
  @MinorUnitsColumn({ name: 'total_minor' })
  totalMinor: number;

  @Column({ name: 'void_reason', type: 'varchar', length: 500, nullable: true })
  voidReason: string | null;

  @RefColumn({ name: 'voided_by', nullable: true })
  voidedBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;

  @TimestampColumn({ name: 'settled_at', nullable: true })
  settledAt: Date | null;

  @TimestampColumn({ name: 'voided_at', nullable: true })
  voidedAt: Date | null;
}

export interface ChosenModifier {
  modifierId: string;
  name: string;
  priceDeltaMinor: number;
}

/** One menu item on an order; name, category and price are copied so later menu changes do not alter the bill. */
@Entity('order_lines')
@Index(['orderId', 'position'], { unique: true })
@Index(['outletId', 'businessDate'])
export class OrderLineEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'order_id' })
  orderId: string;

  /** Copied from the order so the daily report reads one table by (outlet, date). */
  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ type: 'integer' })
  position: number;

  @RefColumn({ name: 'menu_item_id' })
  menuItemId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 60 })
  category: string;

  @Column({ type: 'varchar', length: 10 })
  course: Course;

  @Column({ type: 'varchar', length: 10 })
  station: Station;

  @Column({ type: 'integer', nullable: true })
  seat: number | null;

  @JsonColumn()
  modifiers: ChosenModifier[];

  /** Item price in force plus modifier deltas. */
  @MinorUnitsColumn({ name: 'unit_price_minor' })
  unitPriceMinor: number;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'varchar', length: 8 })
  status: LineStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @RefColumn({ name: 'ticket_id', nullable: true })
  ticketId: string | null;

  /** When the kitchen received this line (its course was fired); null until then. */
  @TimestampColumn({ name: 'fired_at', nullable: true })
  firedAt: Date | null;
}
