import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import type { ErrorCode } from '@hotelops/contracts';
import { DomainError, notFound } from '../errors/domain-error';
import type { Caller } from '../identity/caller';
import type { StateMachine } from '../rules/state-machine';
import type { Clock } from '../app/clock';
import type { Database } from './database';

/** A row that belongs to one property: every aggregate does. */
export interface OwnedRow {
  id: string;
  propertyId: string;
}

/** What the kernel needs to know of an aggregate's table to load one row for a change. */
export interface AggregateKind<E extends OwnedRow> {
  readonly entity: EntityTarget<E>;
  /** e.g. 'ORDER.NOT_FOUND' */
  readonly notFound: ErrorCode;
  /** how the aggregate is named in "<Noun> <id> was not found" */
  readonly noun: string;
  /**
   * Whether the caller may see this row beyond its property (a partner key only its channel's
   * stays); a row it may not see is reported not found, as if it did not exist.
   */
  readonly visibleTo?: (row: E, caller: Caller) => boolean;
}

/** A transition the status machine refused. */
export interface Refusal<S extends string, A extends string> {
  readonly action: A;
  readonly from: S;
  /** the machine's explanation: "cannot close a case that is NEW (allowed when RESOLVED)" */
  readonly reason: string;
  readonly allowedFrom: readonly S[];
}

/** An aggregate with a status machine. */
export interface StatefulKind<E extends OwnedRow & { status: S }, S extends string, A extends string> extends AggregateKind<E> {
  readonly machine: StateMachine<S, A>;
  /** e.g. 'ORDER.INVALID_TRANSITION' */
  readonly invalidTransition: ErrorCode;
  /**
   * The error for a refused change where the aggregate has more to tell than
   * "<Noun> <id>: <reason>" with the status: a case's number, the day an employee left, why a
   * compensation was rejected.
   */
  readonly refused?: (row: E, refusal: Refusal<S, A>) => DomainError;
}

/**
 * Loads one row for a read-modify-write: under a write lock on PostgreSQL (SQLite transactions
 * already run one at a time), and only if the caller may act on its property and see the row.
 */
export async function lockForChange<E extends OwnedRow>(
  em: EntityManager,
  db: Database,
  kind: AggregateKind<E>,
  id: string,
  caller: Caller,
): Promise<E> {
  const row = await em.findOne(kind.entity, { where: { id } as FindOptionsWhere<E>, ...db.forUpdate });
  if (!row) throw notFound(kind.notFound, kind.noun, id);
  caller.assertProperty(row.propertyId);
  if (kind.visibleTo && !kind.visibleTo(row, caller)) throw notFound(kind.notFound, kind.noun, id);
  return row;
}

export interface StatusChange<S extends string> {
  readonly from: S;
  readonly to: S;
  readonly at: Date;
}

/**
 * The one shape of a status change, in one transaction: lock the row → check the caller's
 * property → ask the status machine → the caller's effect (more rows, history, outbox events;
 * it sees the row still in its old status and may change other fields) → set status and
 * updatedAt → save. A refused transition names the current status and what is allowed.
 */
export function transitionAggregate<E extends OwnedRow & { status: S; updatedAt?: Date | null }, S extends string, A extends string>(
  deps: { readonly db: Database; readonly clock: Clock },
  kind: StatefulKind<E, S, A>,
  id: string,
  action: A,
  caller: Caller,
  effect?: (em: EntityManager, row: E, change: StatusChange<S>) => Promise<void>,
): Promise<E> {
  return deps.db.transaction((em) => transitionWithin(em, deps, kind, id, action, caller, effect));
}

/**
 * transitionAggregate() as one step of a transaction the caller already holds (e.g. a partner
 * message whose acknowledgement must commit with the change it caused).
 */
export async function transitionWithin<E extends OwnedRow & { status: S; updatedAt?: Date | null }, S extends string, A extends string>(
  em: EntityManager,
  deps: { readonly db: Database; readonly clock: Clock },
  kind: StatefulKind<E, S, A>,
  id: string,
  action: A,
  caller: Caller,
  effect?: (em: EntityManager, row: E, change: StatusChange<S>) => Promise<void>,
): Promise<E> {
  const row = await lockForChange(em, deps.db, kind, id, caller);
  const next = kind.machine.transition(row.status, action);
  if (!next.ok) {
    const refusal = { action, from: next.from, reason: next.reason, allowedFrom: next.allowedFrom };
    throw (
      kind.refused?.(row, refusal) ??
      new DomainError(kind.invalidTransition, `${kind.noun} ${id}: ${next.reason}`, { status: next.from, allowedFrom: next.allowedFrom })
    );
  }
  const at = deps.clock.now();
  await effect?.(em, row, { from: next.from, to: next.to, at });
  row.status = next.to;
  if ('updatedAt' in row) row.updatedAt = at;
  await em.save(kind.entity, row);
  return row;
}
