import type { EntityManager } from 'typeorm';
import type { Database } from '@hotelops/kernel';
import { LocationEntity } from '../location/location.entity';

/*
 * The set-based statements behind LedgerPoster.postMany: a few statements per 500 movements
 * whatever their number, the same on SQLite (≥ 3.33) and PostgreSQL.
 */

/** Rows per statement: well under PostgreSQL's 65,535 and SQLite's 32,766 parameters. */
export const CHUNK = 500;

export const chunks = <T>(xs: readonly T[], n = CHUNK) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export interface LevelKey {
  itemId: string;
  locationId: string;
}

export const levelKey = (k: LevelKey) => `${k.itemId}:${k.locationId}`;

/** Placeholders in the order they appear ($n on PostgreSQL, ? on SQLite). */
function placeholders(db: Database) {
  let n = 0;
  return () => (db.isPostgres ? `$${++n}` : '?');
}

/**
 * The locations, share-locked on PostgreSQL in id order: a count freezing one of them waits for
 * these movements, and later movements see its freeze.
 */
export async function lockLocations(em: EntityManager, db: Database, ids: string[]): Promise<Map<string, LocationEntity>> {
  const found = new Map<string, LocationEntity>();
  for (const chunk of chunks([...ids].sort())) {
    const qb = em.createQueryBuilder(LocationEntity, 'loc').where('loc.id IN (:...chunk)', { chunk }).orderBy('loc.id');
    if (db.isPostgres) qb.setLock('pessimistic_read');
    for (const l of await qb.getMany()) found.set(l.id, l);
  }
  return found;
}

/**
 * Locks the (item, location) level rows in key order and returns their on-hand. `create` keys
 * (stock coming in) get a zero row first: INSERT … ON CONFLICT DO NOTHING lets two first
 * receipts race safely.
 */
export async function lockLevels(
  em: EntityManager,
  db: Database,
  keys: (LevelKey & { propertyId: string; create: boolean })[],
  now: Date,
): Promise<Map<string, number>> {
  const sorted = [...keys].sort((a, b) => levelKey(a).localeCompare(levelKey(b)));
  for (const chunk of chunks(sorted.filter((k) => k.create))) {
    const p = placeholders(db);
    const params: unknown[] = [];
    const values = chunk.map((k) => {
      params.push(k.itemId, k.locationId, k.propertyId, now.toISOString());
      return `(${p()}, ${p()}, ${p()}, 0, ${p()})`;
    });
    await em.query(
      `INSERT INTO stock_levels (item_id, location_id, property_id, on_hand, updated_at) VALUES ${values.join(', ')}
       ON CONFLICT (item_id, location_id) DO NOTHING`,
      params,
    );
  }
  const onHand = new Map<string, number>();
  for (const chunk of chunks(sorted)) {
    const p = placeholders(db);
    const params: unknown[] = [];
    const pairs = chunk.map((k) => {
      params.push(k.itemId, k.locationId);
      return `(${p()}, ${p()})`;
    });
    const rows: { item_id: string; location_id: string; on_hand: string | number }[] = await em.query(
      `SELECT item_id, location_id, on_hand FROM stock_levels WHERE (item_id, location_id) IN (VALUES ${pairs.join(', ')})
       ORDER BY item_id, location_id${db.isPostgres ? ' FOR UPDATE' : ''}`,
      params,
    );
    for (const r of rows) onHand.set(levelKey({ itemId: r.item_id, locationId: r.location_id }), Number(r.on_hand));
  }
  return onHand;
}

/** Sets each level's on-hand in one UPDATE … FROM (VALUES …) per chunk; the CHECK (on_hand >= 0) still guards it. */
export async function updateLevels(em: EntityManager, db: Database, levels: (LevelKey & { onHand: number })[], now: Date) {
  for (const chunk of chunks(levels)) {
    const p = placeholders(db);
    const at = p();
    const params: unknown[] = [now.toISOString()];
    const values = chunk.map((l) => {
      params.push(l.itemId, l.locationId, l.onHand);
      return `(${p()}, ${p()}, ${p()})`;
    });
    await em.query(
      `UPDATE stock_levels SET on_hand = CAST(v.column3 AS numeric), updated_at = ${at}
         FROM (VALUES ${values.join(', ')}) AS v
        WHERE stock_levels.item_id = v.column1 AND stock_levels.location_id = v.column2`,
      params,
    );
  }
}

/** Total on-hand per item over every location (the moving average's base). */
export async function itemTotals(em: EntityManager, db: Database, itemIds: string[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>(itemIds.map((id) => [id, 0]));
  for (const chunk of chunks(itemIds)) {
    const p = placeholders(db);
    const rows: { item_id: string; total: string | number }[] = await em.query(
      `SELECT item_id, COALESCE(SUM(on_hand), 0) AS total FROM stock_levels WHERE item_id IN (${chunk.map(() => p()).join(', ')}) GROUP BY item_id`,
      chunk,
    );
    for (const r of rows) totals.set(r.item_id, Number(r.total));
  }
  return totals;
}

/** The levels among `keys` that already have ledger history (a first receipt into a bin is no replenishment). */
export async function keysWithHistory(em: EntityManager, db: Database, keys: LevelKey[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunks(keys)) {
    const p = placeholders(db);
    const params: unknown[] = [];
    const pairs = chunk.map((k) => {
      params.push(k.itemId, k.locationId);
      return `(${p()}, ${p()})`;
    });
    const rows: { item_id: string; location_id: string }[] = await em.query(
      `SELECT DISTINCT item_id, location_id FROM stock_ledger_entries WHERE (item_id, location_id) IN (VALUES ${pairs.join(', ')})`,
      params,
    );
    for (const r of rows) found.add(levelKey({ itemId: r.item_id, locationId: r.location_id }));
  }
  return found;
}
