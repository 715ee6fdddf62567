import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { BookingChannel, ReservationStatus } from './reservation.rules';

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

  @Column({ name: 'special_requests', type: 'text', nullable: true })
  specialRequests: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
