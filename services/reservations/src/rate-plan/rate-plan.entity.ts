import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { FeeKind, GuaranteeRule } from './rate-plan.rules';

/** What a stay costs and on which terms: restrictions, cancellation/no-show fees, guarantee. */
@Entity('rate_plans')
@Index(['propertyId', 'code'], { unique: true })
export class RatePlanEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Bookable only this many days or more before arrival (advance purchase). */
  @Column({ name: 'min_advance_days', type: 'integer', nullable: true })
  minAdvanceDays: number | null;

  /** Bookable only up to this many days before arrival. */
  @Column({ name: 'max_advance_days', type: 'integer', nullable: true })
  maxAdvanceDays: number | null;

  /** Free cancellation until this many days before arrival (property's local date). */
  @Column({ name: 'cancel_free_days_before', type: 'integer', default: 0 })
  cancelFreeDaysBefore: number;

  @Column({ name: 'cancel_fee_kind', type: 'varchar', length: 10 })
  cancelFeeKind: FeeKind;

  @Column({ name: 'cancel_fee_value', type: 'integer', default: 0 })
  cancelFeeValue: number;

  @Column({ name: 'no_show_fee_kind', type: 'varchar', length: 10 })
  noShowFeeKind: FeeKind;

  @Column({ name: 'no_show_fee_value', type: 'integer', default: 0 })
  noShowFeeValue: number;

  /** Charged on the nights given up when a guest checks out before the booked departure. */
  @Column({ name: 'early_departure_fee_kind', type: 'varchar', length: 10, default: 'NONE' })
  earlyDepartureFeeKind: FeeKind;

  @Column({ name: 'early_departure_fee_value', type: 'integer', default: 0 })
  earlyDepartureFeeValue: number;

  @Column({ type: 'varchar', length: 10 })
  guarantee: GuaranteeRule;

  @Column({ name: 'deposit_percent', type: 'integer', default: 0 })
  depositPercent: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** A negotiated plan: bookable only for this corporate account (协议价). */
  @RefColumn({ name: 'corporate_account_id', nullable: true })
  corporateAccountId: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** Price and restrictions of a plan for one room type and night. */
@Entity('rate_plan_rates')
export class RatePlanRateEntity {
  @PrimaryColumn({ name: 'rate_plan_id', type: 'varchar', length: 36 })
  ratePlanId: string;

  @PrimaryColumn({ name: 'room_type_id', type: 'varchar', length: 36 })
  roomTypeId: string;

  @PrimaryColumn({ name: 'stay_date', type: 'date' })
  stayDate: string;

  @MinorUnitsColumn({ name: 'price_minor' })
  priceMinor: number;

  @Column({ name: 'min_los', type: 'integer', nullable: true })
  minLos: number | null;

  @Column({ name: 'max_los', type: 'integer', nullable: true })
  maxLos: number | null;

  @Column({ name: 'closed_to_arrival', type: 'boolean', default: false })
  closedToArrival: boolean;

  @Column({ name: 'closed_to_departure', type: 'boolean', default: false })
  closedToDeparture: boolean;
}
