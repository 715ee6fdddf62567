import { Raw, type EntityManager } from 'typeorm';
import { AvailabilityChanged } from '@hotelops/contracts';
import { DomainError, lockForChange, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { RoomTypeEntity } from '../room/room.entity';
import { ROOM_TYPE } from '../room/room.service';
import { RoomInventoryEntity } from './room-inventory.entity';
import { ARI_HORIZON_NIGHTS, inService, sellable, type InventoryCounts } from './room-inventory.rules';
import { addDays, nightsOf } from '../calendar/calendar.rules';
import { InventoryGridReader, type InventoryGrid } from './inventory-grid';

interface TypeRef {
  id: string;
  propertyId: string;
  name?: string;
}

export interface InventoryDayView extends InventoryCounts {
  date: string;
  roomsInService: number;
  available: number;
}

/**
 * The inventory ledger per room type and night. Every change is one UPDATE whose WHERE clause
 * carries the rule (e.g. `sold < rooms_total - out_of_service + overbooking`); the number of rows
 * it touched must equal the nights asked for, otherwise the transaction is refused. Concurrent
 * bookings queue on the row locks the UPDATE takes, and each re-evaluates the condition on the
 * committed counts — there is no read-then-write window. A CHECK constraint backs this up.
 */
export class RoomInventoryService {
  private readonly grids: InventoryGridReader;
  constructor(private readonly deps: ServiceDeps) {
    this.grids = new InventoryGridReader(deps.db);
  }

  /** Takes `rooms` rooms of the type for each night of [from, to), or fails with NO_AVAILABILITY. */
  async reserve(em: EntityManager, type: TypeRef, from: string, to: string, rooms = 1): Promise<void> {
    const n = count(rooms);
    const nights = await this.prepare(em, type, from, to);
    const taken = await this.update(
      em,
      type.id,
      from,
      to,
      { sold: `sold + ${n}` },
      `sold + ${n} <= rooms_total - out_of_service + overbooking`,
    );
    if (taken.count !== nights) {
      throw new DomainError('RESERVATION.NO_AVAILABILITY', `No ${type.name ?? 'room of this type'} is available from ${from} to ${to}`, {
        roomTypeId: type.id,
        arrival: from,
        departure: to,
      });
    }
    await this.announce(em, type, from, to, taken);
  }

  /** Gives back `rooms` rooms of the type for each night of [from, to) (cancellation, no-show, change, block release). */
  async release(em: EntityManager, type: TypeRef, from: string, to: string, rooms = 1): Promise<void> {
    const n = count(rooms);
    if (n === 0) return;
    await this.prepare(em, type, from, to);
    const given = await this.update(em, type.id, from, to, { sold: `sold - ${n}` }, `sold >= ${n}`);
    await this.announce(em, type, from, to, given);
  }

  /** A room leaves (+1) or returns to (-1) service for [from, to); leaving must not oversell. */
  async outage(em: EntityManager, type: TypeRef, from: string, to: string, delta: 1 | -1, roomNumber: string): Promise<void> {
    const nights = await this.prepare(em, type, from, to);
    if (delta < 0) {
      const back = await this.update(em, type.id, from, to, { outOfService: 'out_of_service - 1' }, 'out_of_service > 0');
      return this.announce(em, type, from, to, back);
    }
    const changed = await this.update(
      em,
      type.id,
      from,
      to,
      { outOfService: 'out_of_service + 1' },
      'sold <= rooms_total - out_of_service - 1 + overbooking',
    );
    if (changed.count !== nights) {
      throw new DomainError(
        'ROOM.OUTAGE_OVERSELLS',
        `Taking room ${roomNumber} out of service from ${from} to ${to} would leave more stays than rooms; move or cancel a stay, or raise the overbooking allowance`,
        { roomTypeId: type.id },
      );
    }
    await this.announce(em, type, from, to, changed);
  }

  /** The ledger of a room type over [from, to), one row a night. */
  async days(roomTypeId: string, from: string, to: string, caller: Caller): Promise<InventoryDayView[]> {
    const nights = nightsInRange(from, to);
    const em = this.deps.db.manager;
    const type = await em.findOneBy(RoomTypeEntity, { id: roomTypeId });
    if (!type) throw notFound('ROOM_TYPE.NOT_FOUND', 'Room type', roomTypeId);
    caller.assertProperty(type.propertyId);
    const grid = (await this.grid(em, [type.id], from, to)).get(type.id)!;
    return nights.map((date) => {
      const c = grid.get(date)!;
      return { date, ...c, roomsInService: inService(c), available: sellable(c) };
    });
  }

  /** Sets the overbooking allowance for [from, to); it may not drop below what is already sold. */
  async setOverbookingAllowance(roomTypeId: string, from: string, to: string, rooms: number, caller: Caller) {
    nightsInRange(from, to);
    if (!Number.isInteger(rooms) || rooms < 0)
      throw new DomainError('INPUT.INVALID', 'rooms must be a non-negative integer', { field: 'rooms' });
    await this.deps.db.transaction(async (em) => {
      const type = await lockForChange(em, this.deps.db, ROOM_TYPE, roomTypeId, caller);
      await this.setOverbooking(em, type, from, to, rooms);
    });
    return this.days(roomTypeId, from, to, caller);
  }

  private async setOverbooking(em: EntityManager, type: TypeRef, from: string, to: string, rooms: number): Promise<void> {
    const nights = await this.prepare(em, type, from, to);
    const changed = await this.update(
      em,
      type.id,
      from,
      to,
      { overbooking: String(Number(rooms)) },
      `sold <= rooms_total - out_of_service + ${Number(rooms)}`,
    );
    if (changed.count !== nights) {
      throw new DomainError(
        'INVENTORY.ALLOWANCE_BELOW_SOLD',
        `More rooms are already sold on some night from ${from} to ${to} than ${rooms} extra would allow`,
        {
          roomTypeId: type.id,
        },
      );
    }
    await this.announce(em, type, from, to, changed);
  }

  /**
   * Locks the ledger rows of several ranges in one global order (room type, then date) before a
   * change that gives nights back and takes others (a modification, a room move), so two such
   * changes over overlapping nights queue instead of deadlocking. Ranges of one type are merged.
   */
  async lockAll(em: EntityManager, ranges: readonly { type: TypeRef; from: string; to: string }[]): Promise<void> {
    const byType = new Map<string, { type: TypeRef; from: string; to: string }>();
    for (const r of ranges) {
      const seen = byType.get(r.type.id);
      byType.set(
        r.type.id,
        seen ? { type: r.type, from: r.from < seen.from ? r.from : seen.from, to: r.to > seen.to ? r.to : seen.to } : r,
      );
    }
    for (const id of [...byType.keys()].sort()) {
      const r = byType.get(id)!;
      await this.prepare(em, r.type, r.from, r.to);
    }
  }

  /**
   * A new room of the type (already saved, its type locked): every night already on the ledger
   * gains it, and the sellable counts of the horizon from `today` are announced — every one of
   * those nights gained a room.
   */
  async roomAdded(em: EntityManager, type: TypeRef, today: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(RoomInventoryEntity)
      .set({ roomsTotal: () => 'rooms_total + 1' })
      .where('room_type_id = :t', { t: type.id })
      .execute();
    const to = addDays(today, ARI_HORIZON_NIGHTS);
    const counts = (await this.grid(em, [type.id], today, to)).get(type.id)!;
    await this.publish(
      em,
      type,
      today,
      to,
      [...counts].map(([date, c]) => ({ date, ...c })),
    );
  }

  /** Counts for every (type, night) of [from, to): ledger rows where they exist, else derived (InventoryGridReader). */
  grid(em: EntityManager, typeIds: readonly string[], from: string, to: string): Promise<InventoryGrid> {
    return this.grids.grid(em, typeIds, from, to);
  }

  /** The grid of every type of the properties, read in one round with the caller's other reads (the search). */
  gridOfProperties(em: EntityManager, propertyIds: readonly string[], from: string, to: string) {
    return this.grids.ofProperties(em, propertyIds, from, to);
  }

  /**
   * Records the new sellable counts of [from, to) in the outbox, in the change's transaction (ARI
   * delta): the changed rows when they are every night of the range, else read again.
   */
  private async announce(em: EntityManager, type: TypeRef, from: string, to: string, changed?: Changed): Promise<void> {
    const rows =
      changed?.rows && changed.rows.length === nightsOf(from, to).length
        ? changed.rows
        : (
            await em.find(RoomInventoryEntity, {
              where: { roomTypeId: type.id, stayDate: rangeOf(from, to) },
              order: { stayDate: 'ASC' },
            })
          ).map((r) => ({ ...r, date: r.stayDate }));
    await this.publish(em, type, from, to, rows);
  }

  private async publish(em: EntityManager, type: TypeRef, from: string, to: string, nights: (InventoryCounts & { date: string })[]) {
    await this.deps.outbox.add(
      em,
      AvailabilityChanged,
      {
        propertyId: type.propertyId,
        roomTypeId: type.id,
        from,
        to,
        nights: nights.map((n) => ({ date: n.date, roomsInService: inService(n), sold: n.sold, available: sellable(n) })),
      },
      { subject: type.id, propertyId: type.propertyId },
    );
  }

  /**
   * Creates the missing ledger rows of [from, to) and, on PostgreSQL, locks the nights in date
   * order, so bookings over overlapping nights queue rather than deadlock; returns the number of
   * nights. The first read takes no lock: locking what exists before the missing nights are created
   * would lock out of date order (a later night before an earlier one), and 200 bookings at once
   * over partly sold nights deadlocked that way.
   */
  private async prepare(em: EntityManager, type: TypeRef, from: string, to: string): Promise<number> {
    const nights = nightsOf(from, to);
    const have = new Set(await this.ledgerDates(em, type.id, from, to));
    if (have.size < nights.length) {
      const derived = (await this.grids.derive(em, [type.id], from, to)).get(type.id)!;
      const missing = nights
        .filter((n) => !have.has(n))
        .map((n) => ({ roomTypeId: type.id, stayDate: n, propertyId: type.propertyId, ...derived.get(n)! }));
      // A concurrent transaction may create the same rows: the later insert waits for it and skips them.
      for (let i = 0; i < missing.length; i += 100) {
        await em
          .createQueryBuilder()
          .insert()
          .into(RoomInventoryEntity)
          .values(missing.slice(i, i + 100))
          .orIgnore()
          .execute();
      }
    }
    if (this.deps.db.isPostgres) await this.ledgerDates(em, type.id, from, to, 'update');
    return nights.length;
  }

  /** The nights of [from, to) on the type's ledger, in date order; with `lock`, locked in that order (PostgreSQL). */
  private async ledgerDates(em: EntityManager, typeId: string, from: string, to: string, lock?: 'update'): Promise<string[]> {
    const rows = await this.deps.db
      .rows(RoomInventoryEntity)
      .where('room_type_id = :t AND stay_date >= :from AND stay_date < :to', { t: typeId, from, to }, 'stay_date', { em, lock });
    return rows.map((r) => r.stayDate);
  }

  /**
   * One conditional UPDATE over the nights of [from, to); returns how many rows it changed and,
   * on PostgreSQL, their new counts (RETURNING), which spares announce() reading them again. The
   * SQL is written out rather than built by typeorm: it runs on every booking.
   */
  private async update(
    em: EntityManager,
    typeId: string,
    from: string,
    to: string,
    set: Partial<Record<keyof typeof LEDGER_COLUMNS, string>>,
    condition: string,
  ): Promise<Changed> {
    const postgres = this.deps.db.isPostgres;
    const assignments = Object.entries(set).map(([k, sql]) => `${LEDGER_COLUMNS[k as keyof typeof LEDGER_COLUMNS]} = ${sql}`);
    const [sql, params] = em.connection.driver.escapeQueryWithParameters(
      `UPDATE room_inventory SET ${assignments.join(', ')} WHERE room_type_id = :t AND stay_date >= :from AND stay_date < :to AND ${condition}` +
        (postgres ? ` RETURNING ${RETURNED_COUNTS}` : ''),
      { t: typeId, from, to },
      {},
    );
    // a change runs in its transaction, whose runner reports rows and counts alike on both engines
    if (!em.queryRunner) throw new Error('room inventory changes run inside a transaction');
    const result = await em.queryRunner.query(sql, params, true);
    if (!postgres) return { count: result.affected ?? 0 };
    const rows = (result.records as LedgerNight[]).map(countsOf).sort((a, b) => (a.date < b.date ? -1 : 1));
    return { count: rows.length, rows };
  }
}

/** The nights of [from, to), at most a year of them. */
function nightsInRange(from: string, to: string): string[] {
  const nights = nightsOf(from, to);
  if (!nights.length || nights.length > 366)
    throw new DomainError('INPUT.INVALID', 'to must be after from, at most 366 nights', { field: 'to' });
  return nights;
}

/** A room count safe to inline in SQL. */
const count = (rooms: number): number => {
  if (!Number.isInteger(rooms) || rooms < 0) throw new Error(`room count must be a non-negative integer, got ${rooms}`);
  return rooms;
};

/** [from, to) on a date column. */
const rangeOf = (from: string, to: string) => Raw((c) => `${c} >= :from AND ${c} < :to`, { from, to });

/** A ledger night's counts after a change. */
type LedgerNight = InventoryCounts & { date: string };

/** What an UPDATE changed: its row count, and on PostgreSQL the rows' new counts in date order. */
interface Changed {
  count: number;
  rows?: LedgerNight[];
}

/** the ledger columns a change sets, by property name */
const LEDGER_COLUMNS = { sold: 'sold', outOfService: 'out_of_service', overbooking: 'overbooking' } as const;

const RETURNED_COUNTS =
  'CAST(stay_date AS VARCHAR(10)) AS "date", rooms_total AS "roomsTotal", out_of_service AS "outOfService", sold, overbooking';

const countsOf = (r: LedgerNight): LedgerNight => ({
  date: r.date,
  roomsTotal: Number(r.roomsTotal),
  outOfService: Number(r.outOfService),
  sold: Number(r.sold),
  overbooking: Number(r.overbooking),
});
