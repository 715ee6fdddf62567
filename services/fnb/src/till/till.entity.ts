import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { TillStatus } from './till.rules';

/** A cashier's drawer for one business date: float in, payments and refunds, drops, count out. */
@Entity('tills')
@Index(['outletId', 'businessDate'])
@Index(['openSlot'], { unique: true })
export class TillEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @RefColumn({ name: 'cashier_id', nullable: true })
  cashierId: string | null;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ type: 'varchar', length: 8 })
  status: TillStatus;

  /** '<cashier>:<outlet>' while open, null once closed: one open till per cashier and outlet, enforced by a unique index. */
  @Column({ name: 'open_slot', type: 'varchar', length: 80, nullable: true })
  openSlot: string | null;

  @MinorUnitsColumn({ name: 'float_minor' })
  floatMinor: number;

  @MinorUnitsColumn({ name: 'dropped_minor' })
  droppedMinor: number;

  @MinorUnitsColumn({ name: 'counted_minor', nullable: true })
  countedMinor: number | null;

  @MinorUnitsColumn({ name: 'expected_cash_minor', nullable: true })
  expectedCashMinor: number | null;

  /** 长短款: counted − expected; positive over, negative short. */
  @MinorUnitsColumn({ name: 'over_short_minor', nullable: true })
  overShortMinor: number | null;

  @TimestampColumn({ name: 'opened_at' })
  openedAt: Date;

  @TimestampColumn({ name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** Cash taken from a till to the safe during the shift. */
@Entity('cash_drops')
@Index(['tillId'])
export class CashDropEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'till_id' })
  tillId: string;

  @MinorUnitsColumn({ name: 'amount_minor' })
  amountMinor: number;

  @RefColumn({ name: 'dropped_by', nullable: true })
  droppedBy: string | null;

  @TimestampColumn({ name: 'dropped_at' })
  droppedAt: Date;
}

/** Day-end close (日结) of an outlet: the business date is frozen with its figures. */
@Entity('business_days')
@Index(['outletId', 'businessDate'], { unique: true })
export class BusinessDayEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @RefColumn({ name: 'closed_by', nullable: true })
  closedBy: string | null;

  /** The manager who closed it with the cashier. */
  @RefColumn({ name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @JsonColumn()
  figures: { covers: number; revenueMinor: number; checks: number };

  @TimestampColumn({ name: 'closed_at' })
  closedAt: Date;
}
