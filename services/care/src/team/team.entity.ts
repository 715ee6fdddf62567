import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A group of care staff sharing a queue (e.g. 'Front office guest relations', 'Call centre night shift'). */
@Entity('care_teams')
@Index(['propertyId', 'name'], { unique: true })
export class CareTeamEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** Membership of an employee (staffing) in a team. */
@Entity('care_team_members')
@Index(['employeeId'])
export class CareTeamMemberEntity {
  @PrimaryColumn({ name: 'team_id', type: 'varchar', length: 36 })
  teamId: string;

  @PrimaryColumn({ name: 'employee_id', type: 'varchar', length: 36 })
  employeeId: string;

  @TimestampColumn({ name: 'added_at' })
  addedAt: Date;
}
