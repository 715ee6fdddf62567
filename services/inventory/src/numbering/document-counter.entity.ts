import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentPrefix } from './document-number.rules';

/** The last document number issued per (property, prefix); incremented under its row lock. */
@Entity('document_counters')
export class DocumentCounterEntity {
  @PrimaryColumn({ name: 'property_id', type: 'varchar', length: 36 })
  propertyId: string;

  @PrimaryColumn({ type: 'varchar', length: 4 })
  prefix: DocumentPrefix;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber: number;
}
