import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, notFound, transitionAggregate, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { PaymentEntity } from './payment.entity';
import { MAX_AMOUNT_MINOR } from '../order/order.rules';
import type { OutletService } from '../outlet/outlet.service';
import { CashDropEntity, TillEntity } from './till.entity';
import { TILL_MACHINE, expectedCash, overShort, type CashFlows } from './till.rules';

export const TILL = {
  entity: TillEntity,
  notFound: 'TILL.NOT_FOUND',
  noun: 'Till',
  machine: TILL_MACHINE,
  invalidTransition: 'TILL.INVALID_TRANSITION',
} as const;

const slotOf = (caller: Caller, outletId: string) => `${caller.employeeId ?? 'system'}:${outletId}`;

function amountProblem(amount: number, field: string, allowZero = false): DomainError | null {
  const ok = Number.isInteger(amount) && amount <= MAX_AMOUNT_MINOR && (allowZero ? amount >= 0 : amount > 0);
  return ok
    ? null
    : new DomainError('INPUT.INVALID', `${field} must be ${allowZero ? 0 : 1}–${MAX_AMOUNT_MINOR} minor units, got ${amount}`, { field });
}

/** Cashier tills: opened with a float, every payment and refund against them, drops, closed with a count. */
export class TillService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
  ) {}

  async open(outletId: string, floatMinor: number, caller: Caller): Promise<TillEntity> {
    const bad = amountProblem(floatMinor, 'floatMinor', true);
    if (bad) throw bad;
    try {
      return await this.deps.db.transaction(async (em) => {
        const outlet = await this.outlets.load(em, outletId, caller);
        if (await em.findOneBy(TillEntity, { openSlot: slotOf(caller, outletId) })) throw alreadyOpen(outlet.name);
        const now = this.deps.clock.now();
        const till = em.create(TillEntity, {
          id: randomUUID(),
          propertyId: outlet.propertyId,
          outletId,
          cashierId: caller.employeeId ?? null,
          businessDate: this.outlets.businessDate(outlet),
          status: 'OPEN',
          openSlot: slotOf(caller, outletId),
          floatMinor,
          droppedMinor: 0,
          countedMinor: null,
          expectedCashMinor: null,
          overShortMinor: null,
          openedAt: now,
          closedAt: null,
          updatedAt: now,
        });
        await em.insert(TillEntity, till);
        return till;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw alreadyOpen(outletId);
      throw err;
    }
  }

  /** The caller's open till at the outlet: every payment and refund is recorded against it. */
  async openTillOf(em: EntityManager, caller: Caller, outletId: string): Promise<TillEntity> {
    const till = await em.findOneBy(TillEntity, { openSlot: slotOf(caller, outletId) });
    if (!till)
      throw new DomainError('TILL.NOT_OPEN', 'Open a till (with its float) at this outlet before taking or refunding money', { outletId });
    return till;
  }

  /** Cash taken from the drawer to the safe. */
  drop(tillId: string, amountMinor: number, caller: Caller): Promise<TillEntity> {
    const bad = amountProblem(amountMinor, 'amountMinor');
    if (bad) return Promise.reject(bad);
    return transitionAggregate(this.deps, TILL, tillId, 'record', caller, async (em, till, change) => {
      const inDrawer = expectedCash(await this.flows(em, till));
      if (amountMinor > inDrawer)
        throw new DomainError('INPUT.INVALID', `Only ${inDrawer} should be in the drawer; cannot drop ${amountMinor}`, {
          field: 'amountMinor',
        });
      await em.insert(CashDropEntity, {
        id: randomUUID(),
        tillId: till.id,
        amountMinor,
        droppedBy: caller.employeeId ?? null,
        droppedAt: change.at,
      });
      till.droppedMinor += amountMinor;
    });
  }

  /** Closes with the counted cash: expected cash and over/short (长短款) are computed and kept. */
  close(tillId: string, countedMinor: number, caller: Caller): Promise<TillEntity> {
    const bad = amountProblem(countedMinor, 'countedMinor', true);
    if (bad) return Promise.reject(bad);
    return transitionAggregate(this.deps, TILL, tillId, 'close', caller, async (em, till, change) => {
      const flows = await this.flows(em, till);
      Object.assign(till, {
        countedMinor,
        expectedCashMinor: expectedCash(flows),
        overShortMinor: overShort(countedMinor, flows),
        openSlot: null,
        closedAt: change.at,
      });
    });
  }

  async get(id: string, caller: Caller): Promise<TillEntity> {
    const till = await this.deps.db.manager.findOneBy(TillEntity, { id });
    if (!till) throw notFound('TILL.NOT_FOUND', 'Till', id);
    caller.assertProperty(till.propertyId);
    return till;
  }

  async list(outletId: string, businessDate: string, caller: Caller) {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(TillEntity, { where: { outletId, businessDate }, order: { openedAt: 'ASC' } });
  }

  async flows(em: EntityManager, till: TillEntity): Promise<CashFlows> {
    const rows = await em
      .createQueryBuilder(PaymentEntity, 'p')
      .select('p.kind', 'kind')
      .addSelect('COALESCE(SUM(p.amount_minor), 0)', 'amount')
      .where("p.till_id = :id AND p.method = 'CASH'", { id: till.id })
      .groupBy('p.kind')
      .getRawMany<{ kind: string; amount: string }>();
    const of = (kind: string) => Number(rows.find((r) => r.kind === kind)?.amount ?? 0);
    return { floatMinor: till.floatMinor, cashInMinor: of('PAYMENT'), cashRefundedMinor: of('REFUND'), droppedMinor: till.droppedMinor };
  }

  /** Per-cashier KPIs for an outlet's business date: transactions, refunds, voids asked for, over/short. */
  async kpis(outletId: string, businessDate: string, caller: Caller) {
    await this.outlets.get(outletId, caller);
    const q = (sql: string) =>
      this.deps.db.manager.query(this.deps.db.isPostgres ? sql : sql.replace(/\$\d/g, '?'), [outletId, businessDate]);
    const [payments, voids, tills] = await Promise.all([
      q(`SELECT cashier_id AS id, SUM(CASE WHEN kind = 'PAYMENT' THEN 1 ELSE 0 END) AS tx, SUM(CASE WHEN kind = 'REFUND' THEN 1 ELSE 0 END) AS refunds,
         COALESCE(SUM(CASE WHEN kind = 'PAYMENT' THEN amount_minor ELSE -amount_minor END), 0) AS taken
         FROM payments WHERE outlet_id = $1 AND business_date = $2 GROUP BY cashier_id`),
      q(
        `SELECT requested_by AS id, COUNT(*) AS n FROM adjustments WHERE outlet_id = $1 AND business_date = $2 AND kind = 'VOID' GROUP BY requested_by`,
      ),
      q(
        `SELECT cashier_id AS id, COALESCE(SUM(over_short_minor), 0) AS os FROM tills WHERE outlet_id = $1 AND business_date = $2 GROUP BY cashier_id`,
      ),
    ]);
    const ids = [...new Set([...payments, ...tills].map((r: { id: string | null }) => r.id))];
    return ids.map((id) => {
      const p = payments.find((r: { id: string | null }) => r.id === id);
      return {
        cashierId: id as string | null,
        transactions: Number(p?.tx ?? 0),
        refunds: Number(p?.refunds ?? 0),
        takenMinor: Number(p?.taken ?? 0),
        voids: Number(voids.find((r: { id: string | null }) => r.id === id)?.n ?? 0),
        overShortMinor: Number(tills.find((r: { id: string | null }) => r.id === id)?.os ?? 0),
      };
    });
  }
}

const alreadyOpen = (where: string) =>
  new DomainError('TILL.ALREADY_OPEN', `You already have an open till at ${where}; close it first`, {});
