import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import { DIALECTS, eventually, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { randomUUID } from 'node:crypto';
import { RatesChanged } from '@hotelops/contracts';
import { SubgraphApp, newEnvelope } from '@hotelops/kernel';
import { reservationsSubgraph, type ReservationsServices } from '@hotelops/reservations';
import { ariPushJob } from '../src/ota/ari-push.job';

const OTA = 'http://www.opentravel.org/OTA/2003/05';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'AvailStatusMessage' });
type Answer = 'success' | 'ota-errors' | 'http-500';
const answers: Record<Answer, [number, string]> = {
  success: [200, `<OTA_HotelAvailNotifRS xmlns="${OTA}" Version="1.0"><Success/></OTA_HotelAvailNotifRS>`],
  'ota-errors': [
    200,
    `<OTA_HotelAvailNotifRS xmlns="${OTA}" Version="1.0"><Errors><Error Type="3" Code="402">Invalid room type</Error></Errors></OTA_HotelAvailNotifRS>`,
  ],
  'http-500': [500, 'upstream down'],
};

/** A channel manager's ARI endpoint: records every request, answers per room type as told. */
function partnerReceiver() {
  const received: { headers: IncomingHttpHeaders; echo: string; messages: Record<string, any>[] }[] = [];
  const answerFor = new Map<string, Answer>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const rq = xml.parse(body).OTA_HotelAvailNotifRQ;
      const messages = rq.AvailStatusMessages.AvailStatusMessage as Record<string, any>[];
      received.push({ headers: req.headers, echo: rq.EchoToken, messages });
      const code = messages[0].StatusApplicationControl.InvTypeCode;
      const [status, text] = answers[answerFor.get(code) ?? 'success'];
      res.writeHead(status, { 'content-type': 'application/xml' }).end(text);
    });
  });
  return { server, received, answerFor };
}

describe.each(DIALECTS)('ARI push to a partner endpoint on %s', (dialect) => {
  const clock = { at: new Date('2030-03-01T08:00:00Z'), now: () => clock.at };
  const partner = partnerReceiver();
  let sg: RunningSubgraph;
  let propertyId: string;
  let endpointId: string;
  const types: Record<string, string> = {};
  let plan: string;
  const ok = (q: string, v?: Record<string, unknown>) => gqlOk(sg.url, q, v);
  const push = () => sg.app.scheduler.trigger(ariPushJob((sg.app.services as ReservationsServices).ariPush, sg.app.deps));
  const later = (ms: number) => (clock.at = new Date(clock.at.getTime() + ms));
  const setRates = (type: string, from: string, to: string, minLos: number) =>
    ok(
      `mutation($r: ID!, $t: ID!, $f: LocalDate!, $to: LocalDate!, $m: Int) {
        setRates(input: {ratePlanId: $r, roomTypeId: $t, from: $f, to: $to, priceMinor: 30000, minLos: $m}) }`,
      { r: plan, t: types[type], f: from, to, m: minLos },
    );
  const deliveries = async (status?: string) =>
    (
      await ok(
        `query($e: ID!, $s: AriPushStatus) { ariPushDeliveries(endpointId: $e, status: $s) {
          deltaSeq roomTypeId status attempts lastError deliveredAt } }`,
        { e: endpointId, s: status },
      )
    ).ariPushDeliveries as { deltaSeq: number; roomTypeId: string; status: string; attempts: number; lastError: string | null }[];
  const owed = (n: number) =>
    eventually(async () => {
      const pending = await deliveries('PENDING');
      expect(pending).toHaveLength(n);
      return pending;
    });

  beforeAll(async () => {
    await new Promise<void>((r) => partner.server.listen(0, '127.0.0.1', r));
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock, withoutJobs: true });
    propertyId = (await ok(`mutation { createProperty(input: {code: "PIER", name: "Pier", timeZone: "UTC", currency: "EUR"}) { id } }`))
      .createProperty.id;
    for (const code of ['DBL', 'SGL'])
      types[code] = (
        await ok(
          `mutation($p: ID!, $c: String!) { createRoomType(input: {propertyId: $p, code: $c, name: $c, capacity: 2, baseRateMinor: 30000}) { id } }`,
          { p: propertyId, c: code },
        )
      ).createRoomType.id;
    plan = (
      await ok(`mutation($p: ID!) { createRatePlan(input: {propertyId: $p, code: "BAR", name: "Best available"}) { id } }`, {
        p: propertyId,
      })
    ).createRatePlan.id;
  });
  afterAll(async () => {
    await sg?.stop();
    partner.server.close();
  });

  it('is configured by revenue roles only, with a valid URL and header; the credential is never returned', async () => {
    const configure = `mutation($i: ConfigureAriPushInput!) { configureAriPush(input: $i) { id channelCode url authHeaderName enabled pending } }`;
    const url = `http://127.0.0.1:${(partner.server.address() as AddressInfo).port}/ari`;
    const input = { propertyId, channelCode: 'SITEMINDER', url, authHeaderName: 'x-api-key', authHeaderValue: 'pier-secret' };
    const refused = await gql(sg.url, configure, { i: input }, staff(['housekeeping']));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badUrl = await gql(sg.url, configure, { i: { ...input, url: 'ftp://partner.example/ari' } });
    expect(badUrl.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
    const badHeader = await gql(sg.url, configure, { i: { ...input, authHeaderName: 'Host' } });
    expect(badHeader.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });

    const endpoint = (await ok(configure, { i: input })).configureAriPush;
    expect(endpoint).toMatchObject({ channelCode: 'SITEMINDER', url, authHeaderName: 'x-api-key', enabled: true, pending: 0 });
    expect(JSON.stringify(endpoint)).not.toContain('pier-secret');
    endpointId = endpoint.id;
    // changing the URL keeps the stored credential
    const again = (await ok(configure, { i: { propertyId, channelCode: 'SITEMINDER', url } })).configureAriPush;
    expect(again).toMatchObject({ id: endpointId, authHeaderName: 'x-api-key' });
  });

  it('pushes rate deltas with the credential and marks them delivered on OTA Success, once', async () => {
    await setRates('DBL', '2030-04-01', '2030-04-05', 2);
    const [owedOne] = await owed(1);
    expect(owedOne).toMatchObject({ roomTypeId: types.DBL, status: 'PENDING', attempts: 0 });

    await push();
    expect(partner.received).toHaveLength(1);
    expect(partner.received[0].headers['x-api-key']).toBe('pier-secret');
    expect(partner.received[0].messages).toContainEqual(
      expect.objectContaining({
        StatusApplicationControl: { Start: '2030-04-01', End: '2030-04-04', InvTypeCode: 'DBL', RatePlanCode: 'BAR' },
        LengthsOfStay: { LengthOfStay: { MinMaxMessageType: 'SetMinLOS', Time: '2', TimeUnit: 'Day' } },
      }),
    );
    expect(await deliveries('PENDING')).toEqual([]);
    expect((await deliveries('DELIVERED'))[0].deltaSeq).toBe(owedOne.deltaSeq);

    later(60_000);
    await push();
    expect(partner.received).toHaveLength(1);
  });

  it('keeps a refused delta pending with the reason, retries after a backoff, in order per room type', async () => {
    partner.received.length = 0;
    partner.answerFor.set('DBL', 'ota-errors');
    await setRates('DBL', '2030-05-01', '2030-05-03', 3);
    await setRates('SGL', '2030-05-01', '2030-05-03', 1);
    await owed(2);

    await push();
    // SGL is not held up by DBL's refusal
    expect(partner.received.map((r) => r.messages[0].StatusApplicationControl.InvTypeCode).sort()).toEqual(['DBL', 'SGL']);
    const [refused] = await deliveries('PENDING');
    expect(refused).toMatchObject({ roomTypeId: types.DBL, attempts: 1, lastError: expect.stringContaining('402 Invalid room type') });

    // not due yet: nothing is sent
    await push();
    expect(partner.received).toHaveLength(2);

    // a later DBL delta waits behind the refused one
    await setRates('DBL', '2030-05-01', '2030-05-03', 4);
    await owed(2);
    partner.answerFor.set('DBL', 'http-500');
    later(5_000);
    await push();
    expect(partner.received).toHaveLength(3);
    const pending = await deliveries('PENDING');
    expect(pending.map((d) => d.attempts).sort()).toEqual([1, 2]);
    expect(pending.map((d) => d.lastError)).toEqual(['HTTP 500', 'HTTP 500']);

    partner.answerFor.set('DBL', 'success');
    later(10_000);
    await push();
    expect(partner.received).toHaveLength(4);
    const los = partner.received[3].messages.flatMap((m) => (m.LengthsOfStay ? [m.LengthsOfStay.LengthOfStay.Time] : []));
    expect(los).toEqual(['3', '4']);
    expect(await deliveries('PENDING')).toEqual([]);

    later(60 * 60_000);
    await push();
    expect(partner.received).toHaveLength(4);
    const listed = (await ok(`query($p: ID!) { ariPushEndpoints(propertyId: $p) { id pending delivered } }`, { p: propertyId }))
      .ariPushEndpoints;
    expect(listed).toEqual([{ id: endpointId, pending: 0, delivered: 4 }]);
  });

  it("records a run of events in one call (the batch handler) and owes each delta to its property's endpoint once", async () => {
    const { ariFeed } = sg.app.services as ReservationsServices;
    const elsewhere = randomUUID();
    const rates = (property: string, type: string) =>
      newEnvelope({
        source: '/hotelops/test',
        type: RatesChanged.type,
        subject: type,
        propertyId: property,
        data: RatesChanged.schema.parse({
          propertyId: property,
          ratePlanId: plan,
          ratePlanCode: 'BAR',
          roomTypeId: type,
          from: '2030-08-01',
          to: '2030-08-03',
          price: { amountMinor: 30000, currency: 'EUR' },
          minLos: 2,
          maxLos: null,
          closedToArrival: false,
          closedToDeparture: false,
        }),
      });
    const events = [
      rates(propertyId, types.DBL),
      rates(elsewhere, randomUUID()),
      rates(propertyId, types.SGL),
      rates(propertyId, types.DBL),
    ];

    await sg.app.deps.db.transaction((em) => ariFeed.record(em, events));

    const pending = (await owed(3)).sort((a, b) => a.deltaSeq - b.deltaSeq);
    expect(pending.map((d) => d.roomTypeId)).toEqual([types.DBL, types.SGL, types.DBL]);
    const seqs = await sg.app.deps.db.manager
      .createQueryBuilder()
      .select(['d.event_id AS event_id', 'd.seq AS seq'])
      .from('ota_ari_deltas', 'd')
      .where('d.event_id IN (:...ids)', { ids: events.map((e) => e.id) })
      .getRawMany();
    // the other property's delta is kept for pulls, owed to no endpoint
    expect(seqs).toHaveLength(4);
    const seqOf = new Map(seqs.map((r: { event_id: string; seq: number }) => [r.event_id, Number(r.seq)]));
    expect(pending.map((d) => d.deltaSeq)).toEqual([events[0], events[2], events[3]].map((e) => seqOf.get(e.id)));
    later(60_000);
    await push();
    expect(await deliveries('PENDING')).toEqual([]);
  });

  // two replicas share one database only on PostgreSQL (a SQLite file belongs to one process)
  const onPostgres = dialect === 'postgres' ? it : () => undefined;
  onPostgres('sends each delta once when two replicas run the job at the same moment', async () => {
    const twin = new SubgraphApp(reservationsSubgraph, { config: sg.config, clock, withoutJobs: true });
    await twin.start();
    const jobOf = (app: SubgraphApp) => ariPushJob((app.services as ReservationsServices).ariPush, app.deps);
    try {
      partner.received.length = 0;
      await setRates('DBL', '2030-07-01', '2030-07-03', 2);
      await setRates('SGL', '2030-07-01', '2030-07-03', 2);
      await owed(2);
      // interval ticks (lease) and forced runs (the claim only) of both replicas at once
      await Promise.all([sg.app.scheduler.tick(jobOf(sg.app)), twin.scheduler.tick(jobOf(twin))]);
      await Promise.all([sg.app.scheduler.trigger(jobOf(sg.app)), twin.scheduler.trigger(jobOf(twin))]);
      later(60_000);
      await Promise.all([sg.app.scheduler.trigger(jobOf(sg.app)), twin.scheduler.trigger(jobOf(twin))]);
      expect(partner.received.map((r) => r.messages[0].StatusApplicationControl.InvTypeCode).sort()).toEqual(['DBL', 'SGL']);
      expect(await deliveries('PENDING')).toEqual([]);
    } finally {
      await twin.stop();
    }
  });

  it('queues nothing for a disabled endpoint', async () => {
    const url = `http://127.0.0.1:${(partner.server.address() as AddressInfo).port}/ari`;
    await ok(`mutation($i: ConfigureAriPushInput!) { configureAriPush(input: $i) { id } }`, {
      i: { propertyId, channelCode: 'SITEMINDER', url, enabled: false },
    });
    const before = (await deliveries()).length;
    const deltas = async () => Number((await sg.app.deps.db.manager.query('SELECT COUNT(*) AS n FROM ota_ari_deltas'))[0].n);
    const recorded = await deltas();
    await setRates('SGL', '2030-06-01', '2030-06-02', 2);
    // the delta is recorded (still pullable), and owed to no endpoint
    await eventually(async () => expect(await deltas()).toBe(recorded + 1));
    expect(await deliveries()).toHaveLength(before);
  });
});
