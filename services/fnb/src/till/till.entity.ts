import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { DayCloseStatus } from './day-close.rules';
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

  /** PENDING_APPROVAL until a role with the authority approves; CLOSED freezes the date. */
  @Column({ type: 'varchar', length: 20 })
  status: DayCloseStatus;

  /** Who asked for the close (the cashier, or a manager). */
  @RefColumn({ name: 'closed_by', nullable: true })
  closedBy: string | null;

  /** The manager who approved it, the role they approved under, when and why. */
  @RefColumn({ name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_by_role', type: 'varchar', length: 30, nullable: true })
  approvedByRole: string | null;

  @Column({ name: 'approval_reason', type: 'varchar', length: 500, nullable: true })
  approvalReason: string | null;

  @TimestampColumn({ name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  /** The day's cash difference approval looked at: each till's over/short by its size. */
  @MinorUnitsColumn({ name: 'over_short_exposure_minor' })
  overShortExposureMinor: number;

  @JsonColumn()
  figures: { covers: number; revenueMinor: number; checks: number };

  /** When the close was asked for; once approved, when the date was frozen. */
  @TimestampColumn({ name: 'closed_at' })
  closedAt: Date;
}
