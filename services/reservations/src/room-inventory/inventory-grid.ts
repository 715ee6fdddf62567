import type { EntityManager } from 'typeorm';
import { independentReads, type Database } from '@hotelops/kernel';
import { HOLDS_INVENTORY } from '../reservation/reservation.rules';
import { nightsOf } from '../calendar/calendar.rules';
import { countsFor, type InventoryCounts } from './room-inventory.rules';

/** Counts per room type and night. */
export type InventoryGrid = Map<string, Map<string, InventoryCounts>>;

/** The room types a read covers, as SQL on `room_type_id`: listed, or every type of some properties. */
interface TypeScope {
  sql: string;
  params: Record<string, unknown>;
}
const ofTypes = (typeIds: readonly string[]): TypeScope => ({ sql: 'room_type_id IN (:...typeIds)', params: { typeIds: [...typeIds] } });
const ofProperties = (propertyIds: readonly string[]): TypeScope => ({
  sql: 'room_type_id IN (SELECT id FROM room_types WHERE property_id IN (:...propertyIds))',
  params: { propertyIds: [...propertyIds] },
});

type LedgerRow = InventoryCounts & { roomTypeId: string; stayDate: string };

/** What the counts of a night without a ledger row come from: the type's rooms, outages and holding stays. */
interface DeriveInputs {
  rooms: Map<string, number>;
  outages: { roomTypeId: string; fromDate: string; untilDate: string }[];
  stays: { roomTypeId: string; arrival: string; departure: string }[];
}

/**
 * Reads the inventory grid: ledger rows where they exist, otherwise what the rooms, outages and
 * holding stays say (the value the row will start with). Raw rows with the SQL written out: a
 * 14-night search over 20 types reads 280 ledger rows.
 */
export class InventoryGridReader {
  constructor(private readonly db: Database) {}

  /** The grid of the types over [from, to): the ledger first, then what derives the nights it lacks. */
  async grid(em: EntityManager, typeIds: readonly string[], from: string, to: string): Promise<InventoryGrid> {
    if (!typeIds.length) return new Map();
    const ledger = await this.ledgerRows(em, ofTypes(typeIds), from, to);
    const nights = nightsOf(from, to);
    const have = new Map<string, number>();
    for (const r of ledger) have.set(r.roomTypeId, (have.get(r.roomTypeId) ?? 0) + 1);
    const incomplete = typeIds.filter((t) => (have.get(t) ?? 0) < nights.length);
    const inputs = incomplete.length ? await this.deriveInputs(em, ofTypes(incomplete), from, to) : undefined;
    return assemble(typeIds, nights, ledger, inputs);
  }

  /** What the nights of [from, to) would count without ledger rows (the rows a booking creates start so). */
  async derive(em: EntityManager, typeIds: readonly string[], from: string, to: string): Promise<InventoryGrid> {
    return assemble(typeIds, nightsOf(from, to), [], await this.deriveInputs(em, ofTypes(typeIds), from, to));
  }

  /**
   * The grid of every room type of the properties, read in one round — the ledger and what
   * derives the nights it lacks, side by side — for a caller that learns its types in that same
   * round (the search); returns the grid of the types it then asks for.
   */
  async ofProperties(
    em: EntityManager,
    propertyIds: readonly string[],
    from: string,
    to: string,
  ): Promise<(typeIds: readonly string[]) => InventoryGrid> {
    const scope = ofProperties(propertyIds);
    const [ledger, inputs] = await independentReads(
      em,
      () => this.ledgerRows(em, scope, from, to),
      () => this.deriveInputs(em, scope, from, to),
    );
    const nights = nightsOf(from, to);
    return (typeIds) => assemble(typeIds, nights, ledger, inputs);
  }

  private ledgerRows(em: EntityManager, scope: TypeScope, from: string, to: string): Promise<LedgerRow[]> {
    return this.db.select<LedgerRow>(
      `SELECT room_type_id AS "roomTypeId", CAST(stay_date AS VARCHAR(10)) AS "stayDate", rooms_total AS "roomsTotal",
              out_of_service AS "outOfService", sold, overbooking
         FROM room_inventory
        WHERE ${scope.sql} AND stay_date >= :from AND stay_date < :to`,
      { ...scope.params, from, to },
      em,
    );
  }

  private async deriveInputs(em: EntityManager, scope: TypeScope, from: string, to: string): Promise<DeriveInputs> {
    const [roomCounts, outages, stays] = await independentReads(
      em,
      () =>
        this.db.select<{ typeId: string; n: string | number }>(
          `SELECT room_type_id AS "typeId", COUNT(*) AS n FROM rooms WHERE ${scope.sql} GROUP BY room_type_id`,
          scope.params,
          em,
        ),
      () =>
        this.db.select<DeriveInputs['outages'][number]>(
          `SELECT room_type_id AS "roomTypeId", CAST(from_date AS VARCHAR(10)) AS "fromDate", CAST(until_date AS VARCHAR(10)) AS "untilDate"
             FROM room_outages WHERE ${scope.sql} AND from_date < :to AND until_date > :from`,
          { ...scope.params, from, to },
          em,
        ),
      () =>
        this.db.select<DeriveInputs['stays'][number]>(
          `SELECT room_type_id AS "roomTypeId", CAST(arrival AS VARCHAR(10)) AS arrival, CAST(departure AS VARCHAR(10)) AS departure
             FROM reservations WHERE ${scope.sql} AND status IN (:...holding) AND arrival < :to AND departure > :from`,
          { ...scope.params, holding: [...HOLDS_INVENTORY], from, to },
          em,
        ),
    );
    return { rooms: new Map(roomCounts.map((r) => [r.typeId, Number(r.n)])), outages, stays };
  }
}

/** The grid of the types: each night's ledger row, else its counts derived from `inputs`. */
function assemble(typeIds: readonly string[], nights: string[], ledger: LedgerRow[], inputs?: DeriveInputs): InventoryGrid {
  const grid: InventoryGrid = new Map(typeIds.map((t) => [t, new Map()]));
  for (const r of ledger)
    grid.get(r.roomTypeId)?.set(r.stayDate, {
      roomsTotal: Number(r.roomsTotal),
      outOfService: Number(r.outOfService),
      sold: Number(r.sold),
      overbooking: Number(r.overbooking),
    });
  for (const [t, known] of grid) {
    if (known.size === nights.length || !inputs) continue;
    const outages = inputs.outages.filter((o) => o.roomTypeId === t);
    const stays = inputs.stays.filter((s) => s.roomTypeId === t);
    for (const n of nights) if (!known.has(n)) known.set(n, countsFor(n, inputs.rooms.get(t) ?? 0, outages, stays));
  }
  return grid;
}
