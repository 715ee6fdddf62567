import { DIALECTS, countQueries, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

const frontDesk = () => staff(['front-desk']);
const clock = { now: () => new Date('2099-05-01T04:00:00Z') };
const STAYS = 50;
const day = (n: number) => new Date(Date.parse('2099-06-01T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);

const LIST = `query($p: ID!, $n: Int) { reservations(propertyId: $p, first: $n) { nodes {
  id depositPaid { amountMinor }
  folio { status routedTo balance { amountMinor currency } lines { kind amount { amountMinor } } }
} } }`;

describe.each(DIALECTS)('folios of a list of stays on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  const expected = new Map<string, { balance: number; lines: number }>();

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock, withoutJobs: true });
    const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v, frontDesk());
    propertyId = (
      await gqlOk(
        sg.url,
        `mutation { createProperty(input: {code: "FL", name: "Folios", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    const t = await gqlOk(
      sg.url,
      `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Standard", capacity: 2, baseRateMinor: 30000}) { id } }`,
      { p: propertyId },
    );
    await gqlOk(sg.url, `mutation($t: ID!) { createRoom(input: {roomTypeId: $t, number: "101", floor: 1}) { id } }`, {
      t: t.createRoomType.id,
    });
    // One room, a stay a night; each folio gets a charge, every other one a payment as well.
    for (let i = 0; i < STAYS; i++) {
      const { createReservation: r } = await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Guest", channel: PHONE}) { id } }`,
        { t: t.createRoomType.id, a: day(i), d: day(i + 1) },
      );
      const post = (kind: string, amount: number) =>
        ok(`mutation($r: ID!, $m: Int!) { ${kind}(input: {reservationId: $r, description: "line", amountMinor: $m}) { id } }`, {
          r: r.id,
          m: amount,
        });
      await post('postFolioCharge', 1000 + i);
      if (i % 2 === 0) await post('postFolioPayment', 400);
      expected.set(r.id, i % 2 === 0 ? { balance: 600 + i, lines: 2 } : { balance: 1000 + i, lines: 1 });
    }
  });
  afterAll(() => sg?.stop());

  it('reads the folios, balances and lines of 50 stays with as many statements as of one', async () => {
    const list = (n: number) => countQueries(sg.app, () => gqlOk(sg.url, LIST, { p: propertyId, n }, frontDesk()));
    const one = await list(1);
    const fifty = await list(STAYS);

    const nodes = fifty.result.reservations.nodes as { id: string; folio: { balance: { amountMinor: number }; lines: unknown[] } }[];
    expect(nodes).toHaveLength(STAYS);
    for (const n of nodes) {
      expect(n.folio.balance.amountMinor).toBe(expected.get(n.id)!.balance);
      expect(n.folio.lines).toHaveLength(expected.get(n.id)!.lines);
    }
    expect(fifty.queries).toBe(one.queries);
    // the page, the folios with their balances, their lines, the deposits
    expect(one.queries).toBeLessThanOrEqual(4);
  });
});
