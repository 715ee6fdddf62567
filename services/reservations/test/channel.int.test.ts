import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';
import type { IdentityClaims } from '@hotelops/kernel';
import { ChannelTombstoneEntity } from '../src/channel/channel.entity';
import { ReservationEntity } from '../src/reservation/reservation.entity';

/** A channel-manager partner: scope-authorised, limited to its hotels, speaking for the channels its key is bound to. */
const partner = (propertyIds: string[], channels: string[] | null = ['CTRIP']): IdentityClaims => ({
  kind: 'partner',
  subject: 'channel-manager-1',
  roles: [],
  scopes: ['reservations:write'],
  propertyIds,
  ...(channels ? { channels } : {}),
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
    for (const n of ['501', '502', '503', '504', '505', '506', '507', '508'])
      await gqlOk(sg.url, `mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 5}) { id } }`, {
        t: roomTypeId,
        n,
      });
  });
  afterAll(() => sg?.stop());

  type Fields = { arrival?: string; departure?: string; cancelled?: boolean; guestName?: string };
  const upsertAs = (who: IdentityClaims, channel: string, ref: string, version: number, fields: Fields = {}) =>
    gql(
      sg.url,
      `mutation($in: ChannelReservationInput!) { upsertChannelReservation(input: $in) { channelCode channelRef version reservationId confirmationNumber reservationStatus outcome acknowledgedAt } }`,
      {
        in: {
          channel,
          channelReservationId: ref,
          version,
          roomTypeId,
          arrival: fields.arrival ?? '2099-06-01',
          departure: fields.departure ?? '2099-06-03',
          guestName: fields.guestName ?? 'Chen Jing',
          cancelled: fields.cancelled ?? false,
        },
      },
      who,
    );
  const upsert = (ref: string, version: number, fields: Fields = {}) => upsertAs(partner([propertyId]), 'CTRIP', ref, version, fields);
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

  it('refuses a partner without the property, and keeps a cancellation of something never received', async () => {
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
    expect(unknown.data!.upsertChannelReservation).toMatchObject({ outcome: 'TOMBSTONED', reservationId: null });
  });

  it('refuses a partner key naming a channel it is not bound to, and changes nothing; staff may key any channel', async () => {
    const booked = (await upsert('CT-7001', 1)).data!.upsertChannelReservation;
    const stay = () => sg.app.deps.db.manager.findOneByOrFail(ReservationEntity, { id: booked.reservationId });
    const before = await stay();
    const expedia = partner([propertyId], ['EXPEDIA']);
    // Another channel's key modifies, then cancels, CTRIP's reservation by naming CTRIP.
    for (const fields of [{ departure: '2099-06-05' }, { cancelled: true }]) {
      const refused = await upsertAs(expedia, 'CTRIP', 'CT-7001', 2, fields);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.CHANNEL_NOT_BOUND' });
      expect(refused.errors?.[0].message).toMatch(/only for channel\(s\) EXPEDIA, not CTRIP/);
    }
    // A key from before channel binding carries no channels.
    const legacy = await upsertAs(partner([propertyId], null), 'CTRIP', 'CT-7001', 3, { cancelled: true });
    expect(legacy.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.CHANNEL_NOT_BOUND' });
    expect(legacy.errors?.[0].message).toMatch(/bound to no channel/);
    const after = await stay();
    expect({ status: after.status, departure: after.departure, version: after.channelVersion }).toEqual({
      status: before.status,
      departure: before.departure,
      version: 1,
    });
    expect(await sg.app.deps.db.manager.countBy(ChannelTombstoneEntity, { channelRef: 'CT-7001' })).toBe(0);

    // The bound key itself goes on; a reservations agent keys a phoned-in channel booking by hand.
    expect((await upsert('CT-7001', 2, { departure: '2099-06-05' })).data!.upsertChannelReservation).toMatchObject({
      reservationStatus: 'CONFIRMED',
      outcome: 'APPLIED',
    });
    const byHand = await upsertAs(staff(['reservations-agent'], [propertyId]), 'BOOKINGCOM', 'BK-1', 1);
    expect(byHand.errors).toBeUndefined();
    expect(byHand.data!.upsertChannelReservation).toMatchObject({ channelCode: 'BOOKINGCOM', reservationStatus: 'CONFIRMED' });
  });

  it('keeps a cancellation that arrives before its create, so the late create books nothing', async () => {
    const before = await reservationsOf();
    const cancel = (await upsert('CT-5005', 2, { cancelled: true })).data!.upsertChannelReservation;
    expect(cancel).toMatchObject({
      version: 2,
      outcome: 'TOMBSTONED',
      reservationId: null,
      confirmationNumber: null,
      reservationStatus: 'CANCELLED',
    });

    const late = await upsert('CT-5005', 1);
    expect(late.data!.upsertChannelReservation).toMatchObject({ version: 1, outcome: 'SUPERSEDED', reservationId: null });
    expect((await upsert('CT-5005', 1)).data!.upsertChannelReservation).toEqual(late.data!.upsertChannelReservation);
    expect((await upsert('CT-5005', 2, { cancelled: true })).data!.upsertChannelReservation).toEqual(cancel);

    const reused = await upsert('CT-5005', 2);
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.CHANNEL_VERSION_REUSED', version: 2 });
    const rebook = await upsert('CT-5005', 3);
    expect(rebook.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.CHANNEL_CANCELLED', appliedVersion: 2 });
    expect(rebook.errors?.[0].message).toMatch(/cancelled by the partner at version 2; a new booking needs a new reservation id/);
    expect((await upsert('CT-5005', 4, { cancelled: true })).data!.upsertChannelReservation).toMatchObject({ outcome: 'TOMBSTONED' });

    expect(await reservationsOf()).toEqual(before);
  });

  it('refuses the same version with another body, and leaves the stay as the first body booked it', async () => {
    const v1 = (await upsert('CT-6006', 1)).data!.upsertChannelReservation;
    const other = await upsert('CT-6006', 1, { departure: '2099-06-04' });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.CHANNEL_VERSION_REUSED' });
    expect(other.errors?.[0].message).toMatch(/Version 1 of CTRIP CT-6006 was already received with another content/);
    expect((await upsert('CT-6006', 1)).data!.upsertChannelReservation).toEqual(v1);
    expect((await reservationsOf()).find((r: { id: string }) => r.id === v1.reservationId).departure).toBe('2099-06-03');
  });

  it('acknowledges a newer version that changes nothing, and refuses to change a stay the partner cancelled', async () => {
    const v1 = (await upsert('CT-7007', 1)).data!.upsertChannelReservation;
    const modified = () =>
      sg.app.deps.db.manager.countBy(OutboxRow, { messageKey: v1.reservationId, type: 'hotelops.reservations.reservation.modified.v1' });
    expect((await upsert('CT-7007', 2)).data!.upsertChannelReservation).toMatchObject({
      outcome: 'UNCHANGED',
      reservationId: v1.reservationId,
    });
    expect(await modified()).toBe(0);
    expect((await upsert('CT-7007', 3, { cancelled: true })).data!.upsertChannelReservation).toMatchObject({
      outcome: 'APPLIED',
      reservationStatus: 'CANCELLED',
    });
    expect((await upsert('CT-7007', 4, { cancelled: true })).data!.upsertChannelReservation).toMatchObject({ outcome: 'UNCHANGED' });
    const again = await upsert('CT-7007', 5, { departure: '2099-06-04' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.CHANNEL_CANCELLED' });
  });

  it('stores one tombstone for concurrent deliveries of one cancellation, and never a booked stay when a cancellation races its create', async () => {
    const burst = await Promise.all([1, 2, 3, 4].map(() => upsert('CT-8008', 3, { cancelled: true })));
    for (const d of burst) expect(d.data!.upsertChannelReservation).toEqual(burst[0].data!.upsertChannelReservation);
    expect(await sg.app.deps.db.manager.countBy(ChannelTombstoneEntity, { channelRef: 'CT-8008' })).toBe(1);

    for (let i = 0; i < 5; i++) {
      const ref = `CT-RACE-${i}`;
      const [create, cancel] = await Promise.all([upsert(ref, 1), upsert(ref, 2, { cancelled: true })]);
      expect(create.errors).toBeUndefined();
      expect(cancel.errors).toBeUndefined();
      // Whichever came first, the partner's reservation ends cancelled.
      const stays = await sg.app.deps.db.manager.findBy(ReservationEntity, { channelRef: ref });
      expect(stays.filter((r) => r.status !== 'CANCELLED')).toEqual([]);
    }
  });
});
