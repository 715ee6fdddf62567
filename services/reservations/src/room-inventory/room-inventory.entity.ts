import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RefColumn } from '@hotelops/kernel';

/**
 * Sellable rooms of one type for one night. Rows are created on first use from the rooms,
 * outages and stays of that night; from then on every booking, cancellation, outage and
 * allowance change moves the counters with a conditional UPDATE in its own transaction.
 */
@Entity('room_inventory')
export class RoomInventoryEntity {
  @PrimaryColumn({ name: 'room_type_id', type: 'varchar', length: 36 })
  roomTypeId: string;

  @PrimaryColumn({ name: 'stay_date', type: 'date' })
  stayDate: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'rooms_total', type: 'integer' })
  roomsTotal: number;

  @Column({ name: 'out_of_service', type: 'integer', default: 0 })
  outOfService: number;

  @Column({ type: 'integer', default: 0 })
  sold: number;

  @Column({ type: 'integer', default: 0 })
  overbooking: number;
}
