import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BusinessDayClosed } from '@hotelops/contracts';
import { DomainError, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { BillEntity } from '../bill/bill.entity';
import { OrderEntity } from '../order/order.entity';
import { OutletEntity } from '../outlet/outlet.entity';
import type { OutletService } from '../outlet/outlet.service';
import type { ReportService } from '../report/report.service';
import { approvingRole, dayCloseApprovalProblem, overShortExposure } from '../till/day-close.rules';
import { BusinessDayEntity, TillEntity } from '../till/till.entity';
import type { TillService } from '../till/till.service';

/**
 * Day-end close (日结) of an outlet: every order settled or voided, every till counted; then
 * approved by a role with the authority (day-close.rules) — at once when a manager closes
 * within the over/short threshold, otherwise by a second person. Approval freezes the date
 * (sales after it go to the next date) and BusinessDayClosed carries the per-server and
 * per-cashier figures.
 */
export class BusinessDayService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
    private readonly tills: TillService,
    private readonly reports: ReportService,
  ) {}

  /** Asks for the close; a manager within the threshold approves their own at once (`reason` is kept). */
  async close(outletId: string, businessDate: string, reason: string | null, caller: Caller, meta: EventMeta): Promise<BusinessDayEntity> {
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.lockOutlet(em, outletId, caller);
      const asked = await em.findOneBy(BusinessDayEntity, { outletId, businessDate });
      if (asked?.status === 'PENDING_APPROVAL') {
        throw new DomainError('BUSINESS_DAY.PENDING_APPROVAL', `${outlet.name}: the close of ${businessDate} is waiting for approval`, {
          businessDate,
        });
      }
      await this.assertClosable(em, outlet, businessDate);
      const cash = await this.cashOf(em, outletId, businessDate);
      const now = this.deps.clock.now();
      const day = em.create(BusinessDayEntity, {
        id: randomUUID(),
        propertyId: outlet.propertyId,
        outletId,
        businessDate,
        status: 'PENDING_APPROVAL',
        closedBy: caller.employeeId ?? null,
        approvedBy: null,
        approvedByRole: null,
        approvalReason: null,
        approvedAt: null,
        overShortExposureMinor: cash.exposureMinor,
        figures: await this.figures(em, outlet, businessDate),
        closedAt: now,
      });
      await em.insert(BusinessDayEntity, day);
      const own = dayCloseApprovalProblem({ ...cash, closedBy: day.closedBy, ...this.approver(caller), reason });
      if (!own) await this.freeze(em, outlet, day, caller, reason, meta);
      return day;
    });
  }

  /** Approves a close asked for, if the caller's role and person may (day-close.rules); freezes the date. */
  async approve(
    outletId: string,
    businessDate: string,
    reason: string | null,
    caller: Caller,
    meta: EventMeta,
  ): Promise<BusinessDayEntity> {
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.lockOutlet(em, outletId, caller);
      const day = await em.findOneBy(BusinessDayEntity, { outletId, businessDate });
      if (!day) {
        throw new DomainError('BUSINESS_DAY.NO_CLOSE_REQUESTED', `Nobody asked to close ${businessDate} at ${outlet.name}`, {
          businessDate,
        });
      }
      if (day.status === 'CLOSED') {
        throw new DomainError('BUSINESS_DAY.CLOSED', `${outlet.name}: ${businessDate} is already closed`, { businessDate });
      }
      await this.assertClosable(em, outlet, businessDate); // nothing reopened since the close was asked for
      const cash = await this.cashOf(em, outletId, businessDate);
      const problem = dayCloseApprovalProblem({ ...cash, closedBy: day.closedBy, ...this.approver(caller), reason });
      if (problem) throw new DomainError(problem.code, `${outlet.name}, ${businessDate}: ${problem.message}`, { businessDate });
      day.overShortExposureMinor = cash.exposureMinor;
      day.figures = await this.figures(em, outlet, businessDate);
      await this.freeze(em, outlet, day, caller, reason, meta);
      return day;
    });
  }

  private approver(caller: Caller) {
    return { approverId: caller.employeeId ?? null, approverRoles: caller.claims.roles };
  }

  private async lockOutlet(em: EntityManager, outletId: string, caller: Caller) {
    const outlet = await em.findOne(OutletEntity, { where: { id: outletId }, ...this.deps.db.forUpdate });
    if (!outlet) throw new DomainError('OUTLET.NOT_FOUND', `Outlet ${outletId} was not found`, { id: outletId });
    caller.assertProperty(outlet.propertyId);
    return outlet;
  }

  /** The day's tills: who ran them and the cash difference approval looks at. */
  private async cashOf(em: EntityManager, outletId: string, businessDate: string) {
    const tills = await em.findBy(TillEntity, { outletId, businessDate });
    return {
      cashierIds: [...new Set(tills.map((t) => t.cashierId).filter((id): id is string => !!id))],
      exposureMinor: overShortExposure(tills.map((t) => t.overShortMinor)),
    };
  }

  private async figures(em: EntityManager, outlet: OutletEntity, businessDate: string) {
    const report = await this.reports.figures(em, outlet, businessDate);
    return { covers: report.covers, revenueMinor: report.netRevenueMinor, checks: report.checks };
  }

  /** Records the approval, freezes the date and tells the other domains (in the caller's transaction). */
  private async freeze(
    em: EntityManager,
    outlet: OutletEntity,
    day: BusinessDayEntity,
    approver: Caller,
    reason: string | null,
    meta: EventMeta,
  ) {
    const now = this.deps.clock.now();
    Object.assign(day, {
      status: 'CLOSED',
      approvedBy: approver.employeeId ?? null,
      approvedByRole: approvingRole(approver.claims.roles),
      approvalReason: reason?.trim() || null,
      approvedAt: now,
      closedAt: now,
    });
    await em.save(BusinessDayEntity, day);
    await em.update(OutletEntity, { id: outlet.id }, { lastClosedDate: day.businessDate });
    this.outlets.cache.invalidate(outlet.id);
    const servers = await this.reports.byServer(em, outlet.id, day.businessDate);
    const cashiers = (await this.tills.kpis(outlet.id, day.businessDate, approver)).filter((c) => c.cashierId);
    const money = (amountMinor: number) => ({ amountMinor, currency: outlet.currency });
    await this.deps.outbox.add(
      em,
      BusinessDayClosed,
      {
        propertyId: outlet.propertyId,
        outletId: outlet.id,
        businessDate: day.businessDate,
        covers: day.figures.covers,
        revenue: money(day.figures.revenueMinor),
        servers,
        cashiers: cashiers.map((c) => ({
          employeeId: c.cashierId!,
          transactions: c.transactions,
          voids: c.voids,
          overShort: money(c.overShortMinor),
        })),
        closedBy: day.closedBy,
        closedAt: now.toISOString(),
      },
      { subject: outlet.id, propertyId: outlet.propertyId },
      meta,
    );
  }

  /** Not closed yet; every order settled or voided and every bill settled; every till counted and closed. */
  private async assertClosable(em: EntityManager, outlet: OutletEntity, businessDate: string) {
    const outletId = outlet.id;
    if (outlet.lastClosedDate && outlet.lastClosedDate >= businessDate) {
      const message = `${outlet.name}: ${businessDate} is already closed (last close ${outlet.lastClosedDate})`;
      throw new DomainError('BUSINESS_DAY.CLOSED', message, { businessDate });
    }
    const openOrders = await em.countBy(OrderEntity, { outletId, businessDate, status: 'OPEN' });
    const openBills = await em.countBy(BillEntity, { outletId, businessDate, status: 'OPEN' });
    if (openOrders + openBills > 0) {
      throw new DomainError(
        'BUSINESS_DAY.OPEN_CHECKS',
        `${outlet.name} still has ${openOrders} open orders and ${openBills} open bills on ${businessDate}`,
        { openOrders, openBills },
      );
    }
    const openTills = await em.countBy(TillEntity, { outletId, businessDate, status: 'OPEN' });
    if (openTills)
      throw new DomainError('BUSINESS_DAY.OPEN_TILLS', `${openTills} tills of ${outlet.name} are not counted and closed yet`, {
        openTills,
      });
  }

  async list(outletId: string, caller: Caller) {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(BusinessDayEntity, { where: { outletId }, order: { businessDate: 'DESC' }, take: 100 });
  }
}
