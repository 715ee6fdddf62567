import { randomUUID } from 'node:crypto';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

const MSG = `id kind status fromName fromPhone body durationSeconds takenAt deliveredAt deliveryMethod acknowledgedAt
  reservation { id } department { id } takenBy { id } deliveredBy { id } acknowledgedBy { id }`;

describe.each(DIALECTS)('messages and call logs on %s', (dialect) => {
  let sg: RunningSubgraph;
  const propertyId = randomUUID();
  const operatorId = randomUUID();
  const bellId = randomUUID();
  const chefId = randomUUID();
  const operator = staff(['front-desk'], [propertyId], operatorId);

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect });
  });
  afterAll(() => sg?.stop());

  const take = (input: Record<string, unknown>) =>
    gql(sg.url, `mutation($i: TakeMessageInput!) { takeMessage(input: $i) { ${MSG} } }`, { i: { propertyId, ...input } }, operator);

  it('takes a message for a guest, delivers it and records the acknowledgement, each with who and when', async () => {
    const stay = randomUUID();
    const taken = await take({
      reservationId: stay,
      fromName: 'Mr Chen (colleague)',
      fromPhone: '+86 138 0000 0000',
      body: 'Meeting moved to 15:00',
    });
    expect(taken.errors).toBeUndefined();
    const m = taken.data!.takeMessage;
    expect(m).toMatchObject({
      kind: 'MESSAGE',
      status: 'TAKEN',
      reservation: { id: stay },
      department: null,
      takenBy: { id: operatorId },
      deliveredAt: null,
    });
    const delivered = await gqlOk(
      sg.url,
      `mutation($id: ID!) { deliverMessage(id: $id, method: UNDER_DOOR) { ${MSG} } }`,
      { id: m.id },
      staff(['front-desk'], [propertyId], bellId),
    );
    expect(delivered.deliverMessage).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'UNDER_DOOR', deliveredBy: { id: bellId } });
    expect(delivered.deliverMessage.deliveredAt).not.toBeNull();
    const again = await gql(sg.url, `mutation($id: ID!) { deliverMessage(id: $id, method: PHONE) { id } }`, { id: m.id }, operator);
    expect(again.errors?.[0]).toMatchObject({
      message: `Message ${m.id}: cannot deliver a message that is DELIVERED (allowed when TAKEN)`,
      extensions: { code: 'CONFLICT', reason: 'MESSAGE.INVALID_TRANSITION', status: 'DELIVERED' },
    });
    const acked = await gqlOk(sg.url, `mutation($id: ID!) { acknowledgeMessage(id: $id) { ${MSG} } }`, { id: m.id }, operator);
    expect(acked.acknowledgeMessage).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: { id: operatorId } });
    const forStay = await gqlOk(
      sg.url,
      `query($p: ID!, $r: ID!) { guestMessages(propertyId: $p, reservationId: $r) { nodes { id status } } }`,
      {
        p: propertyId,
        r: stay,
      },
    );
    expect(forStay.guestMessages.nodes).toEqual([{ id: m.id, status: 'ACKNOWLEDGED' }]);
  });

  it('logs a call for a department, which acknowledges it itself', async () => {
    const kitchen = randomUUID();
    const call = (
      await take({
        kind: 'CALL',
        departmentId: kitchen,
        fromName: 'Room 1208',
        body: 'Guest allergic to peanuts; breakfast order',
        durationSeconds: 95,
      })
    ).data!.takeMessage;
    expect(call).toMatchObject({ kind: 'CALL', durationSeconds: 95, department: { id: kitchen } });
    const early = await gql(
      sg.url,
      `mutation($id: ID!) { acknowledgeMessage(id: $id) { id } }`,
      { id: call.id },
      staff(['fnb-manager'], [propertyId], chefId),
    );
    expect(early.errors?.[0].extensions?.reason).toBe('MESSAGE.INVALID_TRANSITION');
    await gqlOk(sg.url, `mutation($id: ID!) { deliverMessage(id: $id, method: PHONE) { id } }`, { id: call.id }, operator);
    const acked = await gqlOk(
      sg.url,
      `mutation($id: ID!) { acknowledgeMessage(id: $id) { status acknowledgedBy { id } } }`,
      { id: call.id },
      staff(['fnb-manager'], [propertyId], chefId),
    );
    expect(acked.acknowledgeMessage).toEqual({ status: 'ACKNOWLEDGED', acknowledgedBy: { id: chefId } });
    const pending = await gqlOk(
      sg.url,
      `query($p: ID!, $d: ID!) { guestMessages(propertyId: $p, departmentId: $d, status: TAKEN) { nodes { id } } }`,
      { p: propertyId, d: kitchen },
    );
    expect(pending.guestMessages.nodes).toEqual([]);
  });

  it('needs exactly one recipient and keeps call details to calls', async () => {
    const none = await take({ fromName: 'x', body: 'y' });
    expect(none.errors?.[0]).toMatchObject({
      message: 'a message goes to exactly one of reservationId (a guest) or departmentId',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const both = await take({ reservationId: randomUUID(), departmentId: randomUUID(), fromName: 'x', body: 'y' });
    expect(both.errors?.[0].extensions?.reason).toBe('INPUT.INVALID');
    const duration = await take({ reservationId: randomUUID(), fromName: 'x', body: 'y', durationSeconds: 10 });
    expect(duration.errors?.[0].message).toBe('durationSeconds applies to calls only');
    const housekeeping = await gql(
      sg.url,
      `mutation($i: TakeMessageInput!) { takeMessage(input: $i) { id } }`,
      { i: { propertyId, reservationId: randomUUID(), fromName: 'x', body: 'y' } },
      staff(['housekeeping'], [propertyId]),
    );
    expect(housekeeping.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
