import { Column, Entity, Index } from 'typeorm';
import { LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { StayStatus } from './stay.rules';

/** Care's copy of a stay, kept from reservations' events (no call back to reservations). */
@Entity('known_stays')
@Index(['guestId'])
export class KnownStayEntity {
  @RefColumn({ name: 'reservation_id', primary: true })
  reservationId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'guest_id', nullable: true })
  guestId: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: StayStatus;

  @LocalDateColumn()
  arrival: string;

  @LocalDateColumn()
  departure: string;

  /** the event time of the last fact applied: an older, late event changes nothing */
  @TimestampColumn({ name: 'as_of' })
  asOf: Date;
}
