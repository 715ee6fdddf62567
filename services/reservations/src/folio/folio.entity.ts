import { Column, Entity, Index } from 'typeorm';
import { IdColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { AccountKind, FolioLineKind, FolioStatus } from './folio.rules';

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
  status: FolioStatus;

  /** When set, the balance at check-out is transferred to this company or group account. */
  @Column({ name: 'routed_to_kind', type: 'varchar', length: 10, nullable: true })
  routedToKind: AccountKind | null;

  @RefColumn({ name: 'routed_to_id', nullable: true })
  routedToId: string | null;

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

/**
 * What a company or group account (city ledger) is owed: a stay's balance transferred at
 * check-out (once per stay), or a charge made straight to the account (a group's banquet).
 */
@Entity('account_postings')
@Index(['accountKind', 'accountId'])
export class AccountPostingEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'account_kind', type: 'varchar', length: 10 })
  accountKind: AccountKind;

  @RefColumn({ name: 'account_id' })
  accountId: string;

  /** the stay whose balance was transferred; null for a charge made to the account itself */
  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  @MinorUnitsColumn({ name: 'amount_minor' })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ name: 'source_ref', type: 'varchar', length: 120, unique: true })
  sourceRef: string;

  @TimestampColumn({ name: 'posted_at' })
  postedAt: Date;
}
