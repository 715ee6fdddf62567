import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { AdjustmentKind, AdjustmentStatus } from './adjustment.rules';
import type { TenderMethod } from '../till/till.rules';

/** A void, comp, discount or refund: who asked, who approved, why, and how much. */
@Entity('adjustments')
@Index(['outletId', 'businessDate'])
@Index(['orderId'])
@Index(['billId'])
export class AdjustmentEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ type: 'varchar', length: 10 })
  kind: AdjustmentKind;

  @Column({ type: 'varchar', length: 10 })
  status: AdjustmentStatus;

  /** Voids and comps: the order (and line; no line = the whole order). */
  @RefColumn({ name: 'order_id', nullable: true })
  orderId: string | null;

  @RefColumn({ name: 'order_line_id', nullable: true })
  orderLineId: string | null;

  /** Discounts and refunds: the bill. */
  @RefColumn({ name: 'bill_id', nullable: true })
  billId: string | null;

  @MinorUnitsColumn({ name: 'amount_minor' })
  amountMinor: number;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v == null ? v : Number(v)) },
  })
  percent: number | null;

  /** Refunds: how the money goes back. */
  @Column({ name: 'refund_method', type: 'varchar', length: 12, nullable: true })
  refundMethod: TenderMethod | null;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @RefColumn({ name: 'requested_by', nullable: true })
  requestedBy: string | null;

  /** Till of the cashier who asked for a refund: the refund is paid out of it. */
  @RefColumn({ name: 'till_id', nullable: true })
  tillId: string | null;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_by_role', type: 'varchar', length: 30, nullable: true })
  decidedByRole: string | null;

  @TimestampColumn({ name: 'requested_at' })
  requestedAt: Date;

  @TimestampColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
