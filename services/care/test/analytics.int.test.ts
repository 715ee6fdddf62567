import { randomUUID } from 'node:crypto';
import { DIALECTS, announceStay, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

class ManualClock {
  private t = Date.parse('2099-05-01T00:00:00.000Z');
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
}

const JUNE = { from: '2099-06-01T00:00:00.000Z', to: '2099-07-01T00:00:00.000Z' };

/**
 * A month of one property's cases, worked by hand in the comments below, and the reports over it.
 * Policies: HIGH 60/240 min, MEDIUM 120/1440, LOW 240/2880 (first response / resolution).
 */
describe.each(DIALECTS)('care analytics on %s', (dialect) => {
  let sg: RunningSubgraph;
  const clock = new ManualClock();
  const propertyId = randomUUID();
  const agentId = randomUUID();
  const agent = staff(['care-agent'], [propertyId], agentId);
  const supervisor = staff(['care-supervisor'], [propertyId], randomUUID());
  const [D1, D2] = [randomUUID(), randomUUID()];
  const [R1, R2, R3] = [randomUUID(), randomUUID(), randomUUID()];

  const run = (q: string, vars: Record<string, unknown>, identity = agent) => gqlOk(sg.url, q, vars, identity);
  const at = (iso: string) => clock.set(iso);
  const open = async (when: string, input: Record<string, unknown>) => {
    at(when);
    return (
      await run(`mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`, {
        i: { propertyId, kind: 'COMPLAINT', subject: 'A complaint', ...input },
      })
    ).openCase.id as string;
  };
  const reply = async (when: string, id: string) => {
    at(when);
    await run(`mutation($id: ID!) { addCaseNote(caseId: $id, body: "We are on it", visibility: GUEST_REPLY) { id } }`, { id });
  };
  const work = async (id: string) => {
    await run(`mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { id } }`, { id, e: agentId });
    await run(`mutation($id: ID!) { startCase(id: $id) { id } }`, { id });
  };
  const resolve = async (when: string, id: string, rootCause?: string) => {
    at(when);
    await run(`mutation($id: ID!, $rc: String) { resolveCase(id: $id, resolution: "Handled", rootCause: $rc) { id } }`, {
      id,
      rc: rootCause ?? null,
    });
  };
  const compensate = async (when: string, caseId: string, amountMinor: number, decision: 'approve' | 'reject') => {
    at(when);
    const id = (
      await run(`mutation($i: ProposeCompensationInput!) { proposeCompensation(input: $i) { id } }`, {
        i: { caseId, amountMinor, currency: 'CNY', reason: 'goodwill' },
      })
    ).proposeCompensation.id;
    if (decision === 'approve') await run(`mutation($id: ID!) { approveCompensation(id: $id) { id } }`, { id }, supervisor);
    else await run(`mutation($id: ID!) { rejectCompensation(id: $id, reason: "not warranted") { id } }`, { id }, supervisor);
  };

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect, clock });
    for (const reservationId of [R1, R2, R3]) await announceStay(sg.app.transport, { reservationId, propertyId });
    const dm = staff(['duty-manager'], [propertyId]);
    for (const [severity, fr, res] of [
      ['HIGH', 60, 240],
      ['MEDIUM', 120, 1440],
      ['LOW', 240, 2880],
    ] as const)
      await run(
        `mutation($i: SetSlaPolicyInput!) { setSlaPolicy(input: $i) { id } }`,
        { i: { propertyId, category: '*', severity, firstResponseMinutes: fr, resolutionMinutes: res } },
        dm,
      );

    // C1 noise/D1/HIGH/PHONE, Li Wei, R1: replied 10:30 (due 11:00, met), resolved 13:00 (due 14:00, met)
    const c1 = await open('2099-06-01T10:00:00.000Z', {
      channel: 'PHONE',
      category: 'noise',
      departmentId: D1,
      severity: 'HIGH',
      guestName: 'Li Wei',
      reservationId: R1,
    });
    await reply('2099-06-01T10:30:00.000Z', c1);
    await work(c1);
    await resolve('2099-06-01T13:00:00.000Z', c1, 'guest-behaviour');
    // C2 cleanliness/D2/MEDIUM/EMAIL, "li wei" (same guest), R2: replied 12:00 (due 11:00, missed), resolved next day 08:00 (due 09:00, met)
    const c2 = await open('2099-06-02T09:00:00.000Z', {
      channel: 'EMAIL',
      category: 'cleanliness',
      departmentId: D2,
      severity: 'MEDIUM',
      guestName: 'li wei ',
      reservationId: R2,
    });
    await reply('2099-06-02T12:00:00.000Z', c2);
    await work(c2);
    await resolve('2099-06-03T08:00:00.000Z', c2, 'staffing');
    // C3 cleanliness/D2/HIGH/PHONE, Zhang Min, R3: never answered → both targets missed by now
    const c3 = await open('2099-06-05T08:00:00.000Z', {
      channel: 'PHONE',
      category: 'cleanliness',
      departmentId: D2,
      severity: 'HIGH',
      guestName: 'Zhang Min',
      reservationId: R3,
    });
    // C4 inquiry billing/no department/LOW/CHAT, Li Wei: replied 09:00 (met), resolved 10:00 (met); not a complaint
    const c4 = await open('2099-06-06T08:00:00.000Z', {
      kind: 'INQUIRY',
      channel: 'CHAT',
      category: 'billing',
      severity: 'LOW',
      guestName: 'Li Wei',
    });
    await reply('2099-06-06T09:00:00.000Z', c4);
    await work(c4);
    await resolve('2099-06-06T10:00:00.000Z', c4);
    // C5 noise/D1/MEDIUM/IN_PERSON, Zhang Min, R3: replied 08:30 (met), waiting on the guest since 09:00 → resolution not missed
    const c5 = await open('2099-06-07T08:00:00.000Z', {
      channel: 'IN_PERSON',
      category: 'noise',
      departmentId: D1,
      severity: 'MEDIUM',
      guestName: 'Zhang Min',
      reservationId: R3,
    });
    await reply('2099-06-07T08:30:00.000Z', c5);
    await work(c5);
    at('2099-06-07T09:00:00.000Z');
    await run(`mutation($id: ID!) { waitOnGuest(id: $id, reason: "Asked which nights") { id } }`, { id: c5 });
    // C6 opened in May: outside every June figure
    await open('2099-05-31T23:00:00.000Z', {
      channel: 'PHONE',
      category: 'noise',
      departmentId: D1,
      severity: 'HIGH',
      guestName: 'Li Wei',
      reservationId: R1,
    });
    // C7 noise/D1/HIGH/PHONE, "LI WEI", R1, the last second of June: never answered
    await open('2099-06-30T23:59:59.000Z', {
      channel: 'PHONE',
      category: 'noise',
      departmentId: D1,
      severity: 'HIGH',
      guestName: 'LI WEI',
      reservationId: R1,
    });

    // compensation: 200.00 (C1, June 1) and 500.00 (C2, June 3) approved; 100.00 on C3 rejected; 150.00 on C5 approved July 1
    await compensate('2099-06-01T14:00:00.000Z', c1, 20_000, 'approve');
    await compensate('2099-06-03T09:00:00.000Z', c2, 50_000, 'approve');
    await compensate('2099-06-05T10:00:00.000Z', c3, 10_000, 'reject');
    await compensate('2099-07-01T10:00:00.000Z', c5, 15_000, 'approve');
    at('2099-07-02T00:00:00.000Z');
  });
  afterAll(() => sg?.stop());

  const report = (q: string, extra: Record<string, unknown> = {}) => run(q, { p: propertyId, ...JUNE, ...extra }, supervisor);

  it('counts cases by category, department, channel and root cause', async () => {
    const volume = async (by: string) =>
      (
        await report(
          `query($p: ID!, $from: DateTime!, $to: DateTime!, $by: CaseDimension!) { caseVolume(propertyId: $p, by: $by, from: $from, to: $to) { key cases complaints resolved } }`,
          { by },
        )
      ).caseVolume;
    expect(await volume('CATEGORY')).toEqual([
      { key: 'noise', cases: 3, complaints: 3, resolved: 1 },
      { key: 'cleanliness', cases: 2, complaints: 2, resolved: 1 },
      { key: 'billing', cases: 1, complaints: 0, resolved: 1 },
    ]);
    expect(await volume('DEPARTMENT')).toEqual([
      { key: D1, cases: 3, complaints: 3, resolved: 1 },
      { key: D2, cases: 2, complaints: 2, resolved: 1 },
      { key: null, cases: 1, complaints: 0, resolved: 1 },
    ]);
    expect(await volume('CHANNEL')).toEqual([
      { key: 'PHONE', cases: 3, complaints: 3, resolved: 1 },
      { key: 'CHAT', cases: 1, complaints: 0, resolved: 1 },
      { key: 'EMAIL', cases: 1, complaints: 1, resolved: 1 },
      { key: 'IN_PERSON', cases: 1, complaints: 1, resolved: 0 },
    ]);
    expect(await volume('ROOT_CAUSE')).toEqual([
      { key: null, cases: 4, complaints: 3, resolved: 1 },
      { key: 'guest-behaviour', cases: 1, complaints: 1, resolved: 1 },
      { key: 'staffing', cases: 1, complaints: 1, resolved: 1 },
    ]);
  });

  it('gives SLA attainment in total and by severity', async () => {
    const q = `query($p: ID!, $from: DateTime!, $to: DateTime!, $by: CaseDimension) {
      slaAttainment(propertyId: $p, from: $from, to: $to, by: $by) { key firstResponseMet firstResponseMissed firstResponseRate resolutionMet resolutionMissed resolutionRate } }`;
    // first response: met C1 C4 C5, missed C2 (late) C3 C7 (unanswered); resolution: met C1 C2 C4, missed C3 C7, C5 paused
    expect((await report(q)).slaAttainment).toEqual([
      {
        key: null,
        firstResponseMet: 3,
        firstResponseMissed: 3,
        firstResponseRate: 50,
        resolutionMet: 3,
        resolutionMissed: 2,
        resolutionRate: 60,
      },
    ]);
    expect((await report(q, { by: 'SEVERITY' })).slaAttainment).toEqual([
      {
        key: 'HIGH',
        firstResponseMet: 1,
        firstResponseMissed: 2,
        firstResponseRate: 33.3,
        resolutionMet: 1,
        resolutionMissed: 2,
        resolutionRate: 33.3,
      },
      {
        key: 'LOW',
        firstResponseMet: 1,
        firstResponseMissed: 0,
        firstResponseRate: 100,
        resolutionMet: 1,
        resolutionMissed: 0,
        resolutionRate: 100,
      },
      {
        key: 'MEDIUM',
        firstResponseMet: 1,
        firstResponseMissed: 1,
        firstResponseRate: 50,
        resolutionMet: 1,
        resolutionMissed: 0,
        resolutionRate: 100,
      },
    ]);
  });

  it('finds repeat complainers by name, whatever the case', async () => {
    const rows = (
      await report(
        `query($p: ID!, $from: DateTime!, $to: DateTime!) { repeatComplainers(propertyId: $p, from: $from, to: $to) { guestName complaints stays firstAt lastAt } }`,
      )
    ).repeatComplainers as { guestName: string; complaints: number; stays: number; firstAt: string; lastAt: string }[];
    // Li Wei: C1, C2, C7 (C4 is an inquiry, C6 is in May) over stays R1, R2; Zhang Min: C3, C5 over R3
    expect(rows.map((r) => ({ ...r, guestName: r.guestName.toLowerCase() }))).toEqual([
      { guestName: 'li wei', complaints: 3, stays: 2, firstAt: '2099-06-01T10:00:00.000Z', lastAt: '2099-06-30T23:59:59.000Z' },
      { guestName: 'zhang min', complaints: 2, stays: 1, firstAt: '2099-06-05T08:00:00.000Z', lastAt: '2099-06-07T08:00:00.000Z' },
    ]);
    const three = await report(
      `query($p: ID!, $from: DateTime!, $to: DateTime!) { repeatComplainers(propertyId: $p, from: $from, to: $to, minComplaints: 3) { complaints } }`,
    );
    expect(three.repeatComplainers).toEqual([{ complaints: 3 }]);
  });

  it('sums approved compensation per month and per category', async () => {
    const q = `query($p: ID!, $from: DateTime!, $to: DateTime!, $by: CompensationGrouping!) {
      compensationCost(propertyId: $p, from: $from, to: $to, by: $by) { key count total { amountMinor currency } } }`;
    const summer = { to: '2099-08-01T00:00:00.000Z' };
    expect((await report(q, { ...summer, by: 'MONTH' })).compensationCost).toEqual([
      { key: '2099-06', count: 2, total: { amountMinor: 70_000, currency: 'CNY' } },
      { key: '2099-07', count: 1, total: { amountMinor: 15_000, currency: 'CNY' } },
    ]);
    expect((await report(q, { ...summer, by: 'CATEGORY' })).compensationCost).toEqual([
      { key: 'cleanliness', count: 1, total: { amountMinor: 50_000, currency: 'CNY' } },
      { key: 'noise', count: 2, total: { amountMinor: 35_000, currency: 'CNY' } },
    ]);
  });

  it('keeps the reports to supervisors and managers of the property', async () => {
    const q = `query($p: ID!, $from: DateTime!, $to: DateTime!) { caseVolume(propertyId: $p, by: KIND, from: $from, to: $to) { key } }`;
    const byAgent = await gql(sg.url, q, { p: propertyId, ...JUNE }, agent);
    expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outsider = await gql(sg.url, q, { p: propertyId, ...JUNE }, staff(['duty-manager'], [randomUUID()]));
    expect(outsider.errors?.[0].extensions?.reason).toBe('AUTH.PROPERTY_FORBIDDEN');
  });
});
