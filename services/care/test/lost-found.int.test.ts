import { randomUUID } from 'node:crypto';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

class ManualClock {
  private t = Date.parse('2099-04-01T08:00:00.000Z');
  now = () => new Date(this.t);
  advanceDays(days: number) {
    this.t += days * 86_400_000;
  }
}

const ITEM = `id status category storageLocation handedTo carrier trackingNumber foundBy { id } history { status at note actor { id } }`;

describe.each(DIALECTS)('lost and found on %s', (dialect) => {
  let sg: RunningSubgraph;
  const clock = new ManualClock();
  const propertyId = randomUUID();
  const housekeeperId = randomUUID();
  const deskId = randomUUID();
  const supervisorId = randomUUID();
  const housekeeper = staff(['housekeeping'], [propertyId], housekeeperId);
  const desk = staff(['front-desk'], [propertyId], deskId);
  const supervisor = staff(['care-supervisor'], [propertyId], supervisorId);

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect, clock });
  });
  afterAll(() => sg?.stop());

  const found = async (category: string, description: string) =>
    (
      await gqlOk(
        sg.url,
        `mutation($i: RecordFoundItemInput!) { recordFoundItem(input: $i) { ${ITEM} } }`,
        {
          i: {
            propertyId,
            category,
            description,
            foundLocation: 'Room 1208, bedside drawer',
            reservationId: randomUUID(),
            note: 'left after check-out',
          },
        },
        housekeeper,
      )
    ).recordFoundItem;
  const act = (mutation: string, vars: Record<string, unknown>, identity = desk) => gql(sg.url, mutation, vars, identity);

  it('keeps who found, stored and handed over an item, and when', async () => {
    const watch = await found('VALUABLES', 'Gold watch, engraved "L.W."');
    expect(watch).toMatchObject({ status: 'FOUND', foundBy: { id: housekeeperId } });
    const t0 = clock.now().toISOString();
    clock.advanceDays(1);
    const stored = await act(`mutation($id: ID!) { storeFoundItem(id: $id, storageLocation: "Safe B, shelf 2") { ${ITEM} } }`, {
      id: watch.id,
    });
    expect(stored.data?.storeFoundItem).toMatchObject({ status: 'STORED', storageLocation: 'Safe B, shelf 2' });
    const t1 = clock.now().toISOString();
    clock.advanceDays(2);
    const claimed = (
      await act(`mutation($id: ID!) { claimFoundItem(id: $id, claimant: "Li Wei, passport E1234567") { ${ITEM} } }`, { id: watch.id })
    ).data!.claimFoundItem;
    expect(claimed).toMatchObject({ status: 'CLAIMED', handedTo: 'Li Wei, passport E1234567' });
    expect(claimed.history).toEqual([
      { status: 'FOUND', at: t0, note: 'left after check-out', actor: { id: housekeeperId } },
      { status: 'STORED', at: t1, note: 'stored at Safe B, shelf 2', actor: { id: deskId } },
      { status: 'CLAIMED', at: clock.now().toISOString(), note: 'handed to Li Wei, passport E1234567', actor: { id: deskId } },
    ]);
    const twice = await act(`mutation($id: ID!) { claimFoundItem(id: $id, claimant: "someone else") { id } }`, { id: watch.id });
    expect(twice.errors?.[0]).toMatchObject({
      message: `Lost item ${watch.id}: cannot claim an item that is CLAIMED (allowed when FOUND or STORED)`,
      extensions: { code: 'CONFLICT', reason: 'LOST_ITEM.INVALID_TRANSITION', status: 'CLAIMED' },
    });
  });

  it('ships a stored item with carrier and tracking number', async () => {
    const charger = await found('ELECTRONICS', 'Laptop charger');
    const notStored = await act(`mutation($id: ID!) { shipFoundItem(id: $id, shipTo: "x", carrier: "SF", trackingNumber: "1") { id } }`, {
      id: charger.id,
    });
    expect(notStored.errors?.[0].extensions?.reason).toBe('LOST_ITEM.INVALID_TRANSITION');
    await act(`mutation($id: ID!) { storeFoundItem(id: $id, storageLocation: "Shelf A") { id } }`, { id: charger.id });
    const shipped = await act(
      `mutation($id: ID!) { shipFoundItem(id: $id, shipTo: "Zhang Min, 88 Nanjing Rd, Shanghai", carrier: "SF Express", trackingNumber: "SF1234567890") { ${ITEM} } }`,
      { id: charger.id },
    );
    expect(shipped.data?.shipFoundItem).toMatchObject({
      status: 'SHIPPED',
      handedTo: 'Zhang Min, 88 Nanjing Rd, Shanghai',
      carrier: 'SF Express',
      trackingNumber: 'SF1234567890',
    });
  });

  it('disposes of an unclaimed item only after its retention period, and only by a supervisor', async () => {
    const scarf = await found('CLOTHING', 'Blue silk scarf');
    await act(`mutation($id: ID!) { storeFoundItem(id: $id, storageLocation: "Shelf C") { id } }`, { id: scarf.id });
    const foundAt = new Date(clock.now());
    clock.advanceDays(29);
    const early = await act(`mutation($id: ID!) { disposeFoundItem(id: $id, how: "donated") { id } }`, { id: scarf.id }, supervisor);
    const until = new Date(foundAt.getTime() + 30 * 86_400_000).toISOString();
    expect(early.errors?.[0]).toMatchObject({
      message: `CLOTHING items are kept until ${until}; this one was found ${foundAt.toISOString()}`,
      extensions: { code: 'CONFLICT', reason: 'LOST_ITEM.RETENTION_NOT_OVER', disposableFrom: until },
    });
    clock.advanceDays(1);
    const byDesk = await act(`mutation($id: ID!) { disposeFoundItem(id: $id, how: "donated") { id } }`, { id: scarf.id }, desk);
    expect(byDesk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const disposed = await act(
      `mutation($id: ID!) { disposeFoundItem(id: $id, how: "Donated to the Red Cross") { status history { note actor { id } } } }`,
      { id: scarf.id },
      supervisor,
    );
    expect(disposed.data?.disposeFoundItem.status).toBe('DISPOSED');
    expect(disposed.data?.disposeFoundItem.history.at(-1)).toEqual({ note: 'Donated to the Red Cross', actor: { id: supervisorId } });

    const stored = await gqlOk(
      sg.url,
      `query($p: ID!) { lostItems(propertyId: $p, status: DISPOSED) { nodes { id } } }`,
      { p: propertyId },
      desk,
    );
    expect(stored.lostItems.nodes).toEqual([{ id: scarf.id }]);
    const outsider = await gql(
      sg.url,
      `query($id: ID!) { lostItem(id: $id) { id } }`,
      { id: scarf.id },
      staff(['front-desk'], [randomUUID()]),
    );
    expect(outsider.errors?.[0].extensions?.reason).toBe('AUTH.PROPERTY_FORBIDDEN');
  });
});
