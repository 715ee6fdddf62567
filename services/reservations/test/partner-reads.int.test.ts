import type { IdentityClaims } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

/** A channel manager's key: it reads and sends reservations, for the channels it is bound to. */
const partner = (propertyId: string, channels?: string[]): IdentityClaims => ({
  kind: 'partner',
  subject: `partner-${channels?.join('-') ?? 'unbound'}`,
  roles: [],
  scopes: ['reservations:read', 'reservations:write'],
  propertyIds: [propertyId],
  ...(channels ? { channels } : {}),
});

describe.each(DIALECTS)('what a partner key sees of the stays on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  const ids = { ctrip: '', expedia: '', phone: '' };

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, withoutJobs: true });
    propertyId = (
      await gqlOk(
        sg.url,
        `mutation { createProperty(input: {code: "PR", name: "Partners", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    const roomTypeId = (
      await gqlOk(
        sg.url,
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "DBL", name: "Double", capacity: 2, baseRateMinor: 42000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['601', '602', '603'])
      await gqlOk(sg.url, `mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 6}) { id } }`, {
        t: roomTypeId,
        n,
      });
    const upsert = async (channel: string, ref: string) =>
      (
        await gqlOk(
          sg.url,
          `mutation($in: ChannelReservationInput!) { upsertChannelReservation(input: $in) { reservationId } }`,
          {
            in: {
              channel,
              channelReservationId: ref,
              version: 1,
              roomTypeId,
              arrival: '2099-07-01',
              departure: '2099-07-03',
              guestName: ref,
            },
          },
          partner(propertyId, [channel]),
        )
      ).upsertChannelReservation.reservationId as string;
    ids.ctrip = await upsert('CTRIP', 'CT-1');
    ids.expedia = await upsert('EXPEDIA', 'EX-1');
    ids.phone = (
      await gqlOk(
        sg.url,
        `mutation($t: ID!) { createReservation(input: {roomTypeId: $t, arrival: "2099-07-01", departure: "2099-07-02", guestName: "Wang Fang", channel: PHONE}) { id } }`,
        { t: roomTypeId },
        staff(['front-desk'], [propertyId]),
      )
    ).createReservation.id;
  });
  afterAll(() => sg?.stop());

  const list = async (who: IdentityClaims) =>
    (
      (await gqlOk(sg.url, `query($p: ID!) { reservations(propertyId: $p, first: 50) { nodes { id } } }`, { p: propertyId }, who))
        .reservations.nodes as { id: string }[]
    )
      .map((n) => n.id)
      .sort();
  const one = (id: string, who: IdentityClaims) => gql(sg.url, `query($id: ID!) { reservation(id: $id) { id guestName } }`, { id }, who);

  it('lists only the stays of its own channels; staff list them all', async () => {
    expect(await list(partner(propertyId, ['CTRIP']))).toEqual([ids.ctrip]);
    expect(await list(partner(propertyId, ['CTRIP', 'EXPEDIA']))).toEqual([ids.ctrip, ids.expedia].sort());
    expect(await list(partner(propertyId))).toEqual([]);
    expect(await list(staff(['front-desk'], [propertyId]))).toEqual([ids.ctrip, ids.expedia, ids.phone].sort());
  });

  it('reads its own stay by id; another channel’s or the hotel’s own stay is not found', async () => {
    const ctrip = partner(propertyId, ['CTRIP']);
    expect((await one(ids.ctrip, ctrip)).data!.reservation).toEqual({ id: ids.ctrip, guestName: 'CT-1' });
    for (const id of [ids.expedia, ids.phone]) {
      const refused = await one(id, ctrip);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RESERVATION.NOT_FOUND' });
    }
  });

  it('resolves references to stays it may not see as null', async () => {
    const res = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id } } }`,
      { r: [ids.ctrip, ids.expedia].map((id) => ({ __typename: 'Reservation', id })) },
      partner(propertyId, ['CTRIP']),
    );
    expect(res._entities).toEqual([{ id: ids.ctrip }, null]);
  });

  it('changes stays only through its channel: by id, even its own stay is refused and stays as it was', async () => {
    const ctrip = partner(propertyId, ['CTRIP']);
    for (const id of [ids.ctrip, ids.expedia]) {
      const cancel = await gql(sg.url, `mutation($id: ID!) { cancelReservation(id: $id) { status } }`, { id }, ctrip);
      expect(cancel.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const status = async (id: string) =>
      (await gqlOk(sg.url, `query($id: ID!) { reservation(id: $id) { status } }`, { id }, staff(['front-desk'], [propertyId]))).reservation
        .status;
    expect([await status(ids.ctrip), await status(ids.expedia)]).toEqual(['CONFIRMED', 'CONFIRMED']);
  });
});
