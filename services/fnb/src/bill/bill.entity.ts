import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { BillStatus, TenderMethod } from './bill.rules';

/** A check presented to guests: all of an order, or one part of a split. */
@Entity('bills')
@Index(['outletId', 'businessDate'])
@Index(['orderId'])
export class BillEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  /** The order it was billed from (a merged bill may also carry lines of other orders). */
  @RefColumn({ name: 'order_id' })
  orderId: string;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ type: 'varchar', length: 10 })
  status: BillStatus;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @MinorUnitsColumn({ name: 'subtotal_minor' })
  subtotalMinor: number;

  @MinorUnitsColumn({ name: 'discount_minor' })
  discountMinor: number;

  @MinorUnitsColumn({ name: 'tip_minor' })
  tipMinor: number;

  /** Room-charge tenders the folio refused: a cashier must still collect this. */
  @MinorUnitsColumn({ name: 'open_balance_minor' })
  openBalanceMinor: number;

  @Column({ name: 'open_balance_reason', type: 'varchar', length: 500, nullable: true })
  openBalanceReason: string | null;

  @RefColumn({ name: 'merged_into_id', nullable: true })
  mergedIntoId: string | null;

  @RefColumn({ name: 'settled_by', nullable: true })
  settledBy: string | null;

  @TimestampColumn({ name: 'settled_at', nullable: true })
  settledAt: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

@Entity('bill_lines')
@Index(['billId'])
export class BillLineEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'bill_id' })
  billId: string;

  @RefColumn({ name: 'order_id' })
  orderId: string;

  /** The order line billed whole; null for a share of an equal split. */
  @RefColumn({ name: 'order_line_id', nullable: true })
  orderLineId: string | null;

  @Column({ type: 'varchar', length: 200 })
  description: string;

  @Column({ type: 'integer', nullable: true })
  seat: number | null;

  @MinorUnitsColumn({ name: 'amount_minor' })
  amountMinor: number;
}

export const PAYMENT_KINDS = ['PAYMENT', 'REFUND'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const POSTING_STATUSES = ['NOT_APPLICABLE', 'SENT', 'POSTED', 'REJECTED'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/** Money taken or given back on a bill, always against a till and its cashier. */
@Entity('payments')
@Index(['tillId'])
@Index(['billId'])
@Index(['outletId', 'businessDate'])
export class PaymentEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @RefColumn({ name: 'bill_id' })
  billId: string;

  @RefColumn({ name: 'till_id' })
  tillId: string;

  @RefColumn({ name: 'cashier_id', nullable: true })
  cashierId: string | null;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ type: 'varchar', length: 8 })
  kind: PaymentKind;

  @Column({ type: 'varchar', length: 12 })
  method: TenderMethod;

  /** Always positive; the kind says which way the money went. */
  @MinorUnitsColumn({ name: 'amount_minor' })
  amountMinor: number;

  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  /** For room charges: whether the folio took it. */
  @Column({ name: 'posting_status', type: 'varchar', length: 16 })
  postingStatus: PostingStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @RefColumn({ name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A fiscal receipt / invoice (发票) issued on request, with its number; not a tax-authority filing. */
@Entity('invoices')
@Index(['propertyId', 'number'], { unique: true })
@Index(['billId'], { unique: true })
export class InvoiceEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'bill_id' })
  billId: string;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  /** 抬头: the buyer's name as printed. */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'tax_id', type: 'varchar', length: 30, nullable: true })
  taxId: string | null;

  @MinorUnitsColumn({ name: 'amount_minor' })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @RefColumn({ name: 'issued_by', nullable: true })
  issuedBy: string | null;

  @TimestampColumn({ name: 'issued_at' })
  issuedAt: Date;
}

/** The next invoice number per property, taken under a row lock so numbers never repeat. */
@Entity('invoice_sequences')
export class InvoiceSequenceEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'next_number', type: 'integer' })
  nextNumber: number;
}
