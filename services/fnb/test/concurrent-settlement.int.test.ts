import { DIALECTS, gqlOk, type RunningSubgraph } from '@hotelops/testing';
import { CASHIER_2, CASHIER_ID, cashier, cashierCalls, openRestaurant, server, startFnb } from './fnb-fixture';

/** Two cashiers settling one bill at the same moment: the bill is paid once. */
describe.each(DIALECTS)('concurrent settlement on %s', (dialect) => {
  let sg: RunningSubgraph;

  beforeAll(async () => {
    sg = await startFnb(dialect);
  });
  afterAll(() => sg?.stop());

  const { ok, fire, bill, settle } = cashierCalls(() => sg);

  it('lets exactly one of two cashiers settling the same bill at once succeed', async () => {
    const bar = await openRestaurant(sg, 'Lobby Bar');
    for (const id of [CASHIER_ID, CASHIER_2])
      await ok(`mutation($o: ID!) { openTill(outletId: $o, floatMinor: 0) { id } }`, { o: bar.id }, cashier(id));
    const d = (
      await ok(
        `mutation($i: OpenOrderInput!) { openOrder(input: $i) { id } }`,
        { i: { outletId: bar.id, lines: [{ menuItemId: bar.item.tea, quantity: 1 }] } },
        server(),
      )
    ).openOrder;
    await fire(d.id);
    const [only] = await bill(d.id, { mode: 'SINGLE' });
    const results = await Promise.all([
      settle(only.id, [{ method: 'CARD', amountMinor: 2500 }], 0, cashier(CASHIER_ID)),
      settle(only.id, [{ method: 'WECHAT_PAY', amountMinor: 2500 }], 0, cashier(CASHIER_2)),
    ]);
    expect(results.filter((x) => !x.errors)).toHaveLength(1);
    expect(results.find((x) => x.errors)?.errors?.[0].extensions).toMatchObject({ reason: 'BILL.INVALID_TRANSITION', status: 'SETTLED' });
    const payments = (await gqlOk(sg.url, `query($id: ID!) { bill(id: $id) { payments { amountMinor } } }`, { id: only.id })).bill.payments;
    expect(payments).toEqual([{ amountMinor: 2500 }]);
  });
});
