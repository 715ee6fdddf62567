import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import type { OutletServiceService } from '../service/service.service';
import type { ReportService } from './report.service';
import { DailyBusinessReport, FnbTotal } from './report.type';

@Resolver(() => DailyBusinessReport)
export class ReportResolver {
  private readonly reports: ReportService;
  private readonly services: OutletServiceService;
  constructor({ reports, services }: FnbServices) {
    this.reports = reports;
    this.services = services;
  }

  @Authorized('fnb-manager', 'cashier')
  @Query(() => DailyBusinessReport, { description: '营业报告 of an outlet and business date, computed from its settled checks' })
  async dailyBusinessReport(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DailyBusinessReport> {
    const r = await this.reports.daily(outletId, businessDate, ctx.caller);
    const money = (n: number) => FnbTotal.of(n, r.outlet.currency);
    return {
      outlet: r.outlet,
      businessDate,
      closed: !!r.outlet.lastClosedDate && r.outlet.lastClosedDate >= businessDate,
      covers: r.covers,
      checks: r.checks,
      orders: r.orders,
      grossRevenue: money(r.grossRevenueMinor),
      discounts: money(r.discountsMinor),
      netRevenue: money(r.netRevenueMinor),
      tips: money(r.tipsMinor),
      averageCheck: money(r.averageCheckMinor),
      averagePerCover: money(r.averagePerCoverMinor),
      revenueByCategory: r.byCategory.map((c) => ({ category: c.category, quantity: c.quantity, revenue: money(c.revenueMinor) })),
      revenueByPeriod: r.byPeriod.map((p) => ({ name: p.name, orders: p.orders, covers: p.covers, revenue: money(p.revenueMinor) })),
      adjustments: r.adjustments.map((a) => ({ kind: a.kind, count: a.count, amount: money(a.amountMinor) })),
      paymentMix: r.paymentMix.map((m) => ({ method: m.method, kind: m.kind, count: m.count, amount: money(m.amountMinor) })),
      closingChecks: (await this.services.checklists(outletId, businessDate, ctx.caller, 'CLOSING')) as never,
    };
  }
}
