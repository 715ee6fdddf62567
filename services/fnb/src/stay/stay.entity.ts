import { Column, Entity, Index } from 'typeorm';
import { RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { StayStatus } from './stay.rules';

/** Reservations' stays as F&B knows them from events: in house, checked out or cancelled. */
@Entity('stays')
@Index(['propertyId', 'status'])
export class StayEntity {
  @RefColumn({ name: 'reservation_id', primary: true })
  reservationId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 12 })
  status: StayStatus;

  @Column({ name: 'room_number', type: 'varchar', length: 20, nullable: true })
  roomNumber: string | null;

  /** When reservations recorded the fact this row reflects (events may arrive out of order). */
  @TimestampColumn({ name: 'changed_at' })
  changedAt: Date;
}
