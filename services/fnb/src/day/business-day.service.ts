import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BusinessDayClosed } from '@hotelops/contracts';
import { DomainError, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { BillEntity } from '../bill/bill.entity';
import { OrderEntity } from '../order/order.entity';
import { OutletEntity } from '../outlet/outlet.entity';
import type { OutletService } from '../outlet/outlet.service';
import type { ReportService } from '../report/report.service';
import { BusinessDayEntity, TillEntity } from '../till/till.entity';
import type { TillService } from '../till/till.service';

/**
 * Day-end close (日结) of an outlet, by a cashier together with the F&B manager: every order
 * settled or voided, every till counted; the date is frozen (sales after it go to the next
 * date) and BusinessDayClosed carries the per-server and per-cashier figures.
 */
export class BusinessDayService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
    private readonly tills: TillService,
    private readonly reports: ReportService,
  ) {}

  async close(
    outletId: string,
    businessDate: string,
    approvedBy: string | null,
    caller: Caller,
    meta: EventMeta,
  ): Promise<BusinessDayEntity> {
    return this.deps.db.transaction(async (em) => {
      const outlet = await em.findOne(OutletEntity, { where: { id: outletId }, ...this.deps.db.forUpdate });
      if (!outlet) throw new DomainError('OUTLET.NOT_FOUND', `Outlet ${outletId} was not found`, { id: outletId });
      caller.assertProperty(outlet.propertyId);
      await this.assertClosable(em, outlet, businessDate);
      const report = await this.reports.figures(em, outlet, businessDate);
      const servers = await this.reports.byServer(em, outletId, businessDate);
      const cashiers = (await this.tills.kpis(outletId, businessDate, caller)).filter((c) => c.cashierId);
      const now = this.deps.clock.now();
      const figures = { covers: report.covers, revenueMinor: report.netRevenueMinor, checks: report.checks };
      const day = em.create(BusinessDayEntity, {
        id: randomUUID(),
        propertyId: outlet.propertyId,
        outletId,
        businessDate,
        closedBy: caller.employeeId ?? null,
        approvedBy,
        figures,
        closedAt: now,
      });
      await em.insert(BusinessDayEntity, day);
      await em.update(OutletEntity, { id: outletId }, { lastClosedDate: businessDate });
      this.outlets.cache.invalidate(outletId);
      const money = (amountMinor: number) => ({ amountMinor, currency: outlet.currency });
      await this.deps.outbox.add(
        em,
        BusinessDayClosed,
        {
          propertyId: outlet.propertyId,
          outletId,
          businessDate,
          covers: report.covers,
          revenue: money(report.netRevenueMinor),
          servers,
          cashiers: cashiers.map((c) => ({
            employeeId: c.cashierId!,
            transactions: c.transactions,
            voids: c.voids,
            overShort: money(c.overShortMinor),
          })),
          closedBy: caller.employeeId ?? null,
          closedAt: now.toISOString(),
        },
        { subject: outletId, propertyId: outlet.propertyId },
        meta,
      );
      return day;
    });
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
        {
          openOrders,
          openBills,
        },
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
