import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { IdentityClaims } from '@hotelops/kernel';
import { DIALECTS, eventually, gqlOk, signedHeaders, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';
import { ReservationEntity } from '../src/reservation/reservation.entity';

const sample = (name: string) => readFileSync(join(__dirname, 'ota-samples', name), 'utf8');
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (n) => ['Error', 'HotelReservationID', 'AvailStatusMessage'].includes(n),
});

/** The samples' channel manager (POS/Source/RequestorID SITECHANNEL), its key bound to that channel unless told. */
const channelManager = (
  propertyIds: string[],
  scopes = ['reservations:write', 'ari:read'],
  channels = ['SITECHANNEL'],
): IdentityClaims => ({
  kind: 'partner',
  subject: 'ota-key-1',
  roles: [],
  scopes,
  propertyIds,
  channels,
});

describe.each(DIALECTS)('OpenTravel adapter on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  let partner: IdentityClaims;
  const base = () => sg.url.replace(/\/graphql$/, '');

  const post = async (body: string, who: IdentityClaims = partner, contentType = 'application/xml') => {
    const res = await fetch(`${base()}/ota/HotelResNotif`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...signedHeaders(who) },
      body,
    });
    const text = await res.text();
    return { status: res.status, text, rs: xml.parse(text).OTA_HotelResNotifRS };
  };
  const stays = async () =>
    (await sg.app.deps.db.manager.find(ReservationEntity, { where: { channelCode: 'SITECHANNEL' }, order: { channelRef: 'ASC' } })).map(
      (r) => ({
        ref: r.channelRef,
        status: r.status,
        arrival: r.arrival,
        departure: r.departure,
        adults: r.adults,
        guestName: r.guestName,
        specialRequests: r.specialRequests,
        ratePlanId: r.ratePlanId,
      }),
    );

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect });
    const ok = (q: string, v?: Record<string, unknown>) => gqlOk(sg.url, q, v);
    propertyId = (
      await ok(`mutation { createProperty(input: {code: "LAKE", name: "Lakeside", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    partner = channelManager([propertyId]);
    const type = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "DBL", name: "Double", capacity: 3, baseRateMinor: 42000}) { id } }`,
        {
          p: propertyId,
        },
      )
    ).createRoomType.id;
    for (const n of ['601', '602', '603', '604'])
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 6}) { id } }`, { t: type, n });
    const plan = (
      await ok(`mutation($p: ID!) { createRatePlan(input: {propertyId: $p, code: "BAR", name: "Best available"}) { id } }`, {
        p: propertyId,
      })
    ).createRatePlan.id;
    const rates = `mutation($r: ID!, $t: ID!, $f: LocalDate!, $to: LocalDate!, $cta: Boolean!) {
      setRates(input: {ratePlanId: $r, roomTypeId: $t, from: $f, to: $to, priceMinor: 42000, minLos: 2, closedToArrival: $cta}) }`;
    await ok(rates, { r: plan, t: type, f: '2099-06-25', to: '2099-07-15', cta: false });
    await ok(rates, { r: plan, t: type, f: '2099-07-20', to: '2099-07-25', cta: true });
  });
  afterAll(() => sg?.stop());

  it('books a Commit with two room stays, guarantee and comments, and answers our confirmation numbers as cross-references', async () => {
    const { status, rs } = await post(sample('commit-two-rooms.xml'));
    expect(status).toBe(200);
    expect(rs).toMatchObject({ EchoToken: '8f2c-commit', ResResponseType: 'Committed', Success: '' });
    const hr = rs.HotelReservations.HotelReservation;
    expect(hr.UniqueID).toMatchObject({ Type: '14', ID: 'BDC-4711' });
    const ids = hr.ResGlobalInfo.HotelReservationIDs.HotelReservationID;
    expect(ids.map((i: { ResID_SourceContext: string }) => i.ResID_SourceContext)).toEqual(['BDC-4711/1', 'BDC-4711/2']);

    const booked = await stays();
    expect(booked).toMatchObject([
      { ref: 'BDC-4711/1', status: 'CONFIRMED', arrival: '2099-07-01', departure: '2099-07-03', adults: 2, guestName: 'Jing Chen' },
      { ref: 'BDC-4711/2', status: 'CONFIRMED', arrival: '2099-07-01', departure: '2099-07-04', adults: 1, guestName: 'Wei Zhang' },
    ]);
    expect(booked[0].ratePlanId).not.toBeNull();
    expect(booked[0].specialRequests).toContain('Anniversary trip');
    expect(booked[0].specialRequests).toContain('Late arrival around 23:00');
    expect(booked[0].specialRequests).toContain('Extra cot for the child');
    expect(booked[0].specialRequests).toContain('Children: 1');
    expect(booked[0].specialRequests).toContain('Guarantee: CC/DC/Voucher VI ending 1111 expires 12/29');
    expect(booked[0].specialRequests).not.toContain('4111111111111111');
    const confirmations = (await sg.app.deps.db.manager.findBy(ReservationEntity, { channelCode: 'SITECHANNEL' }))
      .map((r) => r.confirmationNumber)
      .sort();
    expect(ids.map((i: { ResID_Value: string }) => i.ResID_Value).sort()).toEqual(confirmations);
  });

  it('changes nothing when the same message comes twice', async () => {
    const before = await stays();
    const again = await post(sample('commit-two-rooms.xml'));
    expect(again.rs.Success).toBe('');
    expect(await stays()).toEqual(before);
  });

  it('refuses a key speaking for a channel it is not bound to with OTA 6/497, and changes nothing; staff may send any channel', async () => {
    const before = await stays();
    const otherKey = channelManager([propertyId], ['reservations:write'], ['BOOKINGCOM']);
    for (const name of ['modify-one-room.xml', 'cancel.xml']) {
      const refused = await post(sample(name), otherKey);
      expect(refused.status).toBe(200);
      expect(refused.rs.Success).toBeUndefined();
      expect(refused.rs.Errors.Error).toEqual([
        expect.objectContaining({
          Type: '6',
          Code: '497',
          Tag: 'POS',
          '#text': expect.stringMatching(/not SITECHANNEL.*CHANNEL_NOT_BOUND/),
        }),
      ]);
    }
    const unbound = await post(sample('cancel.xml'), channelManager([propertyId], ['reservations:write'], []));
    expect(unbound.rs.Errors.Error[0]).toMatchObject({ Type: '6', Code: '497' });
    // The bound key naming another channel in POS is refused the same way, before anything is booked.
    const named = await post(
      sample('commit-two-rooms.xml')
        .replace(/BDC-4711/g, 'BDC-14')
        .replace('ID="SITECHANNEL"', 'ID="BOOKINGCOM"'),
    );
    expect(named.rs.Errors.Error[0]).toMatchObject({ Type: '6', Code: '497' });
    expect(await stays()).toEqual(before);
    expect(await sg.app.deps.db.manager.countBy(ReservationEntity, { channelCode: 'BOOKINGCOM' })).toBe(0);

    // A reservations agent relaying a channel's message by hand is not bound to a channel.
    const byHand = await post(
      sample('commit-two-rooms.xml')
        .replace(/BDC-4711/g, 'BDC-15')
        .replace('ID="SITECHANNEL"', 'ID="PHONEDESK"'),
      staff(['reservations-agent'], [propertyId]),
    );
    expect(byHand.rs).toMatchObject({ ResResponseType: 'Committed', Success: '' });
    expect(await sg.app.deps.db.manager.countBy(ReservationEntity, { channelCode: 'PHONEDESK' })).toBe(2);
  });

  it('applies a Modify (prefixed namespace): the stay sent changes, the stay no longer sent is cancelled', async () => {
    const { rs } = await post(sample('modify-one-room.xml'));
    expect(rs).toMatchObject({ ResResponseType: 'Modified', Success: '' });
    expect(await stays()).toMatchObject([
      { ref: 'BDC-4711/1', status: 'CONFIRMED', departure: '2099-07-05' },
      { ref: 'BDC-4711/2', status: 'CANCELLED' },
    ]);
  });

  it('cancels every stay of the reservation on Cancel, and answers a retry the same way', async () => {
    const first = await post(sample('cancel.xml'));
    expect(first.rs).toMatchObject({ ResResponseType: 'Cancelled', Success: '' });
    expect((await stays()).map((s) => s.status)).toEqual(['CANCELLED', 'CANCELLED']);
    const retry = await post(sample('cancel.xml'));
    expect(retry.rs.Success).toBe('');
    expect(retry.rs.HotelReservations).toEqual(first.rs.HotelReservations);
  });

  it('answers OTA Errors, never a 5xx, for malformed XML, a wrong namespace and unknown codes', async () => {
    const malformed = await post('<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05"><POS>');
    expect(malformed.status).toBe(400);
    expect(malformed.rs.Errors.Error[0]).toMatchObject({ Type: '7', Code: '450' });

    const wrongNs = await post(
      sample('commit-two-rooms.xml').replace('http://www.opentravel.org/OTA/2003/05', 'http://example.com/not-ota'),
    );
    expect(wrongNs.status).toBe(400);
    expect(wrongNs.rs.Errors.Error[0]['#text']).toMatch(/namespace/);

    const unknownRoom = await post(
      sample('commit-two-rooms.xml')
        .replace(/BDC-4711/g, 'BDC-9')
        .replace(/RoomTypeCode="DBL"/g, 'RoomTypeCode="SUITE"'),
    );
    expect(unknownRoom.status).toBe(200);
    expect(unknownRoom.rs.Errors.Error[0]).toMatchObject({ Type: '3', Code: '402', RecordID: 'BDC-9' });

    const unknownRate = await post(
      sample('commit-two-rooms.xml')
        .replace(/BDC-4711/g, 'BDC-10')
        .replace(/RatePlanCode="BAR"/g, 'RatePlanCode="NOPE"'),
    );
    expect(unknownRate.rs.Errors.Error[0]).toMatchObject({ Code: '249' });

    const unknownHotel = await post(
      sample('commit-two-rooms.xml')
        .replace(/BDC-4711/g, 'BDC-11')
        .replace(/HotelCode="LAKE"/g, 'HotelCode="NOWHERE"'),
    );
    expect(unknownHotel.rs.Errors.Error[0]).toMatchObject({ Code: '392' });

    const missing = await post(sample('commit-two-rooms.xml').replace(/<TimeSpan[^>]*\/>/g, ''));
    expect(missing.status).toBe(400);
    expect(missing.rs.Errors.Error[0]).toMatchObject({ Code: '321' });

    const notXml = await post('{"json": true}', partner, 'application/json');
    expect(notXml.status).toBeLessThan(500);
    expect((await stays()).filter((s) => !s.ref!.startsWith('BDC-4711/'))).toEqual([]);
  });

  it('refuses a key without the reservations scope, and a hotel outside the key', async () => {
    const readOnly = await post(sample('commit-two-rooms.xml').replace(/BDC-4711/g, 'BDC-12'), channelManager([propertyId], ['ari:read']));
    expect(readOnly.rs.Errors.Error[0]).toMatchObject({ Type: '6', Code: '497' });
    const otherHotel = await post(
      sample('commit-two-rooms.xml').replace(/BDC-4711/g, 'BDC-13'),
      channelManager(['00000000-0000-4000-8000-000000000000']),
    );
    expect(otherHotel.rs.Errors.Error[0]).toMatchObject({ Code: '497' });
  });

  it('serves ARI deltas as OTA_HotelAvailNotifRQ pages: booking limits, restrictions, lengths of stay', async () => {
    const pull = async (since: number) => {
      const res = await fetch(`${base()}/ota/HotelAvailNotif?hotelCode=LAKE&since=${since}&limit=500`, { headers: signedHeaders(partner) });
      return { status: res.status, cursor: Number(res.headers.get('x-ari-cursor')), rq: xml.parse(await res.text()).OTA_HotelAvailNotifRQ };
    };
    const page = await eventually(async () => {
      const p = await pull(0);
      const messages = p.rq.AvailStatusMessages.AvailStatusMessage ?? [];
      // the bookings above changed availability; setRates announced the restrictions
      expect(messages.some((m: { BookingLimit?: string }) => m.BookingLimit === '2')).toBe(true);
      return p;
    });
    expect(page.status).toBe(200);
    const messages = page.rq.AvailStatusMessages.AvailStatusMessage;
    expect(page.rq.AvailStatusMessages.HotelCode).toBe('LAKE');
    expect(messages).toContainEqual({
      StatusApplicationControl: { Start: '2099-07-20', End: '2099-07-24', InvTypeCode: 'DBL', RatePlanCode: 'BAR' },
      RestrictionStatus: { Status: 'Close', Restriction: 'Arrival' },
    });
    expect(messages).toContainEqual(
      expect.objectContaining({ LengthsOfStay: { LengthOfStay: { MinMaxMessageType: 'SetMinLOS', Time: '2', TimeUnit: 'Day' } } }),
    );
    const later = await pull(page.cursor);
    expect(later.cursor).toBeGreaterThanOrEqual(page.cursor);

    const refused = await fetch(`${base()}/ota/HotelAvailNotif?hotelCode=LAKE`, {
      headers: signedHeaders(channelManager([propertyId], ['reservations:write'])),
    });
    expect(refused.status).toBe(403);
    const bad = await fetch(`${base()}/ota/HotelAvailNotif?hotelCode=LAKE&limit=100000`, { headers: signedHeaders(partner) });
    expect(bad.status).toBe(400);
    const unsigned = await fetch(`${base()}/ota/HotelAvailNotif?hotelCode=LAKE`);
    expect(unsigned.status).toBe(401);
  });
});
