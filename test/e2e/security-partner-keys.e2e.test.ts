import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyStore, type GatewayServer } from '@hotelops/gateway';
import { createLogger } from '@hotelops/kernel';
import { startPlatform, type Platform } from './platform';

/** Partners call the one endpoint with `x-api-key`; the gateway forwards a signed partner identity with the key's scopes. */
describe('partner API keys at the gateway', () => {
  let platform: Platform;
  let store: ApiKeyStore;
  let gateway: GatewayServer;
  let propertyId: string;
  let otherPropertyId: string;
  let roomTypeId: string;
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    store = await ApiKeyStore.open({ dataDir: mkdtempSync(join(tmpdir(), 'hotelops-keys-')), logger: createLogger('test', 'silent') });
    gateway = await platform.startGateway({}, { apiKeys: store });
    const property = (code: string) =>
      platform
        .ok(
          `mutation($c: String!) { createProperty(input: {code: $c, name: "Partner Hotel", timeZone: "Europe/Vienna", currency: "EUR"}) { id } }`,
          {
            c: code,
          },
        )
        .then((d) => d.createProperty.id as string);
    propertyId = await property('PK1');
    otherPropertyId = await property('PK2');
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

  const call = async (key: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: any }[] }) };
  };
  // a channel manager books through its channel: the upsert, where the key's channel binding applies
  const book = `mutation($t: ID!, $ref: String!, $a: LocalDate!, $d: LocalDate!) { upsertChannelReservation(input: {channel: "CTRIP", channelReservationId: $ref, version: 1, roomTypeId: $t, arrival: $a, departure: $d, guestName: "Anna Gruber"}) { reservationId reservationStatus } }`;
  const stayOf = (ref: string, a = '2027-03-01', d = '2027-03-03') => ({ t: roomTypeId, ref, a, d });

  it('a key with reservations:write books its channel within its property, and nothing its scopes do not grant', async () => {
    const { key } = await store.create({
      name: 'Channel manager',
      scopes: ['reservations:write'],
      propertyIds: [propertyId],
      channels: ['CTRIP'],
    });
    const booked = await call(key, book, stayOf('CT-1'));
    expect(booked.errors).toBeUndefined();
    expect(booked.data.upsertChannelReservation.reservationStatus).toBe('CONFIRMED');
    // booking or changing stays by id is the hotel staff's (a key could reach another channel's stays)
    const byId = `mutation($t: ID!) { createReservation(input: {roomTypeId: $t, arrival: "2027-03-05", departure: "2027-03-06", guestName: "X", channel: CHANNEL}) { id } }`;
    expect((await call(key, byId, { t: roomTypeId })).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.FORBIDDEN',
    });
    const cancel = `mutation($id: ID!) { cancelReservation(id: $id) { status } }`;
    expect((await call(key, cancel, { id: booked.data.upsertChannelReservation.reservationId })).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.FORBIDDEN',
    });
    // a staff-only mutation, and a bare @Authorized() query, are not for partners
    expect(
      (await call(key, `mutation { createProperty(input: {code: "PX", name: "X", timeZone: "UTC", currency: "EUR"}) { id } }`)).errors?.[0]
        .extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
    expect((await call(key, `{ properties { nodes { id } } }`)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('read scopes reach exactly their reads: availability (ari:read), stays (reservations:read), reports (reports:read)', async () => {
    const writer = (await store.create({ name: 'Booker', scopes: ['reservations:write'], propertyIds: [propertyId], channels: ['CTRIP'] }))
      .key;
    const ari = (await store.create({ name: 'Metasearch', scopes: ['ari:read'], propertyIds: [propertyId] })).key;
    const reader = (await store.create({ name: 'CRM', scopes: ['reservations:read'], propertyIds: [propertyId], channels: ['CTRIP'] })).key;
    const otherChannel = (
      await store.create({ name: 'Other CRM', scopes: ['reservations:read'], propertyIds: [propertyId], channels: ['EXPEDIA'] })
    ).key;
    const bi = (await store.create({ name: 'BI', scopes: ['reports:read'], propertyIds: [propertyId] })).key;
    const search = `query($p: ID!) { searchAvailability(input: {propertyIds: [$p], arrival: "2027-04-01", departure: "2027-04-03"}) { total { amountMinor } } }`;
    const stay = `query($id: ID!) { reservation(id: $id) { id guestName } }`;
    const report = `query($p: ID!) { occupancyReport(propertyId: $p, from: "2027-03-01", to: "2027-03-03") { total { __typename } } }`;
    const forbidden = { code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' };

    const id = (await call(writer, book, stayOf('CT-2', '2027-05-01', '2027-05-02'))).data.upsertChannelReservation.reservationId;
    expect((await call(ari, search, { p: propertyId })).errors).toBeUndefined();
    expect((await call(ari, stay, { id })).errors?.[0].extensions).toMatchObject(forbidden);
    expect((await call(reader, stay, { id })).data.reservation).toEqual({ id, guestName: 'Anna Gruber' });
    // a key reads its own channels' stays only
    expect((await call(otherChannel, stay, { id })).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'RESERVATION.NOT_FOUND',
    });
    expect((await call(reader, search, { p: propertyId })).errors?.[0].extensions).toMatchObject(forbidden);
    expect((await call(bi, report, { p: propertyId })).errors).toBeUndefined();
    expect((await call(bi, stay, { id })).errors?.[0].extensions).toMatchObject(forbidden);
    expect((await call(writer, report, { p: propertyId })).errors?.[0].extensions).toMatchObject(forbidden);
    // the scope does not widen the key's properties
    expect((await call(ari, search, { p: otherPropertyId })).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.PROPERTY_FORBIDDEN',
    });
  });

  it('a key limited to one property cannot act on another', async () => {
    const { key } = await store.create({
      name: 'Elsewhere',
      scopes: ['reservations:write'],
      propertyIds: [otherPropertyId],
      channels: ['CTRIP'],
    });
    const res = await call(key, book, stayOf('CT-3'));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
  });

  it('a revoked key stops working at once, and bad keys get 401', async () => {
    const { key, record } = await store.create({ name: 'Soon revoked', scopes: ['reservations:write'], propertyIds: [propertyId] });
    expect((await call(key, `{ __typename }`)).status).toBe(200);
    await store.revoke(record.id);
    const revoked = await call(key, `{ __typename }`);
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]).toMatchObject({ message: 'API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await call('hok_nonsense', `{ __typename }`)).errors?.[0].message).toBe('API key is malformed');
    const both = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key, authorization: `Bearer ${await platform.token(['front-desk'])}` },
      body: '{"query":"{ __typename }"}',
    });
    expect(both.status).toBe(401);
  });
});
