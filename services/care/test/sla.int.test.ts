import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

const ESCALATED = 'hotelops.care.case.escalated.v1';
const RESOLVED = 'hotelops.care.case.resolved.v1';
const T0 = new Date('2099-03-01T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();

/** A clock the test moves by hand. */
class ManualClock {
  private t = T0.getTime();
  now = () => new Date(this.t);
  set(minutesAfterT0: number) {
    this.t = T0.getTime() + minutesAfterT0 * 60_000;
  }
}

const SLA = `sla { policyId firstResponseDueAt resolutionDueAt runningClock dueAt paused breached firstResponseMet resolutionMet escalationLevel escalatedTo }`;

describe.each(DIALECTS)('SLA policies, clocks and escalation on %s', (dialect) => {
  let sg: RunningSubgraph;
  const clock = new ManualClock();
  const propertyId = randomUUID();
  const agentId = randomUUID();
  const agent = staff(['care-agent'], [propertyId], agentId);
  const dutyManager = staff(['duty-manager'], [propertyId], randomUUID());
  const supervisor = staff(['care-supervisor'], [propertyId], randomUUID());

  beforeAll(async () => {
    // The sweep is driven by hand here (runSlaEscalationSweep), never by the minute timer.
    sg = await startSubgraph({ ...careSubgraph, jobs: undefined }, { dialect, clock });
  });
  afterAll(() => sg?.stop());

  const setPolicy = (input: Record<string, unknown>, identity = dutyManager) =>
    gql(
      sg.url,
      `mutation($i: SetSlaPolicyInput!) { setSlaPolicy(input: $i) { id category severity firstResponseMinutes resolutionMinutes warnBeforeMinutes escalateAfterMinutes } }`,
      { i: { propertyId, ...input } },
      identity,
    );
  const openCase = (input: Record<string, unknown> = {}, p = propertyId) =>
    gql(
      sg.url,
      `mutation($i: OpenCaseInput!) { openCase(input: $i) { id number ${SLA} } }`,
      { i: { propertyId: p, kind: 'COMPLAINT', channel: 'PHONE', category: 'noise', severity: 'HIGH', subject: 'Noise', ...input } },
      staff(['care-agent'], [p], agentId),
    );
  const opened = async (input: Record<string, unknown> = {}) => {
    const r = await openCase(input);
    expect(r.errors).toBeUndefined();
    return r.data!.openCase as { id: string; number: string; sla: Record<string, unknown> | null };
  };
  const sweep = async (p = propertyId) =>
    (
      await gqlOk(
        sg.url,
        `mutation($p: ID!) { runSlaEscalationSweep(propertyId: $p) { ranAt casesEscalated escalations } }`,
        { p },
        staff(['duty-manager'], [p]),
      )
    ).runSlaEscalationSweep;
  const slaOf = async (id: string) => (await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { status ${SLA} } }`, { id })).case;
  const watchlist = async (withinMinutes: number) =>
    (
      await gqlOk(
        sg.url,
        `query($p: ID!, $w: Int!) { slaWatchlist(propertyId: $p, withinMinutes: $w) { nodes { id sla { dueAt breached runningClock } } } }`,
        { p: propertyId, w: withinMinutes },
        dutyManager,
      )
    ).slaWatchlist.nodes as { id: string; sla: { dueAt: string; breached: boolean; runningClock: string } }[];
  const escalationsOf = async (caseId: string) =>
    (await sg.app.deps.db.manager.findBy(OutboxRow, { messageKey: caseId, type: ESCALATED }))
      .map((r) => JSON.parse(r.payload))
      .sort((a, b) => a.level - b.level);
  const act = (mutation: string, id: string, identity = agent) => gqlOk(sg.url, mutation, { id }, identity);

  it('opens cases without an SLA while the property has no policies', async () => {
    clock.set(0);
    const c = await opened();
    expect(c.sla).toBeNull();
  });

  it('sets policies per category and severity, with a catch-all category, and validates targets', async () => {
    const noise = await setPolicy({
      category: 'noise',
      severity: 'HIGH',
      firstResponseMinutes: 30,
      resolutionMinutes: 240,
      warnBeforeMinutes: 10,
      escalateAfterMinutes: 120,
    });
    expect(noise.errors).toBeUndefined();
    expect(noise.data!.setSlaPolicy).toMatchObject({
      category: 'noise',
      severity: 'HIGH',
      firstResponseMinutes: 30,
      resolutionMinutes: 240,
    });
    // setting the same key again replaces it rather than adding a second policy
    await setPolicy({
      category: 'noise',
      severity: 'HIGH',
      firstResponseMinutes: 30,
      resolutionMinutes: 240,
      warnBeforeMinutes: 10,
      escalateAfterMinutes: 120,
    });
    await setPolicy({ category: '*', severity: 'HIGH', firstResponseMinutes: 60, resolutionMinutes: 1440 });
    const list = await gqlOk(
      sg.url,
      `query($p: ID!) { slaPolicies(propertyId: $p) { category severity warnBeforeMinutes escalateAfterMinutes } }`,
      {
        p: propertyId,
      },
    );
    expect(list.slaPolicies).toEqual([
      { category: '*', severity: 'HIGH', warnBeforeMinutes: 30, escalateAfterMinutes: 240 },
      { category: 'noise', severity: 'HIGH', warnBeforeMinutes: 10, escalateAfterMinutes: 120 },
    ]);

    const effective = await gqlOk(
      sg.url,
      `query($p: ID!) { effectiveSlaPolicy(propertyId: $p, category: "billing", severity: HIGH) { category resolutionMinutes } }`,
      { p: propertyId },
    );
    expect(effective.effectiveSlaPolicy).toEqual({ category: '*', resolutionMinutes: 1440 });

    const inverted = await setPolicy({ category: 'wifi', severity: 'LOW', firstResponseMinutes: 120, resolutionMinutes: 60 });
    expect(inverted.errors?.[0]).toMatchObject({
      message: 'resolutionMinutes (60) must not be shorter than firstResponseMinutes (120)',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' },
    });
    const byAgent = await setPolicy({ category: 'wifi', severity: 'LOW', firstResponseMinutes: 10, resolutionMinutes: 60 }, agent);
    expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('names the category and severity that have no policy once the property uses SLAs', async () => {
    const r = await openCase({ severity: 'LOW', category: 'wifi' });
    expect(r.errors?.[0]).toMatchObject({
      message: "No SLA policy for category 'wifi' at severity LOW: add one, or a '*' policy for LOW",
      extensions: { code: 'CONFLICT', reason: 'CASE.SLA_POLICY_MISSING', category: 'wifi', severity: 'LOW' },
    });
    const q = await gql(sg.url, `query($p: ID!) { effectiveSlaPolicy(propertyId: $p, category: "wifi", severity: LOW) { id } }`, {
      p: propertyId,
    });
    expect(q.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE.SLA_POLICY_MISSING' });
  });

  it('escalates agent → supervisor → duty manager → department manager as the clocks run, pausing while waiting on the guest', async () => {
    clock.set(0);
    const c = await opened();
    expect(c.sla).toMatchObject({
      firstResponseDueAt: at(30),
      resolutionDueAt: at(240),
      runningClock: 'FIRST_RESPONSE',
      dueAt: at(30),
      breached: false,
      escalationLevel: 0,
      escalatedTo: 'AGENT',
    });

    clock.set(19);
    expect(await sweep()).toMatchObject({ escalations: 0 });
    clock.set(20); // 10 minutes before the first-response target: at risk
    expect(await sweep()).toEqual({ ranAt: at(20), casesEscalated: 1, escalations: 1 });
    expect(await sweep()).toMatchObject({ escalations: 0 }); // nothing new: a sweep is idempotent
    expect((await slaOf(c.id)).sla).toMatchObject({ escalationLevel: 1, escalatedTo: 'SUPERVISOR', breached: false });

    clock.set(25);
    await gqlOk(
      sg.url,
      `mutation($id: ID!) { addCaseNote(caseId: $id, body: "We are on it", visibility: GUEST_REPLY) { id } }`,
      { id: c.id },
      agent,
    );
    expect((await slaOf(c.id)).sla).toMatchObject({ firstResponseMet: true, runningClock: 'RESOLUTION', dueAt: at(240) });
    expect((await watchlist(60)).map((n) => n.id)).not.toContain(c.id);
    clock.set(200);
    expect(await watchlist(60)).toContainEqual({ id: c.id, sla: { dueAt: at(240), breached: false, runningClock: 'RESOLUTION' } });

    await gqlOk(sg.url, `mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { id } }`, { id: c.id, e: agentId }, agent);
    await act(`mutation($id: ID!) { startCase(id: $id) { id } }`, c.id);
    clock.set(210);
    await gqlOk(
      sg.url,
      `mutation($id: ID!) { waitOnGuest(id: $id, reason: "Asked the guest for the room number") { status } }`,
      { id: c.id },
      agent,
    );
    clock.set(600); // long past the original target, but the clock was stopped
    expect(await sweep()).toMatchObject({ escalations: 0 });
    expect((await watchlist(60)).map((n) => n.id)).not.toContain(c.id);
    expect((await slaOf(c.id)).sla).toMatchObject({ paused: true, runningClock: null, breached: false });
    await act(`mutation($id: ID!) { resumeCase(id: $id) { status } }`, c.id);
    // waited 390 minutes: the resolution target moves from +240 to +630
    expect((await slaOf(c.id)).sla).toMatchObject({ paused: false, resolutionDueAt: at(630), dueAt: at(630) });

    clock.set(631);
    expect(await sweep()).toMatchObject({ casesEscalated: 1, escalations: 1 });
    expect((await slaOf(c.id)).sla).toMatchObject({ escalationLevel: 2, escalatedTo: 'DUTY_MANAGER', breached: true });
    expect(await watchlist(0)).toContainEqual({ id: c.id, sla: { dueAt: at(630), breached: true, runningClock: 'RESOLUTION' } });
    clock.set(749);
    expect(await sweep()).toMatchObject({ escalations: 0 });
    clock.set(750); // 120 minutes past the breach
    expect(await sweep()).toMatchObject({ escalations: 1 });
    clock.set(5000);
    expect(await sweep()).toMatchObject({ escalations: 0 }); // the top of the chain

    expect(await escalationsOf(c.id)).toEqual([
      expect.objectContaining({ level: 1, escalatedTo: 'care-supervisor', clock: 'FIRST_RESPONSE', dueAt: at(30), breached: false }),
      expect.objectContaining({ level: 2, escalatedTo: 'duty-manager', clock: 'RESOLUTION', dueAt: at(630), breached: true }),
      expect.objectContaining({ level: 3, escalatedTo: 'department-manager', clock: 'RESOLUTION', dueAt: at(630), breached: true }),
    ]);
    const history = (await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { history { action text } } }`, { id: c.id })).case.history;
    expect(history.filter((h: { action: string }) => h.action === 'ESCALATED').map((h: { text: string }) => h.text)).toEqual([
      `escalated to SUPERVISOR: FIRST_RESPONSE target ${at(30)} at risk`,
      `escalated to DUTY_MANAGER: RESOLUTION target ${at(630)} breached`,
      `escalated to DEPARTMENT_MANAGER: RESOLUTION target ${at(630)} breached`,
    ]);
    expect(history.map((h: { action: string }) => h.action)).toContain('WAITING');

    await gqlOk(sg.url, `mutation($id: ID!) { resolveCase(id: $id, resolution: "Fixed") { status } }`, { id: c.id }, agent);
    expect((await slaOf(c.id)).sla).toMatchObject({ resolutionMet: false, runningClock: null, breached: false });
    const resolved = await sg.app.deps.db.manager.findOneByOrFail(OutboxRow, { messageKey: c.id, type: RESOLVED });
    expect(JSON.parse(resolved.payload)).toMatchObject({
      caseId: c.id,
      resolvedBy: agentId,
      resolvedAt: at(5000),
      resolvedWithinSla: false,
    });
  });

  it('crosses every due tier in one sweep, one event each, and escalates each case once under concurrent sweeps', async () => {
    clock.set(10_000);
    const cases = await Promise.all([1, 2, 3].map(() => opened({ category: 'billing' }))); // '*' HIGH: 60 / 1440, warn 30, after 240
    clock.set(10_000 + 1440 + 240);
    const results = await Promise.all([sweep(), sweep(), sweep()]);
    expect(results.reduce((n, r) => n + r.escalations, 0)).toBe(9);
    for (const c of cases) {
      expect((await escalationsOf(c.id)).map((e) => e.level)).toEqual([1, 2, 3]);
      expect((await slaOf(c.id)).sla.escalatedTo).toBe('DEPARTMENT_MANAGER');
    }
  });

  it('sweeps only the property asked for, and keeps the watchlist to care supervisors and duty managers', async () => {
    const other = randomUUID();
    await setPolicy(
      { propertyId: other, category: '*', severity: 'HIGH', firstResponseMinutes: 5, resolutionMinutes: 10 },
      staff(['duty-manager'], [other]),
    );
    clock.set(20_000);
    const c = (await openCase({}, other)).data!.openCase;
    clock.set(20_300); // past the default 240-minute grace after the 10-minute target
    expect(await sweep(propertyId)).toMatchObject({ escalations: 0 });
    expect(await sweep(other)).toMatchObject({ casesEscalated: 1, escalations: 3 });
    expect((await escalationsOf(c.id)).map((e) => e.propertyId)).toEqual([other, other, other]);

    const byAgent = await gql(sg.url, `query($p: ID!) { slaWatchlist(propertyId: $p) { nodes { id } } }`, { p: propertyId }, agent);
    expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bySupervisor = await gql(
      sg.url,
      `query($p: ID!) { slaWatchlist(propertyId: $p) { nodes { id } } }`,
      { p: propertyId },
      supervisor,
    );
    expect(bySupervisor.errors).toBeUndefined();
    const outsider = await gql(
      sg.url,
      `mutation($p: ID!) { runSlaEscalationSweep(propertyId: $p) { escalations } }`,
      { p: propertyId },
      staff(['duty-manager'], [other]),
    );
    expect(outsider.errors?.[0].extensions?.reason).toBe('AUTH.PROPERTY_FORBIDDEN');
  });

  it('runs as a scheduled job of the subgraph across every property', async () => {
    const third = randomUUID();
    await setPolicy(
      { propertyId: third, category: '*', severity: 'HIGH', firstResponseMinutes: 5, resolutionMinutes: 10, escalateAfterMinutes: 60 },
      staff(['duty-manager'], [third]),
    );
    clock.set(30_000);
    const c = (await openCase({}, third)).data!.openCase;
    clock.set(30_100);
    const [job] = careSubgraph.jobs!(sg.app.services, sg.app.deps);
    expect(job).toMatchObject({ name: 'sla-escalation-sweep', everyMs: 60_000 });
    expect(await job.run()).toEqual({ ranAt: new Date(at(30_100)), casesEscalated: 1, escalations: 3 });
    expect((await escalationsOf(c.id)).map((e) => e.level)).toEqual([1, 2, 3]);
  });
});
