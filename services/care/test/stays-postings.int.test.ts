import { randomUUID } from 'node:crypto';
import { FolioPosted, FolioPostingRejected } from '@hotelops/contracts';
import { InProcessTransport } from '@hotelops/kernel';
import { DIALECTS, announceStay, deliver, eventMessage, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

/*
 * Care refuses at once what reservations would refuse later — a case or compensation pointing at
 * a stay nobody announced, another property's stay, a folio in another currency — from its own
 * view of stays (reservations' events). Approved compensation then learns its fate: POSTED, or
 * POSTING_FAILED with the reason, in the case's history and on the compensation watchlist.
 */
describe.each(DIALECTS)('stays and posting fates in care on %s', (dialect) => {
  let sg: RunningSubgraph;
  const transport = new InProcessTransport();
  const propertyId = randomUUID();
  const manager = staff(['duty-manager'], [propertyId], randomUUID());

  const open = (reservationId: string, extra: Record<string, unknown> = {}) =>
    gql(
      sg.url,
      `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`,
      { i: { propertyId, kind: 'COMPLAINT', channel: 'PHONE', category: 'noise', subject: 'Noise', reservationId, ...extra } },
      manager,
    );
  const propose = (caseId: string, currency = 'CNY', amountMinor = 30000) =>
    gql(
      sg.url,
      `mutation($i: ProposeCompensationInput!) { proposeCompensation(input: $i) { id } }`,
      { i: { caseId, amountMinor, currency, reason: 'noise at night' } },
      manager,
    );
  async function approved(): Promise<{ caseId: string; compensationId: string; reservationId: string }> {
    const reservationId = await announceStay(transport, { propertyId });
    const caseId = (await open(reservationId)).data!.openCase.id;
    const compensationId = (await propose(caseId)).data!.proposeCompensation.id;
    await gqlOk(sg.url, `mutation($id: ID!) { approveCompensation(id: $id) { id } }`, { id: compensationId }, manager);
    return { caseId, compensationId, reservationId };
  }
  const answer = (contract: typeof FolioPosted | typeof FolioPostingRejected, data: Record<string, unknown>) =>
    deliver(transport, eventMessage(contract, data as never, { subject: String(data.reservationId), propertyId }));
  const view = async (caseId: string, compensationId: string) => {
    const r = await gqlOk(
      sg.url,
      `query($c: ID!, $p: ID!) { case(id: $c) { history { action text } compensations { id status postStay postingCode postingError } } compensationWatchlist(propertyId: $p) { nodes { id status } } }`,
      { c: caseId, p: propertyId },
      manager,
    );
    return {
      comp: r.case.compensations.find((c: { id: string }) => c.id === compensationId),
      history: r.case.history.filter((h: { action: string }) => h.action.startsWith('COMPENSATION_')),
      watched: r.compensationWatchlist.nodes.some((n: { id: string }) => n.id === compensationId),
    };
  };

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect, transport });
  });
  afterAll(() => sg?.stop());

  it('refuses cases and compensation for stays it cannot credit, naming why', async () => {
    expect((await open(randomUUID())).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CASE.STAY_UNKNOWN' });
    const elsewhere = await announceStay(transport, { propertyId: randomUUID() });
    expect((await open(elsewhere)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CASE.STAY_OF_OTHER_PROPERTY' });

    const usd = await announceStay(transport, { propertyId, currency: 'USD' });
    const caseId = (await open(usd)).data!.openCase.id;
    const refused = await propose(caseId, 'CNY');
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining("The stay's folio is in USD"),
      extensions: { code: 'BAD_USER_INPUT', reason: 'COMPENSATION.CURRENCY_MISMATCH' },
    });
    expect((await propose(caseId, 'USD')).errors).toBeUndefined();
  });

  it('marks compensation POSTED when the folio took it, and says in the history where the money went', async () => {
    const { caseId, compensationId, reservationId } = await approved();
    const posted = {
      propertyId,
      reservationId,
      sourceRef: `care-compensation:${compensationId}`,
      amount: { amountMinor: 30000, currency: 'CNY' },
      folioId: randomUUID(),
      groupBlockId: null,
      lineId: randomUUID(),
      kind: 'ALLOWANCE',
      postStay: true,
      postedAt: new Date().toISOString(),
    };
    await answer(FolioPosted, posted);
    await answer(FolioPosted, { ...posted, lineId: randomUUID() }); // repeated: changes nothing
    const v = await view(caseId, compensationId);
    expect(v.comp).toMatchObject({ status: 'POSTED', postStay: true });
    expect(v.history).toEqual([
      { action: 'COMPENSATION_POSTED', text: expect.stringMatching(/as a post-stay adjustment: a refund is due to the guest$/) },
    ]);
    expect(v.watched).toBe(false);
  });

  it('marks POSTING_FAILED with the reason, in the history and on the watchlist', async () => {
    const { caseId, compensationId, reservationId } = await approved();
    await answer(FolioPostingRejected, {
      propertyId,
      reservationId,
      sourceRef: `care-compensation:${compensationId}`,
      amount: { amountMinor: 30000, currency: 'CNY' },
      code: 'FOLIO.CLOSED',
      reason: 'the folio is closed',
      rejectedAt: new Date().toISOString(),
    });
    const v = await view(caseId, compensationId);
    expect(v.comp).toMatchObject({ status: 'POSTING_FAILED', postingCode: 'FOLIO.CLOSED', postingError: 'the folio is closed' });
    expect(v.history).toEqual([
      { action: 'COMPENSATION_POSTING_FAILED', text: expect.stringContaining('(FOLIO.CLOSED): the folio is closed') },
    ]);
    expect(v.watched).toBe(true);
  });

  it('matches repeat complainers by guest, whatever name each complaint was taken under', async () => {
    const guestId = randomUUID();
    for (const name of ['Zhang Wei', 'Mr Zhang', 'ZHANG W.']) {
      const stay = await announceStay(transport, { propertyId, guestId });
      expect((await open(stay, { guestName: name })).errors).toBeUndefined();
    }
    const { repeatComplainers } = await gqlOk(
      sg.url,
      `query($p: ID!) { repeatComplainers(propertyId: $p, minComplaints: 3, from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { guestId complaints stays } }`,
      { p: propertyId },
      manager,
    );
    expect(repeatComplainers).toEqual([{ guestId, complaints: 3, stays: 3 }]);
  });
});
