import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, announceStay, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

const APPROVED = 'hotelops.care.compensation.approved.v1';

describe.each(DIALECTS)('compensation on %s', (dialect) => {
  let sg: RunningSubgraph;
  const propertyId = randomUUID();
  const reservationId = randomUUID();
  const agentId = randomUUID();
  const supervisorId = randomUUID();
  const managerId = randomUUID();
  const agent = staff(['care-agent'], [propertyId], agentId);
  const supervisor = staff(['care-supervisor'], [propertyId], supervisorId);
  const dutyManager = staff(['duty-manager'], [propertyId], managerId);
  let caseId: string;

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect });
    await announceStay(sg.app.transport, { reservationId, propertyId });
    caseId = (
      await gqlOk(
        sg.url,
        `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`,
        {
          i: {
            propertyId,
            kind: 'COMPLAINT',
            channel: 'IN_PERSON',
            category: 'room-cleanliness',
            subject: 'Hair in the bathroom',
            reservationId,
          },
        },
        agent,
      )
    ).openCase.id;
  });
  afterAll(() => sg?.stop());

  const propose = (amountMinor: number, reason = 'Room not cleaned on arrival', id = caseId) =>
    gql(
      sg.url,
      `mutation($i: ProposeCompensationInput!) { proposeCompensation(input: $i) { id status requiredTier amount { amountMinor currency } reservationId proposedBy { id } } }`,
      { i: { caseId: id, amountMinor, currency: 'CNY', reason } },
      agent,
    );
  const proposed = async (amountMinor: number) => {
    const r = await propose(amountMinor);
    expect(r.errors).toBeUndefined();
    return r.data!.proposeCompensation as { id: string; status: string; requiredTier: string };
  };
  const approve = (id: string, identity = agent) =>
    gql(
      sg.url,
      `mutation($id: ID!) { approveCompensation(id: $id, note: "ok") { id status decidedBy { id } decidedAt } }`,
      { id },
      identity,
    );
  const approvals = async (compensationId: string) =>
    (await sg.app.deps.db.manager.findBy(OutboxRow, { type: APPROVED, messageKey: compensationId })).map((r) => JSON.parse(r.payload));

  it('has default limits until a duty manager sets the property’s own', async () => {
    const limits = `query($p: ID!) { compensationLimits(propertyId: $p) { agentLimitMinor supervisorLimitMinor } }`;
    expect((await gqlOk(sg.url, limits, { p: propertyId }, agent)).compensationLimits).toEqual({
      agentLimitMinor: 20000,
      supervisorLimitMinor: 100000,
    });
    const set = `mutation($p: ID!, $a: Int!, $s: Int!) { setCompensationLimits(propertyId: $p, agentLimitMinor: $a, supervisorLimitMinor: $s) { agentLimitMinor supervisorLimitMinor } }`;
    const byAgent = await gql(sg.url, set, { p: propertyId, a: 1_000_000, s: 2_000_000 }, agent);
    expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const inverted = await gql(sg.url, set, { p: propertyId, a: 50_000, s: 10_000 }, dutyManager);
    expect(inverted.errors?.[0]).toMatchObject({
      message: 'supervisorLimitMinor (10000) must be a whole amount not below agentLimitMinor (50000)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await gqlOk(sg.url, set, { p: propertyId, a: 10_000, s: 50_000 }, dutyManager);
    expect((await gqlOk(sg.url, limits, { p: propertyId }, agent)).compensationLimits).toEqual({
      agentLimitMinor: 10000,
      supervisorLimitMinor: 50000,
    });
  });

  it('lets an agent approve within their limit and announces it exactly once', async () => {
    const c = await proposed(8_000);
    expect(c).toMatchObject({ status: 'PROPOSED', requiredTier: 'AGENT' });
    const r = await approve(c.id);
    expect(r.errors).toBeUndefined();
    expect(r.data!.approveCompensation).toMatchObject({ status: 'APPROVED', decidedBy: { id: agentId } });
    expect(await approvals(c.id)).toEqual([
      expect.objectContaining({
        compensationId: c.id,
        caseId,
        propertyId,
        reservationId,
        amount: { amountMinor: 8000, currency: 'CNY' },
        reason: 'Room not cleaned on arrival',
        approvedBy: agentId,
      }),
    ]);
    const again = await approve(c.id, supervisor);
    expect(again.errors?.[0]).toMatchObject({
      message: `Compensation ${c.id} is already approved`,
      extensions: { code: 'CONFLICT', reason: 'COMPENSATION.ALREADY_DECIDED', status: 'APPROVED', decidedBy: agentId },
    });
    expect(await approvals(c.id)).toHaveLength(1);
  });

  it('lets only one of two racing approvals through', async () => {
    const c = await proposed(9_000);
    const results = await Promise.all([approve(c.id), approve(c.id, supervisor)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions?.reason).toBe('COMPENSATION.ALREADY_DECIDED');
    expect(await approvals(c.id)).toHaveLength(1);
  });

  it('sends amounts over a limit up the chain with an error naming the limit and who must decide', async () => {
    const mid = await proposed(30_000);
    expect(mid.requiredTier).toBe('SUPERVISOR');
    const byAgent = await approve(mid.id);
    expect(byAgent.errors?.[0]).toMatchObject({
      message: 'Compensation of 300.00 CNY exceeds the care agent limit of 100.00 CNY; a care supervisor must decide it',
      extensions: {
        code: 'FORBIDDEN',
        reason: 'COMPENSATION.OVER_LIMIT',
        amountMinor: 30000,
        limitMinor: 10000,
        requiredApprover: 'SUPERVISOR',
      },
    });
    expect(await approvals(mid.id)).toEqual([]);
    expect((await approve(mid.id, supervisor)).data?.approveCompensation.status).toBe('APPROVED');

    const big = await proposed(80_000);
    expect(big.requiredTier).toBe('MANAGER');
    const bySupervisor = await approve(big.id, supervisor);
    expect(bySupervisor.errors?.[0]).toMatchObject({
      message: 'Compensation of 800.00 CNY exceeds the care supervisor limit of 500.00 CNY; a duty or general manager must decide it',
      extensions: { reason: 'COMPENSATION.OVER_LIMIT', requiredApprover: 'MANAGER' },
    });
    expect((await approve(big.id, dutyManager)).data?.approveCompensation.status).toBe('APPROVED');
    expect(await approvals(big.id)).toHaveLength(1);
  });

  it('records a rejection with its reason and refuses to approve it afterwards', async () => {
    const c = await proposed(5_000);
    const rejected = await gqlOk(
      sg.url,
      `mutation($id: ID!) { rejectCompensation(id: $id, reason: "Guest already received a late check-out") { status decisionNote decidedBy { id } } }`,
      { id: c.id },
      supervisor,
    );
    expect(rejected.rejectCompensation).toEqual({
      status: 'REJECTED',
      decisionNote: 'Guest already received a late check-out',
      decidedBy: { id: supervisorId },
    });
    const r = await approve(c.id, dutyManager);
    expect(r.errors?.[0]).toMatchObject({
      message: `Compensation ${c.id} was rejected (Guest already received a late check-out); propose a new one`,
      extensions: { code: 'CONFLICT', reason: 'COMPENSATION.ALREADY_DECIDED', status: 'REJECTED' },
    });
    expect(await approvals(c.id)).toEqual([]);
    // rejecting takes the approver's authority too
    const big = await proposed(60_000);
    const byAgent = await gql(sg.url, `mutation($id: ID!) { rejectCompensation(id: $id, reason: "no") { status } }`, { id: big.id }, agent);
    expect(byAgent.errors?.[0].extensions?.reason).toBe('COMPENSATION.OVER_LIMIT');
  });

  it('names bad proposals', async () => {
    const zero = await propose(0);
    expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const noStay = (
      await gqlOk(
        sg.url,
        `mutation($i: OpenCaseInput!) { openCase(input: $i) { id number } }`,
        { i: { propertyId, kind: 'FEEDBACK', channel: 'EMAIL', category: 'general', subject: 'Lovely breakfast' } },
        agent,
      )
    ).openCase;
    const r = await propose(1_000, 'goodwill', noStay.id);
    expect(r.errors?.[0]).toMatchObject({
      message: `Case ${noStay.number} is not linked to a stay: there is no folio to credit`,
      extensions: { code: 'BAD_USER_INPUT', reason: 'COMPENSATION.NEEDS_RESERVATION' },
    });
    const missing = await approve(randomUUID());
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'COMPENSATION.NOT_FOUND' });
    const outsider = await gql(
      sg.url,
      `mutation($i: ProposeCompensationInput!) { proposeCompensation(input: $i) { id } }`,
      { i: { caseId, amountMinor: 100, currency: 'CNY', reason: 'x' } },
      staff(['care-agent'], [randomUUID()], randomUUID()),
    );
    expect(outsider.errors?.[0].extensions?.reason).toBe('AUTH.PROPERTY_FORBIDDEN');
  });

  it('lists a case’s compensations and a property’s by status', async () => {
    const onCase = await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { compensations { status amount { amountMinor } } } }`, {
      id: caseId,
    });
    expect(onCase.case.compensations.map((c: { status: string }) => c.status)).toEqual([
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'REJECTED',
      'PROPOSED',
    ]);
    const approved = await gqlOk(
      sg.url,
      `query($p: ID!) { compensations(propertyId: $p, status: APPROVED) { nodes { amount { amountMinor } } } }`,
      { p: propertyId },
      supervisor,
    );
    expect(approved.compensations.nodes.map((n: { amount: { amountMinor: number } }) => n.amount.amountMinor)).toEqual([
      8000, 9000, 30000, 80000,
    ]);
  });
});
