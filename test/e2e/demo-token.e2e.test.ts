import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyStore } from '@hotelops/gateway';
import { DEMO_PARTNER, issueDemoPartnerKey, mintDemoToken, seedDemoHotel } from '@hotelops/infra';
import { createLogger } from '@hotelops/kernel';
import { startPlatform, type Platform } from './platform';

/** A one-room Commit at the demo hotel, sent as the given channel. */
const demoCommit = (channel: string, id: string) => `<?xml version="1.0" encoding="UTF-8"?>
<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="demo" TimeStamp="2027-05-01T08:00:00Z" Version="1.0" ResStatus="Commit">
  <POS><Source><RequestorID Type="22" ID="${channel}"/></Source></POS>
  <HotelReservations><HotelReservation CreateDateTime="2027-05-01T08:00:00Z">
    <UniqueID Type="14" ID="${id}"/>
    <RoomStays><RoomStay>
      <RoomTypes><RoomType RoomTypeCode="STT"/></RoomTypes>
      <GuestCounts><GuestCount AgeQualifyingCode="10" Count="2"/></GuestCounts>
      <TimeSpan Start="2099-03-01" End="2099-03-03"/>
      <BasicPropertyInfo HotelCode="DEMO"/>
    </RoomStay></RoomStays>
    <ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer><PersonName><GivenName>Li</GivenName><Surname>Na</Surname></PersonName></Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests>
  </HotelReservation></HotelReservations>
</OTA_HotelResNotifRQ>`;

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

  it(`prints a partner key bound to ${DEMO_PARTNER.channel}: it books that channel at the demo hotel, not another, and a restart replaces it`, async () => {
    const store = await ApiKeyStore.open({
      dataDir: mkdtempSync(join(tmpdir(), 'hotelops-demo-keys-')),
      logger: createLogger('test', 'silent'),
    });
    try {
      const gateway = await platform.startGateway({}, { apiKeys: store });
      const post = (key: string, body: string) =>
        fetch(new URL('/ota/HotelResNotif', gateway.url), {
          method: 'POST',
          headers: { 'content-type': 'application/xml', 'x-api-key': key },
          body,
        }).then((r) => r.text());
      const first = await issueDemoPartnerKey(store, demo.propertyId);
      const key = await issueDemoPartnerKey(store, demo.propertyId);
      expect(await post(key, demoCommit(DEMO_PARTNER.channel, 'DEMO-SM-1'))).toContain('<Success');
      expect(await post(key, demoCommit('BOOKINGCOM', 'DEMO-BK-1'))).toMatch(/<Error [^>]*Type="6"[^>]*Code="497"/);
      expect(await store.verify(first).catch((e: Error) => e.message)).toBe('API key has been revoked');
      expect((await store.list()).filter((k) => k.name === DEMO_PARTNER.name && !k.revokedAt)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

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
