import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  DomainError,
  isUniqueViolation,
  lockForChange,
  notFound,
  transitionAggregate,
  type Caller,
  type ServiceDeps,
} from '@hotelops/kernel';
import type { OutletService } from '../outlet/outlet.service';
import { FloorEntity, TableEntity } from './floor.entity';
import { TABLE_MACHINE, coversProblem, type TableAction } from './table.rules';
import type { AddTableInput } from './floor.type';

export const TABLE = {
  entity: TableEntity,
  notFound: 'TABLE.NOT_FOUND',
  noun: 'Table',
  machine: TABLE_MACHINE,
  invalidTransition: 'TABLE.INVALID_TRANSITION',
} as const;

/** Floors, tables and the party at each: seat, transfer, merge, clear. */
export class FloorService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
  ) {}

  async createFloor(outletId: string, name: string, caller: Caller): Promise<FloorEntity> {
    if (!name.trim() || name.length > 60) throw new DomainError('INPUT.INVALID', 'A floor name has 1–60 characters', { field: 'name' });
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.outlets.load(em, outletId, caller);
      return em.save(em.create(FloorEntity, { id: randomUUID(), propertyId: outlet.propertyId, outletId, name: name.trim() }));
    });
  }

  async addTable(input: AddTableInput, caller: Caller): Promise<TableEntity> {
    try {
      return await this.deps.db.transaction(async (em) => {
        const floor = await em.findOneBy(FloorEntity, { id: input.floorId });
        if (!floor) throw notFound('FLOOR.NOT_FOUND', 'Floor', input.floorId);
        caller.assertProperty(floor.propertyId);
        if (await em.findOneBy(TableEntity, { outletId: floor.outletId, number: input.number })) throw taken(input.number);
        const table = em.create(TableEntity, {
          id: randomUUID(),
          propertyId: floor.propertyId,
          outletId: floor.outletId,
          floorId: floor.id,
          number: input.number,
          seats: input.seats,
          x: input.x,
          y: input.y,
          status: 'FREE',
          covers: 0,
          serverId: null,
          orderId: null,
          mergedIntoId: null,
          seatedAt: null,
          updatedAt: this.deps.clock.now(),
        });
        await em.insert(TableEntity, table);
        return table;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw taken(input.number);
      throw err;
    }
  }

  /** Seats a party: covers and the server who looks after them. */
  seat(tableId: string, covers: number, serverId: string | null, caller: Caller): Promise<TableEntity> {
    const problem = coversProblem(covers);
    if (problem) return Promise.reject(new DomainError('INPUT.INVALID', problem, { field: 'covers' }));
    return transitionAggregate(this.deps, TABLE, tableId, 'seat', caller, async (_em, t, change) => {
      t.covers = covers;
      t.serverId = serverId ?? caller.employeeId ?? null;
      t.seatedAt = change.at;
    });
  }

  /** Moves a status along within another change's transaction (an order taken, a bill paid). */
  async move(
    em: EntityManager,
    tableId: string,
    action: TableAction,
    caller: Caller,
    patch: Partial<TableEntity> = {},
  ): Promise<TableEntity> {
    const t = await lockForChange(em, this.deps.db, TABLE, tableId, caller);
    const next = TABLE_MACHINE.transition(t.status, action);
    if (!next.ok)
      throw new DomainError('TABLE.INVALID_TRANSITION', `Table ${t.number}: ${next.reason}`, {
        status: t.status,
        allowedFrom: next.allowedFrom,
      });
    Object.assign(t, patch, { status: next.to, updatedAt: this.deps.clock.now() });
    return em.save(TableEntity, t);
  }

  requestBill(tableId: string, caller: Caller): Promise<TableEntity> {
    return transitionAggregate(this.deps, TABLE, tableId, 'requestBill', caller);
  }

  /** Cleared and reset; tables joined to it are freed with it. */
  clear(tableId: string, caller: Caller): Promise<TableEntity> {
    return transitionAggregate(this.deps, TABLE, tableId, 'clear', caller, async (em, t) => {
      Object.assign(t, { covers: 0, serverId: null, orderId: null, seatedAt: null });
      await em.update(
        TableEntity,
        { mergedIntoId: t.id },
        { status: 'FREE', covers: 0, mergedIntoId: null, orderId: null, serverId: null },
      );
    });
  }

  /** Moves the party (covers, server, open order) to a free table of the same outlet. */
  transfer(fromId: string, toId: string, caller: Caller): Promise<TableEntity> {
    return this.deps.db.transaction(async (em) => {
      const from = await lockForChange(em, this.deps.db, TABLE, fromId, caller);
      const to = await lockForChange(em, this.deps.db, TABLE, toId, caller);
      if (to.outletId !== from.outletId) throw notFound('TABLE.NOT_FOUND', 'Table of the same outlet', toId);
      const seat = TABLE_MACHINE.transition(to.status, 'seat');
      if (!seat.ok) throw new DomainError('TABLE.INVALID_TRANSITION', `Table ${to.number}: ${seat.reason}`, { status: to.status });
      const party = { status: from.status, covers: from.covers, serverId: from.serverId, orderId: from.orderId, seatedAt: from.seatedAt };
      await this.move(em, fromId, 'leave', caller, { covers: 0, serverId: null, orderId: null, seatedAt: null });
      Object.assign(to, party, { updatedAt: this.deps.clock.now() });
      await em.save(TableEntity, to);
      await em.update(TableEntity, { mergedIntoId: from.id }, { mergedIntoId: to.id });
      return to;
    });
  }

  /** Joins `sourceId`'s party to `targetId`'s (one party, one order): the source's covers add up and it follows the target. */
  merge(targetId: string, sourceId: string, caller: Caller): Promise<TableEntity> {
    return this.deps.db.transaction(async (em) => {
      const target = await lockForChange(em, this.deps.db, TABLE, targetId, caller);
      const source = await lockForChange(em, this.deps.db, TABLE, sourceId, caller);
      if (target.id === source.id || target.outletId !== source.outletId)
        throw notFound('TABLE.NOT_FOUND', 'Another table of the same outlet', sourceId);
      for (const t of [target, source]) {
        if (t.status === 'FREE' || t.status === 'NEEDS_CLEARING' || t.mergedIntoId)
          throw new DomainError('TABLE.INVALID_TRANSITION', `Table ${t.number} has no party to merge (it is ${t.status})`, {
            status: t.status,
          });
      }
      if (source.orderId && target.orderId) {
        throw new DomainError('TABLE.INVALID_TRANSITION', `Both tables have orders: bill them apart and merge the bills instead`, {
          status: source.status,
        });
      }
      target.covers += source.covers;
      target.orderId = target.orderId ?? source.orderId;
      if (source.orderId && target.status === 'SEATED') target.status = source.status;
      target.updatedAt = this.deps.clock.now();
      Object.assign(source, { mergedIntoId: target.id, covers: 0, orderId: null, updatedAt: target.updatedAt });
      await em.save(TableEntity, [target, source]);
      return target;
    });
  }

  async tables(outletId: string, caller: Caller): Promise<TableEntity[]> {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(TableEntity, { where: { outletId }, order: { number: 'ASC' } });
  }

  async floors(outletId: string, caller: Caller): Promise<FloorEntity[]> {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(FloorEntity, { where: { outletId }, order: { name: 'ASC' } });
  }

  tablesOfFloors(floorIds: readonly string[]) {
    return this.deps.db.manager.find(TableEntity, { where: { floorId: In([...floorIds]) }, order: { number: 'ASC' } });
  }

  tablesByIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(TableEntity, { id: In([...ids]) });
  }
}

const taken = (number: string) => new DomainError('TABLE.NUMBER_TAKEN', `Table ${number} already exists at this outlet`, { number });
