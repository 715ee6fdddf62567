import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { BillStatus } from './bill.rules';

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
