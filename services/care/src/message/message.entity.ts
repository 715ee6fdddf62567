import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { DeliveryMethod, MessageKind, MessageStatus } from './message.rules';

/** A message or logged call for a guest (by stay) or a department, with who took, delivered and acknowledged it. */
@Entity('guest_messages')
@Index(['propertyId', 'status'])
@Index(['propertyId', 'takenAt', 'id'])
@Index(['reservationId'])
@Index(['departmentId', 'status'])
export class MessageEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: MessageKind;

  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  @RefColumn({ name: 'department_id', nullable: true })
  departmentId: string | null;

  /** Who called or left the message. */
  @Column({ name: 'from_name', type: 'varchar', length: 200 })
  fromName: string;

  @Column({ name: 'from_phone', type: 'varchar', length: 40, nullable: true })
  fromPhone: string | null;

  @Column({ type: 'text' })
  body: string;

  /** Calls only. */
  @Column({ name: 'duration_seconds', type: 'integer', nullable: true })
  durationSeconds: number | null;

  @Column({ type: 'varchar', length: 20 })
  status: MessageStatus;

  @RefColumn({ name: 'taken_by', nullable: true })
  takenBy: string | null;

  @TimestampColumn({ name: 'taken_at' })
  takenAt: Date;

  @RefColumn({ name: 'delivered_by', nullable: true })
  deliveredBy: string | null;

  @TimestampColumn({ name: 'delivered_at', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'delivery_method', type: 'varchar', length: 20, nullable: true })
  deliveryMethod: DeliveryMethod | null;

  /** The staff member who recorded the acknowledgement (the guest's, or their own for a department). */
  @RefColumn({ name: 'acknowledged_by', nullable: true })
  acknowledgedBy: string | null;

  @TimestampColumn({ name: 'acknowledged_at', nullable: true })
  acknowledgedAt: Date | null;
}
