import { DIALECTS, countQueries, gql, gqlOk, staff, type RunningSubgraph } from '@hotelops/testing';
import { OTHER_PROPERTY, PROPERTY, cashier, checkIn, openOrder, openRestaurant, server, startFnb, type Outlet } from './fnb-fixture';

const STAY_A = '1a2b3c4d-0000-4000-8000-00000000000a';
const STAY_C = '1a2b3c4d-0000-4000-8000-00000000000c';

/** Orders beyond the floor: room service for a stay in house, who may act on orders, and order references in the graph. */
describe.each(DIALECTS)('fnb room service, access and order references on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;

  beforeAll(async () => {
    sg = await startFnb(dialect);
    r = await openRestaurant(sg);
  });
  afterAll(() => sg?.stop());

  const open = (input: Record<string, unknown>, identity = server()) => openOrder(sg, r.id, input, identity);

  it('charges room service only to a stay in house and links it to the stay for VIP flags', async () => {
    await checkIn(sg, STAY_A);
    const opened = await open({ kind: 'ROOM_SERVICE', reservationId: STAY_A, lines: [{ menuItemId: r.item.fish, quantity: 1 }] });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openOrder).toMatchObject({ kind: 'ROOM_SERVICE', reservation: { id: STAY_A }, tableNumber: null });
  });

  it('lets only F&B staff of the property act on orders', async () => {
    const walkIn = (await open({ kind: 'WALK_IN', lines: [{ menuItemId: r.item.tea, quantity: 1 }] })).data!.openOrder;
    const housekeeper = await gql(
      sg.url,
      `mutation($id: ID!) { fireOrder(id: $id) { id } }`,
      { id: walkIn.id },
      staff(['housekeeping'], [PROPERTY]),
    );
    expect(housekeeper.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
    const otherHotel = await gql(sg.url, `mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: walkIn.id }, server([OTHER_PROPERTY]));
    expect(otherHotel.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const serverEditsMenu = await gql(
      sg.url,
      `mutation($id: ID!) { setMenuItemAvailability(id: $id, available: false) { id } }`,
      { id: r.item.tea },
      server(),
    );
    expect(serverEditsMenu.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const cashierSettlesNothing = await gql(sg.url, `mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: walkIn.id }, cashier());
    expect(cashierSettlesNothing.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const otherList = await gql(sg.url, `query($o: ID!) { orders(outletId: $o) { nodes { id } } }`, { o: r.id }, server([OTHER_PROPERTY]));
    expect(otherList.errors?.[0].extensions).toMatchObject({ reason: 'AUTH.PROPERTY_FORBIDDEN' });
  });

  it('resolves order references with one query and adds each stay’s orders to Reservation', async () => {
    const list = await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o, first: 100) { nodes { id } } }`, { o: r.id });
    const ids: string[] = list.orders.nodes.map((n: { id: string }) => n.id);
    const { result, queries } = await countQueries(sg.app, () =>
      gqlOk(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id status } } }`, {
        r: ids.map((id) => ({ __typename: 'Order', id })),
      }),
    );
    expect(result._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(queries).toBe(1);
    const stays = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id fnbOrders { kind } } } }`,
      {
        r: [STAY_A, STAY_C].map((id) => ({ __typename: 'Reservation', id })),
      },
    );
    expect(stays._entities).toEqual([
      { id: STAY_A, fnbOrders: [{ kind: 'ROOM_SERVICE' }] },
      { id: STAY_C, fnbOrders: [] },
    ]);
  });
});
