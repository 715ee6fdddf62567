import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A company with negotiated rates (协议单位); it can be billed for its guests' stays. */
@Entity('corporate_accounts')
@Index(['propertyId', 'code'], { unique: true })
export class CorporateAccountEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contact: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
