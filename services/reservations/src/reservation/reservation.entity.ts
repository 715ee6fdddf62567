import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { BookingChannel, GuaranteeKind, ReservationStatus } from './reservation.rules';

@Entity('reservations')
@Index(['propertyId', 'arrival'])
@Index(['roomTypeId', 'arrival', 'departure'])
export class ReservationEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'confirmation_number', type: 'varchar', length: 40, unique: true })
  confirmationNumber: string;

  @RefColumn({ name: 'room_type_id' })
  roomTypeId: string;

  @RefColumn({ name: 'room_id', nullable: true })
  roomId: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: ReservationStatus;

  @Column({ type: 'varchar', length: 20 })
  channel: BookingChannel;

  /** Booked against a group/conference block (picked up from its allotment). */
  @RefColumn({ name: 'group_block_id', nullable: true })
  groupBlockId: string | null;

  @RefColumn({ name: 'corporate_account_id', nullable: true })
  corporateAccountId: string | null;

  @RefColumn({ name: 'guest_id', nullable: true })
  guestId: string | null;

  @Column({ name: 'guest_name', type: 'varchar', length: 200 })
  guestName: string;

  @Column({ name: 'guest_email', type: 'varchar', length: 200, nullable: true })
  guestEmail: string | null;

  @Column({ type: 'integer' })
  adults: number;

  @LocalDateColumn()
  arrival: string;

  @LocalDateColumn()
  departure: string;

  @MinorUnitsColumn({ name: 'nightly_rate_minor' })
  nightlyRateMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @RefColumn({ name: 'rate_plan_id', nullable: true })
  ratePlanId: string | null;

  /** Room revenue of the whole stay (sum of its priced nights). */
  @MinorUnitsColumn({ name: 'total_minor', default: 0 })
  totalMinor: number;

  @Column({ name: 'guarantee_kind', type: 'varchar', length: 10, nullable: true })
  guaranteeKind: GuaranteeKind | null;

  /** Card token or payment reference; never the card number. */
  @Column({ name: 'guarantee_ref', type: 'varchar', length: 100, nullable: true })
  guaranteeRef: string | null;

  @MinorUnitsColumn({ name: 'deposit_due_minor', default: 0 })
  depositDueMinor: number;

  /** Channel partner (e.g. CTRIP) and its reservation id and last applied version. */
  @Column({ name: 'channel_code', type: 'varchar', length: 40, nullable: true })
  channelCode: string | null;

  @Column({ name: 'channel_ref', type: 'varchar', length: 100, nullable: true })
  channelRef: string | null;

  @Column({ name: 'channel_version', type: 'integer', nullable: true })
  channelVersion: number | null;

  @Column({ name: 'special_requests', type: 'text', nullable: true })
  specialRequests: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** One priced night of a stay: what reports (occupancy, ADR, RevPAR) sum. */
@Entity('reservation_nights')
@Index(['propertyId', 'stayDate'])
export class ReservationNightEntity {
  @PrimaryColumn({ name: 'reservation_id', type: 'varchar', length: 36 })
  reservationId: string;

  @PrimaryColumn({ name: 'stay_date', type: 'date' })
  stayDate: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'room_type_id' })
  roomTypeId: string;

  @MinorUnitsColumn({ name: 'price_minor' })
  priceMinor: number;
}

/** Who changed what on a reservation, and when. */
@Entity('reservation_history')
@Index(['reservationId', 'at'])
export class ReservationHistoryEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'reservation_id' })
  reservationId: string;

  @TimestampColumn()
  at: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actor: string | null;

  @Column({ type: 'varchar', length: 30 })
  action: string;

  @JsonColumn()
  details: Record<string, unknown>;
}
