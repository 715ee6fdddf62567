import { Column, Entity, Index } from 'typeorm';
import { IdColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { OrderStatus, PaymentMethod, Settlement } from './order.rules';

@Entity('orders')
@Index(['outletId', 'createdAt', 'id'])
@Index(['reservationId'])
export class OrderEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @Column({ name: 'table_number', type: 'varchar', length: 10, nullable: true })
  tableNumber: string | null;

  /** The guest's stay, for room service and room charges. */
  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: OrderStatus;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** Sum of the lines (order rules), kept with every change so lists and references need no join. */
  @MinorUnitsColumn({ name: 'total_minor' })
  totalMinor: number;

  @Column({ type: 'varchar', length: 12, nullable: true })
  settlement: Settlement | null;

  @Column({ name: 'payment_method', type: 'varchar', length: 10, nullable: true })
  paymentMethod: PaymentMethod | null;

  @Column({ name: 'void_reason', type: 'varchar', length: 500, nullable: true })
  voidReason: string | null;

  /** Employee who voided the order (staff callers only). */
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

/** One menu item on an order; name and price are copied so later menu changes do not alter the bill. */
@Entity('order_lines')
@Index(['orderId', 'position'], { unique: true })
export class OrderLineEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'order_id' })
  orderId: string;

  /** Order of entry within the order. */
  @Column({ type: 'integer' })
  position: number;

  @RefColumn({ name: 'menu_item_id' })
  menuItemId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @MinorUnitsColumn({ name: 'unit_price_minor' })
  unitPriceMinor: number;

  @Column({ type: 'integer' })
  quantity: number;

  /** When the kitchen received this line; null until the order is next sent. */
  @TimestampColumn({ name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
