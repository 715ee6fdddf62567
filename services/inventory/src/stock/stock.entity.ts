import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DecimalColumn, IdColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { MovementKind } from './stock.rules';

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

  @Column({ type: 'varchar', length: 10 })
  kind: MovementKind;

  /** Always positive; the kind says which way it moves on-hand. */
  @DecimalColumn()
  quantity: number;

  /** On-hand of the (item, location) right after this entry: the ledger's running balance. */
  @DecimalColumn({ name: 'on_hand_after' })
  onHandAfter: number;

  /** Purchase cost per unit in the property's currency (receipts only). */
  @MinorUnitsColumn({ name: 'unit_cost_minor', nullable: true })
  unitCostMinor: number | null;

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
