import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { TenderMethod } from './till.rules';

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
