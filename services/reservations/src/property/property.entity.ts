import { Column, Entity } from 'typeorm';
import { IdColumn, TimestampColumn } from '@hotelops/kernel';

@Entity('properties')
export class PropertyEntity {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** IANA zone, e.g. Asia/Shanghai: the hotel's business day and cut-offs follow it. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** Local 'HH:MM' on the arrival day after which a stay not checked in becomes a no-show. */
  @Column({ name: 'no_show_cutoff', type: 'varchar', length: 5, default: '22:00' })
  noShowCutoff: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
