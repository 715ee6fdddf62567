import { Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '@hotelops/kernel';

/** One row per property and business date audited: the audit (and its event) happens once. */
@Entity('night_audits')
export class NightAuditEntity {
  @PrimaryColumn({ name: 'property_id', type: 'varchar', length: 36 })
  propertyId: string;

  @PrimaryColumn({ name: 'business_date', type: 'date' })
  businessDate: string;

  @TimestampColumn({ name: 'audited_at' })
  auditedAt: Date;
}
