import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, type RequestContext, intArg, MAX_AMOUNT_MINOR } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import type { PaymentEntity } from '../till/payment.entity';
import type { BillEntity, BillLineEntity, InvoiceEntity } from './bill.entity';
import type { SplitRequest } from './bill.rules';
import type { BillService } from './bill.service';
import { Bill, BillLine, BillSplitInput, Invoice, Payment, TenderInput } from './bill.type';
import type { InvoiceService } from './invoice.service';

const FLOOR = ['fnb-server', 'fnb-manager', 'cashier'];
const CASHIERS = ['cashier', 'fnb-manager'];

@Resolver(() => Bill)
export class BillResolver {
  private readonly service: BillService;
  private readonly invoices: InvoiceService;
  constructor({ bills, invoices }: FnbServices) {
    this.service = bills;
    this.invoices = invoices;
  }

  @Authorized()
  @Query(() => Bill)
  bill(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized()
  @Query(() => [Bill], { description: 'Bills of an order, in order of creation' })
  billsOfOrder(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: RequestContext) {
    return this.service.ofOrder(orderId, ctx.caller);
  }

  @Authorized(...CASHIERS)
  @Query(() => [Bill], { description: 'Settled bills whose room charge the folio refused: balances a cashier must still collect' })
  openBalances(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return this.service.openBalances(outletId, ctx.caller);
  }

  @FieldResolver(() => Money)
  subtotal(@Root() b: BillEntity) {
    return Money.of(b.subtotalMinor, b.currency);
  }

  @FieldResolver(() => Money)
  discount(@Root() b: BillEntity) {
    return Money.of(b.discountMinor, b.currency);
  }

  @FieldResolver(() => Money, { description: 'subtotal − discount: what is due before a tip' })
  total(@Root() b: BillEntity) {
    return Money.of(b.subtotalMinor - b.discountMinor, b.currency);
  }

  @FieldResolver(() => Money)
  tip(@Root() b: BillEntity) {
    return Money.of(b.tipMinor, b.currency);
  }

  @FieldResolver(() => Money, { description: 'A refused room charge still to collect' })
  openBalance(@Root() b: BillEntity) {
    return Money.of(b.openBalanceMinor, b.currency);
  }

  @FieldResolver(() => [BillLine])
  async lines(@Root() b: BillEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader<BillLineEntity[]>('Bill.lines', async (ids) => {
        const all = await this.service.linesOf(ids);
        return ids.map((id) => all.filter((l) => l.billId === id));
      })
      .load(b.id);
    return rows ?? [];
  }

  @FieldResolver(() => [Payment], { description: 'Payments and refunds, oldest first' })
  async payments(@Root() b: BillEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader<PaymentEntity[]>('Bill.payments', async (ids) => {
        const all = await this.service.paymentsOf(ids);
        return ids.map((id) => all.filter((p) => p.billId === id));
      })
      .load(b.id);
    return rows ?? [];
  }

  @FieldResolver(() => Invoice, { nullable: true })
  invoice(@Root() b: BillEntity, @Ctx() ctx: RequestContext) {
    return ctx
      .loader<InvoiceEntity>('Bill.invoice', async (ids) => {
        const all = await this.invoices.ofBills(ids);
        return ids.map((id) => all.find((i) => i.billId === id) ?? null);
      })
      .load(b.id);
  }

  @Authorized(...FLOOR)
  @Mutation(() => [Bill], { description: 'Bills an order whole, or split by item, by seat or equally; the order is frozen' })
  createBills(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('split', () => BillSplitInput) split: BillSplitInput,
    @Ctx() ctx: RequestContext,
  ) {
    const req = { mode: split.mode, parts: split.parts ?? 0, assignments: split.assignments ?? [] } as SplitRequest;
    return this.service.createBills(orderId, req, ctx.caller);
  }

  @Authorized(...FLOOR)
  @Mutation(() => Bill, { description: 'Moves every line of the source bill onto the target (paying together)' })
  mergeBills(@Arg('targetBillId', () => ID) targetId: string, @Arg('sourceBillId', () => ID) sourceId: string, @Ctx() ctx: RequestContext) {
    return this.service.merge(targetId, sourceId, ctx.caller);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Bill, {
    description: 'Settles with one or more tenders (they must come to the total plus the tip), against your open till',
  })
  settleBill(
    @Arg('id', () => ID) id: string,
    @Arg('tenders', () => [TenderInput]) tenders: TenderInput[],
    @Arg('tipMinor', () => Int, { defaultValue: 0, ...intArg('tipMinor', 0, MAX_AMOUNT_MINOR) }) tipMinor: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.settle(id, tenders, tipMinor, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Bill, { description: 'Collects an open balance (a room charge the folio refused)' })
  settleOpenBalance(
    @Arg('id', () => ID) id: string,
    @Arg('tenders', () => [TenderInput]) tenders: TenderInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.settleOpenBalance(id, tenders, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Invoice, { description: 'Issues the invoice (发票) of a settled bill: a numbered document, once per bill' })
  issueInvoice(
    @Arg('billId', () => ID) billId: string,
    @Arg('title', { description: '抬头, 1–200 characters' }) title: string,
    @Arg('taxId', () => String, { nullable: true }) taxId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.invoices.issue(billId, title, taxId ?? null, ctx.caller);
  }
}
