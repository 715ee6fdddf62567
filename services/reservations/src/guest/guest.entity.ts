import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A guest of a property: contact details and preferences are personal data, erasable on request. */
@Entity('guests')
@Index(['propertyId', 'name'])
export class GuestEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  /** ID card or passport number. */
  @Column({ name: 'document_number', type: 'varchar', length: 60, nullable: true })
  documentNumber: string | null;

  /** e.g. "high floor", "no nuts", "feather-free pillow" */
  @JsonColumn()
  preferences: string[];

  /** 0 = none … 5 = highest. */
  @Column({ name: 'vip_level', type: 'integer', default: 0 })
  vipLevel: number;

  /** 熟客: set by staff, or automatically after enough completed stays. */
  @Column({ type: 'boolean', default: false })
  regular: boolean;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @TimestampColumn({ name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
