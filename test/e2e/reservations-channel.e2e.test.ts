import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyStore, type GatewayServer } from '@hotelops/gateway';
import { createLogger } from '@hotelops/kernel';
import { startPlatform, type Platform } from './platform';

/**
 * A channel manager calls the one endpoint with its API key and retries as partners do: the same
 * (channel, reservation id, version) delivered at once and again later books one stay and gets
 * one acknowledgement; an older version after a newer one is refused by name.
 */
describe('channel partner upserts through the gateway', () => {
  let platform: Platform;
  let store: ApiKeyStore;
  let gateway: GatewayServer;
  let propertyId: string;
  let roomTypeId: string;
  let key: string;

  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    store = await ApiKeyStore.open({ dataDir: mkdtempSync(join(tmpdir(), 'hotelops-keys-')), logger: createLogger('test', 'silent') });
    gateway = await platform.startGateway({}, { apiKeys: store });
    propertyId = (
      await platform.ok(
        `mutation { createProperty(input: {code: "CHX", name: "Channel Hotel", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    roomTypeId = (
      await platform.ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "TWN", name: "Twin", capacity: 2, baseRateMinor: 38000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['701', '702'])
      await platform.ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 7}) { id } }`, {
        t: roomTypeId,
        n,
      });
    key = (await store.create({ name: 'Channel manager', scopes: ['reservations:write'], propertyIds: [propertyId], channels: ['FLIGGY'] }))
      .key;
  });
  afterAll(async () => {
    await platform?.stop();
    await store?.close();
  });

  const upsert = async (version: number, departure = '2099-08-03') => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({
        query: `mutation($in: ChannelReservationInput!) { upsertChannelReservation(input: $in) { reservationId confirmationNumber version reservationStatus acknowledgedAt } }`,
        variables: {
          in: {
            channel: 'FLIGGY',
            channelReservationId: 'FZ-88001',
            version,
            roomTypeId,
            arrival: '2099-08-01',
            departure,
            guestName: 'He Ping',
          },
        },
      }),
    });
    return (await res.json()) as {
      data?: { upsertChannelReservation: Record<string, unknown> };
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
  };

  it('books once for any number of deliveries, acknowledges with the system id, and refuses a stale version', async () => {
    const burst = await Promise.all([1, 2, 3, 4, 5].map(() => upsert(1)));
    for (const r of burst) expect(r.errors).toBeUndefined();
    const ack = burst[0].data!.upsertChannelReservation;
    for (const r of [...burst, await upsert(1)]) expect(r.data!.upsertChannelReservation).toEqual(ack);

    const stays = await platform.ok(`query($p: ID!) { reservations(propertyId: $p, first: 10) { nodes { id channel departure } } }`, {
      p: propertyId,
    });
    expect(stays.reservations.nodes).toEqual([{ id: ack.reservationId, channel: 'CHANNEL', departure: '2099-08-03' }]);

    expect((await upsert(3, '2099-08-04')).data!.upsertChannelReservation).toMatchObject({ reservationId: ack.reservationId, version: 3 });
    const stale = await upsert(2, '2099-08-02');
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.CHANNEL_VERSION_STALE' });
    expect(stale.errors?.[0].message).toMatch(/Version 2 of FLIGGY FZ-88001 is older than version 3/);
  });
});
