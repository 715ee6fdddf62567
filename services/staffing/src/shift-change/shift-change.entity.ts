import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { ShiftChangeKind, ShiftChangeStatus } from './shift-change.rules';

/** A swap of two shifts or a cover of one, asked by the person on the shift, decided by a manager. */
@Entity('shift_changes')
@Index(['departmentId', 'status'])
export class ShiftChangeEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  @Column({ type: 'varchar', length: 8 })
  kind: ShiftChangeKind;

  @RefColumn({ name: 'shift_id' })
  shiftId: string;

  @RefColumn({ name: 'requester_id' })
  requesterId: string;

  @RefColumn({ name: 'counterpart_id' })
  counterpartId: string;

  @RefColumn({ name: 'counterpart_shift_id', nullable: true })
  counterpartShiftId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: ShiftChangeStatus;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
