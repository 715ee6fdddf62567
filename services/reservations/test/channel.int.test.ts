import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';
import type { IdentityClaims } from '@hotelops/kernel';

/** A channel-manager partner: scope-authorised, limited to its hotels. */
const partner = (propertyIds: string[]): IdentityClaims => ({
  kind: 'partner',
  subject: 'channel-manager-1',
  roles: [],
  scopes: ['reservations:write'],
  propertyIds,
});

describe.each(DIALECTS)('channel partner upserts on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  let roomTypeId: string;

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect });
    propertyId = (
      await gqlOk(
        sg.url,
        `mutation { createProperty(input: {code: "CH", name: "Channel", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    roomTypeId = (
      await gqlOk(
        sg.url,
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "DBL", name: "Double", capacity: 2, baseRateMinor: 42000}) { id } }`,
        {
          p: propertyId,
        },
      )
    ).createRoomType.id;
    for (const n of ['501', '502'])
      await gqlOk(sg.url, `mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 5}) { id } }`, {
        t: roomTypeId,
        n,
      });
  });
  afterAll(() => sg?.stop());

  const upsert = (ref: string, version: number, fields: { arrival?: string; departure?: string; cancelled?: boolean } = {}) =>
    gql(
      sg.url,
      `mutation($in: ChannelReservationInput!) { upsertChannelReservation(input: $in) { channelCode channelRef version reservationId confirmationNumber reservationStatus acknowledgedAt } }`,
      {
        in: {
          channel: 'CTRIP',
          channelReservationId: ref,
          version,
          roomTypeId,
          arrival: fields.arrival ?? '2099-06-01',
          departure: fields.departure ?? '2099-06-03',
          guestName: 'Chen Jing',
          cancelled: fields.cancelled ?? false,
        },
      },
      partner([propertyId]),
    );
  const reservationsOf = async () =>
    (
      await gqlOk(sg.url, `query($p: ID!) { reservations(propertyId: $p, first: 100) { nodes { id status arrival departure channel } } }`, {
        p: propertyId,
      })
    ).reservations.nodes;

  it('creates once however often the same version is delivered, and acknowledges with the system id each time', async () => {
    // The partner's first delivery and its retries arrive at once.
    const deliveries = await Promise.all([1, 2, 3, 4].map(() => upsert('CT-1001', 1)));
    for (const d of deliveries) expect(d.errors).toBeUndefined();
    const ack = deliveries[0].data!.upsertChannelReservation;
    expect(ack).toMatchObject({ channelCode: 'CTRIP', channelRef: 'CT-1001', version: 1, reservationStatus: 'CONFIRMED' });
    for (const d of [...deliveries, await upsert('CT-1001', 1)]) expect(d.data!.upsertChannelReservation).toEqual(ack);
    const mine = (await reservationsOf()).filter((r: { id: string }) => r.id === ack.reservationId);
    expect(mine).toEqual([
      { id: ack.reservationId, status: 'CONFIRMED', arrival: '2099-06-01', departure: '2099-06-03', channel: 'CHANNEL' },
    ]);
    const created = await sg.app.deps.db.manager.countBy(OutboxRow, {
      messageKey: ack.reservationId,
      type: 'hotelops.reservations.reservation.created.v1',
    });
    expect(created).toBe(1);
  });

  it('applies newer versions, refuses an older one clearly, and answers a retried old version from the record', async () => {
    const v1 = (await upsert('CT-2002', 1)).data!.upsertChannelReservation;
    const v3 = await upsert('CT-2002', 3, { departure: '2099-06-05' });
    expect(v3.data!.upsertChannelReservation).toMatchObject({ reservationId: v1.reservationId, version: 3 });

    const stale = await upsert('CT-2002', 2, { departure: '2099-06-02' });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'RESERVATION.CHANNEL_VERSION_STALE',
      appliedVersion: 3,
    });
    expect(stale.errors?.[0].message).toMatch(/Version 2 of CTRIP CT-2002 is older than version 3/);
    expect((await upsert('CT-2002', 1)).data!.upsertChannelReservation).toEqual(v1);
    expect((await reservationsOf()).find((r: { id: string }) => r.id === v1.reservationId).departure).toBe('2099-06-05');

    const cancelled = await upsert('CT-2002', 4, { cancelled: true });
    expect(cancelled.data!.upsertChannelReservation).toMatchObject({ reservationId: v1.reservationId, reservationStatus: 'CANCELLED' });
    expect((await upsert('CT-2002', 4, { cancelled: true })).data!.upsertChannelReservation).toEqual(
      cancelled.data!.upsertChannelReservation,
    );
  });

  it('refuses a partner without the property, and a cancellation of something never received', async () => {
    const other = await gql(
      sg.url,
      `mutation($in: ChannelReservationInput!) { upsertChannelReservation(input: $in) { reservationId } }`,
      {
        in: {
          channel: 'CTRIP',
          channelReservationId: 'CT-3',
          version: 1,
          roomTypeId,
          arrival: '2099-06-01',
          departure: '2099-06-02',
          guestName: 'X',
        },
      },
      partner(['00000000-0000-4000-8000-000000000000']),
    );
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await upsert('CT-404', 1, { cancelled: true });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RESERVATION.NOT_FOUND' });
  });
});
