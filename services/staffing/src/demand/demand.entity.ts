import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** Staffing's view of a booked stay, kept from reservations' events: what the forecast counts. */
@Entity('forecast_stays')
@Index(['propertyId', 'arrival'])
export class ForecastStayEntity {
  @PrimaryColumn({ name: 'reservation_id', type: 'varchar', length: 36 })
  reservationId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @LocalDateColumn()
  arrival: string;

  @LocalDateColumn()
  departure: string;

  /** BOOKED counts; CANCELLED and NO_SHOW do not */
  @Column({ type: 'varchar', length: 12 })
  status: string;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

@Entity('labour_standards')
@Index(['propertyId', 'departmentCode'], { unique: true })
export class LabourStandardEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'department_code', type: 'varchar', length: 40 })
  departmentCode: string;

  @Column({ name: 'per_arrival', type: 'integer' })
  perArrival: number;

  @Column({ name: 'per_departure', type: 'integer' })
  perDeparture: number;

  @Column({ name: 'per_stayover', type: 'integer' })
  perStayover: number;

  @Column({ name: 'fixed_daily', type: 'integer' })
  fixedDaily: number;

  @Column({ name: 'covers_per_100_rooms', type: 'integer', default: 0 })
  coversPer100Rooms: number;

  @Column({ name: 'per_cover', type: 'integer', default: 0 })
  perCover: number;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** Staff-minutes a department needs on a day, as last computed from the forecast. */
@Entity('labour_demand')
@Index(['propertyId', 'departmentCode', 'date'], { unique: true })
export class LabourDemandEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'department_code', type: 'varchar', length: 40 })
  departmentCode: string;

  @LocalDateColumn()
  date: string;

  @Column({ type: 'integer' })
  arrivals: number;

  @Column({ type: 'integer' })
  departures: number;

  @Column({ type: 'integer' })
  stayovers: number;

  /** F&B covers forecast for the day (0 for departments that serve none) */
  @Column({ type: 'integer', default: 0 })
  covers: number;

  @Column({ name: 'required_minutes', type: 'integer' })
  requiredMinutes: number;

  @TimestampColumn({ name: 'computed_at' })
  computedAt: Date;
}
