import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FrontDeskListOperation, persistedRequestBody } from '@hotelops/client-operations';
import { ApiKeyStore, type GatewayServer } from '@hotelops/gateway';
import { createLogger } from '@hotelops/kernel';
import { eventually } from '@hotelops/testing';
import { startPlatform, type Platform } from './platform';

const MANIFEST = join(__dirname, '..', '..', 'clients', 'operations', 'persisted-operations.json');

interface ResNotif {
  channel?: string;
  status?: 'Commit' | 'Modify' | 'Cancel';
  /** the partner's modification time: each change of a reservation a later one */
  modified?: string;
  start?: string;
  end?: string;
}

/** An OTA_HotelResNotifRQ for one room stay, as a channel manager sends it. */
const resNotif = (id: string, m: ResNotif = {}) => `<?xml version="1.0" encoding="UTF-8"?>
<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="e2e" TimeStamp="2027-04-01T08:00:00Z" Version="1.0" ResStatus="${m.status ?? 'Commit'}">
  <POS><Source><RequestorID Type="22" ID="${m.channel ?? 'E2ECHANNEL'}"/></Source></POS>
  <HotelReservations><HotelReservation CreateDateTime="2027-04-01T08:00:00Z" LastModifyDateTime="${m.modified ?? '2027-04-01T08:00:00Z'}">
    <UniqueID Type="14" ID="${id}"/>
    <RoomStays><RoomStay>
      <RoomTypes><RoomType RoomTypeCode="DBL"/></RoomTypes>
      <GuestCounts><GuestCount AgeQualifyingCode="10" Count="2"/></GuestCounts>
      <TimeSpan Start="${m.start ?? '2099-05-01'}" End="${m.end ?? '2099-05-03'}"/>
      <BasicPropertyInfo HotelCode="OTA1"/>
    </RoomStay></RoomStays>
    <ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer><PersonName><GivenName>Anna</GivenName><Surname>Gruber</Surname></PersonName></Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests>
  </HotelReservation></HotelReservations>
</OTA_HotelResNotifRQ>`;
const commit = (id: string) => resNotif(id);

/** OpenTravel through the one endpoint: the gateway authenticates the partner's key and the reservations subgraph answers in OTA. */
describe('OpenTravel endpoint at the gateway', () => {
  let platform: Platform;
  let store: ApiKeyStore;
  let gateway: GatewayServer;
  let propertyId: string;
  let roomTypeId: string;
  const origin = () => new URL(gateway.url).origin;
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${origin()}/ota/HotelResNotif`, { method: 'POST', headers: { 'content-type': 'text/xml', ...headers }, body }).then(
      async (r) => ({
        status: r.status,
        text: await r.text(),
      }),
    );

  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    store = await ApiKeyStore.open({ dataDir: mkdtempSync(join(tmpdir(), 'hotelops-ota-keys-')), logger: createLogger('test', 'silent') });
    gateway = await platform.startGateway({}, { apiKeys: store });
    propertyId = (
      await platform.ok(
        `mutation { createProperty(input: {code: "OTA1", name: "OTA Hotel", timeZone: "Europe/Vienna", currency: "EUR"}) { id } }`,
      )
    ).createProperty.id;
    roomTypeId = (
      await platform.ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "DBL", name: "Double", capacity: 2, baseRateMinor: 12000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    await platform.ok(`mutation($t: ID!) { createRoom(input: {roomTypeId: $t, number: "101", floor: 1}) { id } }`, { t: roomTypeId });
  });
  afterAll(async () => {
    await platform?.stop();
    await store?.close();
  });

  it('books with a partner key, answers our confirmation number, and the same message again changes nothing', async () => {
    const { key } = await store.create({
      name: 'OTA channel',
      scopes: ['reservations:write', 'ari:read'],
      propertyIds: [propertyId],
      channels: ['E2ECHANNEL'],
    });
    const first = await post(commit('E2E-1'), { 'x-api-key': key });
    expect(first.status).toBe(200);
    expect(first.text).toContain('<Success');
    const confirmation = /ResID_Value="([^"]+)"/.exec(first.text)?.[1];
    expect(confirmation).toBeTruthy();
    const again = await post(commit('E2E-1'), { 'x-api-key': key });
    expect(/ResID_Value="([^"]+)"/.exec(again.text)?.[1]).toBe(confirmation);
    const { reservations } = await platform.ok(
      `query($p: ID!) { reservations(propertyId: $p, first: 10) { nodes { confirmationNumber channel } } }`,
      {
        p: propertyId,
      },
    );
    expect(reservations.nodes).toEqual([{ confirmationNumber: confirmation, channel: 'CHANNEL' }]);

    const ari = await fetch(`${origin()}/ota/HotelAvailNotif?hotelCode=OTA1`, { headers: { 'x-api-key': key } });
    expect(ari.status).toBe(200);
    expect(ari.headers.get('x-ari-cursor')).toMatch(/^\d+$/);
    expect(await ari.text()).toContain('<OTA_HotelAvailNotifRQ');
  });

  it('lets a key bound to SITEMINDER commit, modify and cancel SITEMINDER reservations, and refuses it BOOKINGCOM ones, changing nothing', async () => {
    const siteminder = (
      await store.create({ name: 'SiteMinder', scopes: ['reservations:write'], propertyIds: [propertyId], channels: ['SITEMINDER'] })
    ).key;
    const bookingcom = (
      await store.create({ name: 'Booking.com', scopes: ['reservations:write'], propertyIds: [propertyId], channels: ['BOOKINGCOM'] })
    ).key;
    const stay = async (confirmation: string) => {
      const { reservations } = await platform.ok(
        `query($p: ID!) { reservations(propertyId: $p, first: 50) { nodes { confirmationNumber status departure } } }`,
        { p: propertyId },
      );
      return reservations.nodes.find((r: { confirmationNumber: string }) => r.confirmationNumber === confirmation);
    };
    const confirmationOf = (text: string) => /ResID_Value="([^"]+)"/.exec(text)?.[1] ?? '';
    const dates = { start: '2099-06-01', end: '2099-06-03' };

    // SITEMINDER's own reservation: Commit, Modify (a night longer), Cancel.
    const sm = await post(resNotif('SM-1', { channel: 'SITEMINDER', ...dates }), { 'x-api-key': siteminder });
    expect(sm.text).toContain('<Success');
    const smConfirmation = confirmationOf(sm.text);
    expect(await stay(smConfirmation)).toEqual({ confirmationNumber: smConfirmation, status: 'CONFIRMED', departure: '2099-06-03' });
    const modified = await post(
      resNotif('SM-1', { channel: 'SITEMINDER', status: 'Modify', modified: '2027-04-02T08:00:00Z', ...dates, end: '2099-06-04' }),
      { 'x-api-key': siteminder },
    );
    expect(modified.text).toContain('<Success');
    expect(await stay(smConfirmation)).toMatchObject({ status: 'CONFIRMED', departure: '2099-06-04' });
    const cancelled = await post(
      resNotif('SM-1', { channel: 'SITEMINDER', status: 'Cancel', modified: '2027-04-03T08:00:00Z', ...dates, end: '2099-06-04' }),
      { 'x-api-key': siteminder },
    );
    expect(cancelled.text).toContain('<Success');
    expect(await stay(smConfirmation)).toMatchObject({ status: 'CANCELLED' });

    // BOOKINGCOM's reservation, sent by its own key; the SITEMINDER key naming BOOKINGCOM cannot touch it.
    const bk = await post(resNotif('BK-1', { channel: 'BOOKINGCOM', ...dates }), { 'x-api-key': bookingcom });
    const bkConfirmation = confirmationOf(bk.text);
    const before = await stay(bkConfirmation);
    expect(before).toEqual({ confirmationNumber: bkConfirmation, status: 'CONFIRMED', departure: '2099-06-03' });
    const hijacks = [
      resNotif('BK-1', { channel: 'BOOKINGCOM', status: 'Modify', modified: '2027-04-02T08:00:00Z', ...dates, end: '2099-06-05' }),
      resNotif('BK-1', { channel: 'BOOKINGCOM', status: 'Cancel', modified: '2027-04-03T08:00:00Z', ...dates }),
    ];
    for (const message of hijacks) {
      const refused = await post(message, { 'x-api-key': siteminder });
      expect(refused.status).toBe(200);
      expect(refused.text).not.toContain('<Success');
      expect(refused.text).toMatch(/<Error [^>]*Type="6"[^>]*Code="497"/);
    }
    const graphql = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': siteminder },
      body: JSON.stringify({
        query: `mutation($in: ChannelReservationInput!) { upsertChannelReservation(input: $in) { reservationStatus } }`,
        variables: {
          in: {
            channel: 'BOOKINGCOM',
            channelReservationId: 'BK-1/1',
            version: 2_000_000_000,
            cancelled: true,
            roomTypeId,
            arrival: dates.start,
            departure: dates.end,
            guestName: 'Anna Gruber',
          },
        },
      }),
    }).then((r) => r.json() as Promise<{ data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }>);
    expect(graphql.data ?? null).toBeNull();
    expect(graphql.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.CHANNEL_NOT_BOUND' });
    expect(await stay(bkConfirmation)).toEqual(before);
  });

  it("pushes ARI deltas to a partner's endpoint configured through the gateway by a revenue role", async () => {
    const received: { key: string | undefined; body: string }[] = [];
    const partner = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ key: req.headers['x-api-key'] as string | undefined, body });
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end('<OTA_HotelAvailNotifRS xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0"><Success/></OTA_HotelAvailNotifRS>');
      });
    });
    await new Promise<void>((r) => partner.listen(0, '127.0.0.1', r));
    try {
      const input = {
        propertyId,
        channelCode: 'E2EPUSH',
        url: `http://127.0.0.1:${(partner.address() as AddressInfo).port}/ari`,
        authHeaderName: 'x-api-key',
        authHeaderValue: 'partner-side-secret',
      };
      const configure = `mutation($i: ConfigureAriPushInput!) { configureAriPush(input: $i) { id enabled } }`;
      const refused = await platform.query(configure, { i: input }, await platform.token(['front-desk'], [propertyId]));
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const { configureAriPush } = await platform.ok(configure, { i: input }, await platform.token(['reservations-agent'], [propertyId]));
      expect(configureAriPush.enabled).toBe(true);

      const plan = (
        await platform.ok(`mutation($p: ID!) { createRatePlan(input: {propertyId: $p, code: "PUSH", name: "Pushed"}) { id } }`, {
          p: propertyId,
        })
      ).createRatePlan.id;
      await platform.ok(
        `mutation($r: ID!, $t: ID!) { setRates(input: {ratePlanId: $r, roomTypeId: $t, from: "2099-08-01", to: "2099-08-04", priceMinor: 15000, minLos: 2}) }`,
        { r: plan, t: roomTypeId },
      );
      // the scheduler's own tick sends it (every 5 s)
      const pushed = await eventually(() => {
        const hit = received.find((r) => r.body.includes('RatePlanCode="PUSH"'));
        expect(hit).toBeDefined();
        return hit!;
      });
      expect(pushed.key).toBe('partner-side-secret');
      expect(pushed.body).toContain('<OTA_HotelAvailNotifRQ');
      expect(pushed.body).toContain('Start="2099-08-01" End="2099-08-03" InvTypeCode="DBL"');
      const status = await eventually(async () => {
        const { ariPushEndpoints } = await platform.ok(
          `query($p: ID!) { ariPushEndpoints(propertyId: $p) { channelCode pending delivered } }`,
          {
            p: propertyId,
          },
        );
        expect(ariPushEndpoints[0].pending).toBe(0);
        return ariPushEndpoints;
      });
      expect(status).toEqual([{ channelCode: 'E2EPUSH', pending: 0, delivered: expect.any(Number) }]);
      expect(status[0].delivered).toBeGreaterThanOrEqual(1);
    } finally {
      partner.close();
    }
  });

  it('serves the AsyncAPI event catalogue in development', async () => {
    const res = await fetch(`${origin()}/asyncapi.json`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { asyncapi: string }).asyncapi).toBe('3.0.0');
  });

  it('refuses a wrong key (401) and an anonymous caller (OTA authorization error), and a malformed message with a 4xx', async () => {
    expect((await post(commit('E2E-2'), { 'x-api-key': 'hok_not-a-key' })).status).toBe(401);
    const anonymous = await post(commit('E2E-2'), {});
    expect(anonymous.text).toMatch(/Code="497"/);
    const { key } = await store.create({
      name: 'OTA channel 2',
      scopes: ['reservations:write'],
      propertyIds: [propertyId],
      channels: ['E2ECHANNEL'],
    });
    const broken = await post('<OTA_HotelResNotifRQ', { 'x-api-key': key });
    expect(broken.status).toBe(400);
    expect(broken.text).toMatch(/<Errors>/);
  });

  it("in PERSISTED_QUERIES_ONLY mode answers the clients' persisted operations and refuses any other with 403", async () => {
    const locked = await platform.startGateway({ PERSISTED_QUERIES_ONLY: 'true', PERSISTED_QUERIES_PATH: MANIFEST });
    const token = await platform.token(['front-desk'], [propertyId]);
    const send = (body: unknown) =>
      fetch(locked.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: any; errors?: { extensions: { code: string } }[] } }));
    const variables = { propertyId, date: '2099-05-01', kind: 'ARRIVALS' as const };
    const byHash = await send(persistedRequestBody(FrontDeskListOperation, variables));
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data.frontDeskList.map((r: { guestName: string }) => r.guestName)).toEqual(['Anna Gruber']);
    const byText = await send({ query: FrontDeskListOperation.query, variables });
    expect(byText.body.data).toEqual(byHash.body.data);
    const adHoc = await send({ query: 'query { reservations(propertyId: "x", first: 1) { nodes { guestName } } }' });
    expect(adHoc.status).toBe(403);
    expect(adHoc.body.errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });
});
