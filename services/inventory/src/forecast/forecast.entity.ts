import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** Inventory's view of a reservation on the books, kept from reservations' stay events. */
@Entity('forecast_stays')
@Index(['propertyId', 'arrival'])
export class ForecastStayEntity {
  @PrimaryColumn({ name: 'reservation_id', type: 'varchar', length: 36 })
  reservationId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'room_type_id' })
  roomTypeId: string;

  @LocalDateColumn()
  arrival: string;

  @LocalDateColumn()
  departure: string;

  /** cancelled, no-show and checked-out stays leave the books */
  @Column({ type: 'boolean' })
  active: boolean;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
