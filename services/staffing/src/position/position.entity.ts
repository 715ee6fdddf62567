import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { PositionLevel } from './position.rules';

@Entity('positions')
@Index(['propertyId', 'code'], { unique: true })
@Index(['departmentId'])
export class PositionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  /** Stable kebab-case key within the property, e.g. front-desk-agent. */
  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'title_zh', type: 'varchar', length: 100, nullable: true })
  titleZh: string | null;

  @Column({ type: 'varchar', length: 12 })
  level: PositionLevel;

  @RefColumn({ name: 'reports_to_id', nullable: true })
  reportsToId: string | null;

  /** 岗位职责 */
  @JsonColumn()
  responsibilities: string[];

  /** 任职要求 */
  @JsonColumn()
  requirements: string[];

  /** Platform roles holders of this position get (kernel ROLES). */
  @JsonColumn({ name: 'default_roles' })
  defaultRoles: string[];

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
