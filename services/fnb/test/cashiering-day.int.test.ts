import { BusinessDayClosed, FolioPostingRejected } from '@hotelops/contracts';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, deliver, eventMessage, gqlOk, type RunningSubgraph } from '@hotelops/testing';
import {
  CASHIER_2,
  CASHIER_ID,
  MANAGER_ID,
  PROPERTY,
  SERVER_ID,
  cashier,
  cashierCalls,
  checkIn,
  checklist,
  fnbManager,
  m,
  openRestaurant,
  orderTaker,
  server,
  startFnb,
  type Outlet,
} from './fnb-fixture';

const STAY = '1a2b3c4d-0000-4000-8000-0000000000c1';

/**
 * One business day at a restaurant worked through by hand: split bills, voids, comps and
 * discounts under approval limits, mixed tenders, a refused then accepted room charge, a folio
 * that refuses it later, refunds, an invoice, tills with a drop and over/short, the day-end
 * close and the daily report — every figure below is worked out in the comments.
 */
describe.each(DIALECTS)('cashiering on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;
  let date: string;
  const tills: Record<string, string> = {};
  const bills: Record<string, string> = {};

  beforeAll(async () => {
    sg = await startFnb(dialect);
    r = await openRestaurant(sg);
    date = (await m(sg, `query($o: ID!) { outlet(id: $o) { businessDate } }`, { o: r.id })).outlet.businessDate;
  });
  afterAll(() => sg?.stop());

  const { call, ok, fire, bill, settle, adjust } = cashierCalls(() => sg);
  const order = orderTaker(
    () => sg,
    () => r,
  );

  it('opens one till per cashier with its float', async () => {
    tills.c1 = (
      await ok(`mutation($o: ID!) { openTill(outletId: $o, floatMinor: 50000) { id status floatMinor } }`, { o: r.id })
    ).openTill.id;
    tills.c2 = (
      await ok(`mutation($o: ID!) { openTill(outletId: $o, floatMinor: 20000) { id } }`, { o: r.id }, cashier(CASHIER_2))
    ).openTill.id;
    const twice = await call(`mutation($o: ID!) { openTill(outletId: $o, floatMinor: 100) { id } }`, { o: r.id });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TILL.ALREADY_OPEN' });
    const negative = await call(
      `mutation($o: ID!) { openTill(outletId: $o, floatMinor: -1) { id } }`,
      { o: r.id },
      cashier('7e57e57e-0000-4000-8000-0000000000aa'),
    );
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('splits a table by seat and settles each bill with its own tenders and a tip', async () => {
    // Seat 1: cucumber 2,800 + 2 teas 5,000 = 7,800; seat 2: fish 16,800.
    const a = await order(
      [
        { menuItemId: r.item.salad, quantity: 1, seat: 1 },
        { menuItemId: r.item.fish, quantity: 1, seat: 2 },
        { menuItemId: r.item.tea, quantity: 2, seat: 1 },
      ],
      'T1',
      2,
    );
    const unfired = await call(`mutation($o: ID!) { createBills(orderId: $o, split: {mode: SINGLE}) { id } }`, { o: a.id }, server());
    expect(unfired.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORDER.UNFIRED_LINES' });
    await fire(a.id);
    const [seat1, seat2] = await bill(a.id, { mode: 'BY_SEAT' });
    expect([seat1.total.amountMinor, seat2.total.amountMinor]).toEqual([7800, 16800]);
    bills.seat1 = seat1.id;
    bills.seat2 = seat2.id;
    const mismatch = await settle(seat1.id, [{ method: 'CASH', amountMinor: 7000 }]);
    expect(mismatch.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/tenders come to 7000 but 7800 is due/),
      extensions: { code: 'BAD_USER_INPUT', reason: 'BILL.TENDER_MISMATCH' },
    });
    const zero = await settle(seat1.id, [{ method: 'CASH', amountMinor: 0 }]);
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const noTill = await settle(seat1.id, [{ method: 'CASH', amountMinor: 7800 }], 0, fnbManager());
    expect(noTill.errors?.[0].extensions).toMatchObject({ reason: 'TILL.NOT_OPEN' });
    expect((await settle(seat1.id, [{ method: 'CASH', amountMinor: 7800 }])).data!.settleBill.status).toBe('SETTLED');
    const card = await settle(seat2.id, [{ method: 'CARD', amountMinor: 17800 }], 1000);
    expect(card.data!.settleBill).toMatchObject({
      status: 'SETTLED',
      tip: { amountMinor: 1000 },
      payments: [{ kind: 'PAYMENT', method: 'CARD', amountMinor: 17800 }],
    });
    const again = await settle(seat2.id, [{ method: 'CARD', amountMinor: 16800 }]);
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/cannot settle a bill that is SETTLED/),
      extensions: { reason: 'BILL.INVALID_TRANSITION' },
    });
    const table = await gqlOk(sg.url, `query($o: ID!) { diningTables(outletId: $o) { number status } }`, { o: r.id });
    expect(table.diningTables.find((t: { number: string }) => t.number === 'T1').status).toBe('NEEDS_CLEARING');
    expect((await ok(`mutation($t: ID!) { clearTable(tableId: $t) { status covers } }`, { t: r.tables.T1 }, server())).clearTable).toEqual({
      status: 'FREE',
      covers: 0,
    });
  });

  it('voids, comps and discounts within each role’s authority, and waits for a manager above it', async () => {
    // Noodles (Mild) 4,800, cake 3,800 comped, tea 2,500 voided → 4,800.
    const b = await order([
      { menuItemId: r.item.noodles, quantity: 1, modifierIds: [r.modifier.Mild] },
      { menuItemId: r.item.cake, quantity: 1 },
      { menuItemId: r.item.tea, quantity: 1 },
    ]);
    const [noodles, cake, tea] = b.lines.map((l: { id: string }) => l.id);
    const comp = await adjust(`compOrderLine(orderId: "${b.id}", lineId: "${cake}", reason: "Birthday")`, {});
    expect(comp.data!.compOrderLine).toMatchObject({ status: 'PENDING', amountMinor: 3800 });
    const noReason = await adjust(`voidOrderLine(orderId: "${b.id}", lineId: "${tea}", reason: " ")`, {});
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const voided = await adjust(`voidOrderLine(orderId: "${b.id}", lineId: "${tea}", reason: "Ordered by mistake")`, {}, fnbManager());
    expect(voided.data!.voidOrderLine).toMatchObject({ status: 'APPROVED', amountMinor: 2500, decidedByRole: 'fnb-manager' });
    const pendingBill = await call(`mutation($o: ID!) { createBills(orderId: $o, split: {mode: SINGLE}) { id } }`, { o: b.id }, server());
    expect(pendingBill.errors?.[0].extensions).toMatchObject({ reason: 'ORDER.PENDING_APPROVAL' });
    const byCashier = await adjust(`approveAdjustment(id: "${comp.data!.compOrderLine.id}")`, {}, cashier());
    expect(byCashier.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ADJUSTMENT.OVER_LIMIT' });
    expect((await adjust(`approveAdjustment(id: "${comp.data!.compOrderLine.id}")`, {}, fnbManager())).data!.approveAdjustment.status).toBe(
      'APPROVED',
    );
    await fire(b.id);
    const [single] = await bill(b.id, { mode: 'SINGLE' });
    expect(single.total.amountMinor).toBe(4800);
    expect(noodles).toBeDefined();
    // Server: 10% of 4,800 = 480 at once; then 30% of the remaining 4,320 = 1,296 needs a manager.
    expect(
      (await adjust(`discountBill(billId: "${single.id}", percent: 10, reason: "Regular guest")`, {})).data!.discountBill,
    ).toMatchObject({ status: 'APPROVED', amountMinor: 480, decidedByRole: 'fnb-server' });
    const big = (await adjust(`discountBill(billId: "${single.id}", percent: 30, reason: "Long wait")`, {})).data!.discountBill;
    expect(big).toMatchObject({ status: 'PENDING', amountMinor: 1296, percent: 30 });
    expect((await adjust(`approveAdjustment(id: "${big.id}")`, {}, cashier())).errors?.[0].extensions).toMatchObject({
      reason: 'ADJUSTMENT.OVER_LIMIT',
    });
    await adjust(`approveAdjustment(id: "${big.id}")`, {}, fnbManager());
    const over = await adjust(`discountBill(billId: "${single.id}", percent: 150, reason: "x")`, {});
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent' });
    // Due 4,800 − 1,776 = 3,024: WeChat Pay 1,000 + cash 2,024 at the second till.
    const paid = await settle(
      single.id,
      [
        { method: 'WECHAT_PAY', amountMinor: 1000 },
        { method: 'CASH', amountMinor: 2024 },
      ],
      0,
      cashier(CASHIER_2),
    );
    expect(paid.data!.settleBill).toMatchObject({ discount: { amountMinor: 1776 }, total: { amountMinor: 3024 }, status: 'SETTLED' });
  });

  it('refuses a room charge for a stay not in house at once, and accepts it once the check-in arrives', async () => {
    // Fish 16,800 in three equal shares of 5,600; the third merged into the second.
    const c = await order([{ menuItemId: r.item.fish, quantity: 1 }]);
    await fire(c.id);
    const shares = await bill(c.id, { mode: 'EQUAL', parts: 3 });
    expect(shares.map((s: { total: { amountMinor: number } }) => s.total.amountMinor)).toEqual([5600, 5600, 5600]);
    const merged = await ok(
      `mutation($a: ID!, $b: ID!) { mergeBills(targetBillId: $a, sourceBillId: $b) { total { amountMinor } lines { description } } }`,
      { a: shares[1].id, b: shares[2].id },
      server(),
    );
    expect(merged.mergeBills.total.amountMinor).toBe(11200);
    const outboxBefore = await sg.app.deps.db.manager.count(OutboxRow);
    const refused = await settle(shares[0].id, [{ method: 'ROOM_CHARGE', amountMinor: 5600, reservationId: STAY }]);
    expect(refused.errors?.[0]).toMatchObject({
      message: `Cannot charge reservation ${STAY} to its room: the stay is not checked in`,
      extensions: { code: 'CONFLICT', reason: 'BILL.STAY_NOT_IN_HOUSE' },
    });
    expect((await gqlOk(sg.url, `query($id: ID!) { bill(id: $id) { status payments { id } } }`, { id: shares[0].id })).bill).toEqual({
      status: 'OPEN',
      payments: [],
    });
    expect(await sg.app.deps.db.manager.count(OutboxRow)).toBe(outboxBefore);

    await checkIn(sg, STAY);
    const charged = await settle(shares[0].id, [{ method: 'ROOM_CHARGE', amountMinor: 5600, reservationId: STAY }]);
    expect(charged.data!.settleBill.payments).toEqual([
      { kind: 'PAYMENT', method: 'ROOM_CHARGE', amountMinor: 5600, postingStatus: 'SENT' },
    ]);
    const events = await sg.app.deps.db.manager.findBy(OutboxRow, { messageKey: shares[0].id });
    expect(events.map((e) => e.type)).toEqual(['hotelops.fnb.bill.charged-to-room.v1']);
    expect(JSON.parse(events[0].payload)).toMatchObject({
      billId: shares[0].id,
      reservationId: STAY,
      amount: { amountMinor: 5600, currency: 'CNY' },
      description: 'Jade Garden, walk in',
    });
    await settle(shares[1].id, [{ method: 'ALIPAY', amountMinor: 11200 }]);
    bills.roomCharge = shares[0].id;
  });

  it('turns a room charge the folio refused into an open balance a cashier collects', async () => {
    const rejected = eventMessage(
      FolioPostingRejected,
      {
        propertyId: PROPERTY,
        reservationId: STAY,
        sourceRef: `fnb-bill:${bills.roomCharge}`,
        amount: { amountMinor: 5600, currency: 'CNY' },
        code: 'FOLIO.CLOSED',
        reason: 'The folio is closed',
        rejectedAt: new Date().toISOString(),
      },
      { subject: bills.roomCharge, propertyId: PROPERTY },
    );
    await deliver(sg.app.transport, rejected, rejected);
    const open = await ok(`query($o: ID!) { openBalances(outletId: $o) { id openBalance { amountMinor } openBalanceReason } }`, {
      o: r.id,
    });
    expect(open.openBalances).toEqual([
      {
        id: bills.roomCharge,
        openBalance: { amountMinor: 5600 },
        openBalanceReason: 'Room charge refused by the folio: FOLIO.CLOSED: The folio is closed',
      },
    ]);
    const collected = await ok(
      `mutation($id: ID!) { settleOpenBalance(id: $id, tenders: [{method: CASH, amountMinor: 5600}]) { openBalance { amountMinor } } }`,
      { id: bills.roomCharge },
      cashier(CASHIER_2),
    );
    expect(collected.settleOpenBalance.openBalance.amountMinor).toBe(0);
    expect((await ok(`query($o: ID!) { openBalances(outletId: $o) { id } }`, { o: r.id })).openBalances).toEqual([]);
  });

  it('corrects a settled bill only by refunds within the cashier’s limit, and issues one invoice', async () => {
    const refund = await adjust(
      `refundBill(billId: "${bills.seat2}", amountMinor: 3000, method: CARD, reason: "Fish overcooked")`,
      {},
      cashier(),
    );
    expect(refund.data!.refundBill).toMatchObject({ status: 'APPROVED', amountMinor: 3000, decidedByRole: 'cashier' });
    await adjust(`refundBill(billId: "${bills.seat1}", amountMinor: 500, method: CASH, reason: "Tea charged twice")`, {}, cashier());
    const tooMuch = await adjust(`refundBill(billId: "${bills.seat1}", amountMinor: 9000, method: CASH, reason: "x")`, {}, cashier());
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BILL.REFUND_EXCEEDS_PAID' });
    const changeSettled = await adjust(`discountBill(billId: "${bills.seat1}", amountMinor: 100, reason: "late")`, {});
    expect(changeSettled.errors?.[0].extensions).toMatchObject({ reason: 'BILL.INVALID_TRANSITION', status: 'SETTLED' });
    const invoice = await ok(
      `mutation($b: ID!) { issueInvoice(billId: $b, title: "杭州西湖科技有限公司", taxId: "91330100MA2XXXXX") { number amountMinor } }`,
      { b: bills.seat2 },
    );
    expect(invoice.issueInvoice).toEqual({ number: `FP${sg.app.deps.clock.now().getUTCFullYear()}000001`, amountMinor: 16800 });
    const twice = await call(`mutation($b: ID!) { issueInvoice(billId: $b, title: "x") { number } }`, { b: bills.seat2 });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE.ALREADY_ISSUED' });
  });

  it('closes tills with a drop and over/short, then closes the day and freezes it', async () => {
    expect(
      (await ok(`mutation($t: ID!) { dropCash(tillId: $t, amountMinor: 10000) { droppedMinor } }`, { t: tills.c1 })).dropCash.droppedMinor,
    ).toBe(10000);
    const early = await call(`mutation($o: ID!, $d: LocalDate!) { closeBusinessDay(outletId: $o, businessDate: $d) { id } }`, {
      o: r.id,
      d: date,
    });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUSINESS_DAY.OPEN_TILLS' });
    // Till 1: 50,000 + 7,800 cash − 500 refunded − 10,000 dropped = 47,300 expected; 47,000 counted → 300 short.
    expect(
      (
        await ok(`mutation($t: ID!) { closeTill(tillId: $t, countedMinor: 47000) { status expectedCashMinor overShortMinor } }`, {
          t: tills.c1,
        })
      ).closeTill,
    ).toEqual({
      status: 'CLOSED',
      expectedCashMinor: 47300,
      overShortMinor: -300,
    });
    // Till 2: 20,000 + 2,024 + 5,600 = 27,624.
    expect(
      (await ok(`mutation($t: ID!) { closeTill(tillId: $t, countedMinor: 27624) { overShortMinor } }`, { t: tills.c2 }, cashier(CASHIER_2)))
        .closeTill.overShortMinor,
    ).toBe(0);
    const kpis = await ok(
      `query($o: ID!, $d: LocalDate!) { cashierKpis(outletId: $o, businessDate: $d) { cashierId transactions refunds voids overShortMinor } }`,
      { o: r.id, d: date },
    );
    expect(kpis.cashierKpis).toEqual(
      expect.arrayContaining([
        { cashierId: CASHIER_ID, transactions: 4, refunds: 2, voids: 0, overShortMinor: -300 },
        { cashierId: CASHIER_2, transactions: 3, refunds: 0, voids: 0, overShortMinor: 0 },
      ]),
    );
    await checklist(sg, r.id, r.periodId, 'CLOSING', false);
    // The cashier asks; nothing is frozen until a manager approves (300 short is within the threshold).
    const asked = await ok(
      `mutation($o: ID!, $d: LocalDate!) { closeBusinessDay(outletId: $o, businessDate: $d) { status closedBy closedAt } }`,
      {
        o: r.id,
        d: date,
      },
    );
    expect(asked.closeBusinessDay).toEqual({ status: 'PENDING_APPROVAL', closedBy: CASHIER_ID, closedAt: null });
    expect(await sg.app.deps.db.manager.countBy(OutboxRow, { type: BusinessDayClosed.type })).toBe(0);
    const approve = `mutation($o: ID!, $d: LocalDate!, $r: String) { approveBusinessDayClose(outletId: $o, businessDate: $d, reason: $r) {
      businessDate status closedBy approvedBy approvedByRole approvalReason overShortExposureMinor } }`;
    const byCashier = await call(approve, { o: r.id, d: date, r: 'fine' }, cashier(CASHIER_2));
    expect(byCashier.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const closed = await ok(approve, { o: r.id, d: date, r: 'Till 1 short 3.00, counted twice' }, fnbManager());
    expect(closed.approveBusinessDayClose).toEqual({
      businessDate: date,
      status: 'CLOSED',
      closedBy: CASHIER_ID,
      approvedBy: MANAGER_ID,
      approvedByRole: 'fnb-manager',
      approvalReason: 'Till 1 short 3.00, counted twice',
      overShortExposureMinor: 300,
    });
    const event = await sg.app.deps.db.manager.findOneByOrFail(OutboxRow, { type: BusinessDayClosed.type });
    expect(JSON.parse(event.payload)).toMatchObject({
      businessDate: date,
      covers: 4,
      revenue: { amountMinor: 44424, currency: 'CNY' },
      servers: [{ employeeId: SERVER_ID, covers: 4, checks: 3, voids: 1, comps: 1 }],
    });
    const again = await call(`mutation($o: ID!, $d: LocalDate!) { closeBusinessDay(outletId: $o, businessDate: $d) { id } }`, {
      o: r.id,
      d: date,
    });
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'BUSINESS_DAY.CLOSED' });
    const next = (await m(sg, `query($o: ID!) { outlet(id: $o) { businessDate lastClosedDate } }`, { o: r.id })).outlet;
    expect(next.lastClosedDate).toBe(date);
    expect(next.businessDate > date).toBe(true);
  });

  it('reports the day in figures worked out by hand', async () => {
    const report = (
      await ok(
        `query($o: ID!, $d: LocalDate!) { dailyBusinessReport(outletId: $o, businessDate: $d) { closed covers checks orders
          grossRevenue { amountMinor } discounts { amountMinor } netRevenue { amountMinor } tips { amountMinor }
          averageCheck { amountMinor } averagePerCover { amountMinor }
          revenueByCategory { category quantity revenue { amountMinor } } revenueByPeriod { name orders covers revenue { amountMinor } }
          adjustments { kind count amount { amountMinor } } paymentMix { method kind count amount { amountMinor } }
          closingChecks { kind failedCount items { passed followUpOwnerId } } } }`,
        { o: r.id, d: date },
        fnbManager(),
      )
    ).dailyBusinessReport;
    // Bills settled: 7,800 + 16,800 + 4,800 + 5,600 + 11,200 = 46,200 gross; discounts 480 + 1,296 = 1,776.
    expect(report).toMatchObject({
      closed: true,
      covers: 4,
      checks: 5,
      orders: 3,
      grossRevenue: { amountMinor: 46200 },
      discounts: { amountMinor: 1776 },
    });
    expect(report).toMatchObject({
      netRevenue: { amountMinor: 44424 },
      tips: { amountMinor: 1000 },
      averageCheck: { amountMinor: 8885 },
      averagePerCover: { amountMinor: 11106 },
    });
    expect(report.revenueByCategory).toEqual([
      { category: 'Cold Dishes', quantity: 1, revenue: { amountMinor: 2800 } },
      { category: 'Drinks', quantity: 2, revenue: { amountMinor: 5000 } },
      { category: 'Mains', quantity: 3, revenue: { amountMinor: 16800 + 4800 + 16800 } },
    ]);
    // Order totals after comps and voids: 24,600 + 4,800 + 16,800 (discounts are on bills).
    expect(report.revenueByPeriod).toEqual([{ name: 'Dinner', orders: 3, covers: 4, revenue: { amountMinor: 46200 } }]);
    expect(report.adjustments).toEqual([
      { kind: 'COMP', count: 1, amount: { amountMinor: 3800 } },
      { kind: 'DISCOUNT', count: 2, amount: { amountMinor: 1776 } },
      { kind: 'REFUND', count: 2, amount: { amountMinor: 3500 } },
      { kind: 'VOID', count: 1, amount: { amountMinor: 2500 } },
    ]);
    expect(report.paymentMix).toEqual([
      { method: 'ALIPAY', kind: 'PAYMENT', count: 1, amount: { amountMinor: 11200 } },
      { method: 'CARD', kind: 'PAYMENT', count: 1, amount: { amountMinor: 17800 } },
      { method: 'CASH', kind: 'PAYMENT', count: 3, amount: { amountMinor: 7800 + 2024 + 5600 } },
      { method: 'WECHAT_PAY', kind: 'PAYMENT', count: 1, amount: { amountMinor: 1000 } },
      { method: 'CARD', kind: 'REFUND', count: 1, amount: { amountMinor: 3000 } },
      { method: 'CASH', kind: 'REFUND', count: 1, amount: { amountMinor: 500 } },
    ]);
    expect(report.closingChecks).toEqual([
      { kind: 'CLOSING', failedCount: 1, items: expect.arrayContaining([{ passed: false, followUpOwnerId: SERVER_ID }]) },
    ]);
  });
});
