import { mintDemoToken, seedDemoHotel } from '@hotelops/infra';
import { startPlatform, type Platform } from './platform';

/**
 * The token `npm start` prints belongs to the demo hotel's general manager, an employee of the
 * staffing seed: with it the manager can do what needs an employee, such as deciding on
 * compensation.
 */
describe('the demo token', () => {
  let platform: Platform;
  let demo: Awaited<ReturnType<typeof seedDemoHotel>>;
  let token: string;

  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    demo = await seedDemoHotel(Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.app])));
    token = await mintDemoToken(demo, platform.jwt);
  }, 180_000);
  afterAll(() => platform?.stop());

  it('names the demo general manager, an employee of the staffing seed', async () => {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ sub: demo.generalManagerId, roles: ['general-manager'], properties: [demo.propertyId] });
    const employee = await platform.ok(`query($id: ID!) { employee(id: $id) { id status position { code } } }`, { id: claims.sub }, token);
    expect(employee.employee).toEqual({ id: demo.generalManagerId, status: 'ACTIVE', position: { code: 'general-manager' } });
  });

  it('lets the demo general manager approve compensation on a demo case', async () => {
    const cases = await platform.ok(
      `query($p: ID!) { cases(propertyId: $p, first: 50) { nodes { id reservationId } } }`,
      { p: demo.propertyId },
      token,
    );
    const withStay = cases.cases.nodes.find((c: { reservationId: string | null }) => c.reservationId);
    const proposed = await platform.ok(
      `mutation($c: ID!) { proposeCompensation(input: {caseId: $c, amountMinor: 20000, currency: "CNY", reason: "Late room cleaning"}) { id } }`,
      { c: withStay.id },
      token,
    );
    const approved = await platform.query(
      `mutation($id: ID!) { approveCompensation(id: $id, note: "Apologies from the manager") { status } }`,
      { id: proposed.proposeCompensation.id },
      token,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveCompensation.status).toBe('APPROVED');
  });

  it('shows the demo store: orders, a weighed delivery, goods in transit, a posted count and the forecast par', async () => {
    const store = await platform.ok(
      `query($p: ID!) {
        purchaseOrders(propertyId: $p) { status receipts { lines { deducted rejected } } }
        stockTransfers(propertyId: $p, status: IN_TRANSIT) { number }
        stockCounts(propertyId: $p) { status varianceValueMinor }
        parForecast(propertyId: $p) { itemId required onHand }
      }`,
      { p: demo.propertyId },
      token,
    );
    expect(store.purchaseOrders.map((o: { status: string }) => o.status)).toEqual(expect.arrayContaining(['PARTLY_RECEIVED', 'SENT']));
    expect(store.stockTransfers).toHaveLength(1);
    expect(store.stockCounts).toEqual([{ status: 'POSTED', varianceValueMinor: 6300 }]);
    expect(store.parForecast.length).toBeGreaterThan(0);
    expect(store.parForecast.some((f: { required: number }) => f.required > 0)).toBe(true);
  });
});
