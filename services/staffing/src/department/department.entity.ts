import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

@Entity('departments')
@Index(['propertyId', 'code'], { unique: true })
export class DepartmentEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  /** Stable kebab-case key within the property, e.g. front-office (catalogue installs match on it). */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100, nullable: true })
  nameZh: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
