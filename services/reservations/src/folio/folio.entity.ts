import { Column, Entity, Index } from 'typeorm';
import { IdColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { FolioLineKind } from './folio.rules';

/** The guest's bill for one stay. */
@Entity('folios')
export class FolioEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'reservation_id', unique: true })
  reservationId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 10 })
  status: 'OPEN' | 'CLOSED';

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

@Entity('folio_lines')
@Index(['folioId', 'postedAt'])
export class FolioLineEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'folio_id' })
  folioId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: FolioLineKind;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  /** Always positive; the kind says which way it moves the balance. */
  @MinorUnitsColumn({ name: 'amount_minor' })
  amountMinor: number;

  /** Where the line came from (e.g. an F&B order); unique, so a redelivered event cannot post twice. */
  @Column({ name: 'source_ref', type: 'varchar', length: 120, nullable: true, unique: true })
  sourceRef: string | null;

  @TimestampColumn({ name: 'posted_at' })
  postedAt: Date;
}
