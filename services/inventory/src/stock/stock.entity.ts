import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DecimalColumn, IdColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { Direction, MovementKind } from './stock.rules';

/** One movement of stock. Rows are only ever inserted: corrections are new movements. */
@Entity('stock_ledger_entries')
@Index(['itemId', 'createdAt', 'id'])
@Index(['propertyId', 'createdAt'])
export class StockLedgerEntryEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'item_id' })
  itemId: string;

  @RefColumn({ name: 'location_id' })
  locationId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: MovementKind;

  @Column({ type: 'varchar', length: 3 })
  direction: Direction;

  /** Always positive; the kind says which way it moves on-hand. */
  @DecimalColumn()
  quantity: number;

  /** On-hand of the (item, location) right after this entry: the ledger's running balance. */
  @DecimalColumn({ name: 'on_hand_after' })
  onHandAfter: number;

  /** Purchase price per unit as first recorded (receipts before valuation; kept for history). */
  @MinorUnitsColumn({ name: 'unit_cost_minor', nullable: true })
  unitCostMinor: number | null;

  /** Cost per stock unit this movement is valued at (receipts: the price; others: the moving average). */
  @DecimalColumn({ name: 'unit_cost', nullable: true })
  unitCost: number | null;

  /** quantity × unitCost in minor units, rounded to the whole minor unit. */
  @DecimalColumn({ name: 'value_minor', nullable: true })
  valueMinor: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  lot: string | null;

  @LocalDateColumn({ name: 'expires_on', nullable: true })
  expiresOn: string | null;

  /** The purchase order receipt, transfer, count, write-off or consumption behind it. */
  @RefColumn({ name: 'document_id', nullable: true })
  documentId: string | null;

  /** Why: a write-off's cause (DAMAGE, EXPIRY …), an adjustment's reason code. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reason: string | null;

  /** Delivery note, requisition number, reason … */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  /** Employee who recorded it; null for system work (seeding, event handlers). */
  @RefColumn({ name: 'created_by', nullable: true })
  createdBy: string | null;
}

/**
 * On-hand per (item, location): the ledger's sum, kept in step with it in the same transaction
 * and locked while a movement is applied, so concurrent issues cannot overdraw it.
 */
@Entity('stock_levels')
@Index(['propertyId'])
@Index(['locationId'])
export class StockLevelEntity {
  @PrimaryColumn({ name: 'item_id', type: 'varchar', length: 36 })
  itemId: string;

  @PrimaryColumn({ name: 'location_id', type: 'varchar', length: 36 })
  locationId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @DecimalColumn({ name: 'on_hand' })
  onHand: number;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
