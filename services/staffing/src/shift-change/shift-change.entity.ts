import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn } from '@hotelops/kernel';
import type { ShiftChangeKind, ShiftChangeStatus } from './shift-change.rules';
import { DecidedRequestColumns } from '../decision/decided-request.columns';

/** A swap of two shifts or a cover of one, asked by the person on the shift, decided by a manager. */
@Entity('shift_changes')
@Index(['departmentId', 'status'])
export class ShiftChangeEntity extends DecidedRequestColumns {
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
}
