import { randomUUID } from 'node:crypto';
import { EscalationRouted, type PayloadOf } from '@hotelops/contracts';
import type { InProcessTransport } from '@hotelops/kernel';
import { DIALECTS, deliver, eventMessage, gqlOk, inProcessTransport, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

const NOTICES = `query($id: ID!) { case(id: $id) {
  escalationNotices { level requestedRole routedRole fellBack notifiedEmployeeId notified { id } nobodyOnDuty explanation routedAt }
  history { action assigneeId text }
} }`;

/** Care learns from staffing's EscalationRouted who each escalation reached, once per event, and shows it on the case. */
describe.each(DIALECTS)('care records who its escalations reached on %s', (dialect) => {
  let sg: RunningSubgraph;
  let transport: InProcessTransport;
  const propertyId = randomUUID();
  const agent = staff(['care-agent'], [propertyId], randomUUID());

  beforeAll(async () => {
    transport = inProcessTransport();
    sg = await startSubgraph({ ...careSubgraph, jobs: undefined }, { dialect, transport });
  });
  afterAll(() => sg?.stop());

  const openCase = async () =>
    (
      await gqlOk(
        sg.url,
        `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`,
        { i: { propertyId, kind: 'COMPLAINT', channel: 'PHONE', category: 'noise', subject: 'Noisy corridor' } },
        agent,
      )
    ).openCase.id as string;

  const routed = (caseId: string, p: Partial<PayloadOf<typeof EscalationRouted>>) =>
    eventMessage(
      EscalationRouted,
      {
        caseId,
        propertyId,
        level: 1,
        requestedRole: 'care-supervisor',
        routedRole: 'care-supervisor',
        notifiedEmployeeId: null,
        explanation: '',
        routedAt: '2099-03-01T08:30:00.000Z',
        ...p,
      },
      { subject: caseId, propertyId },
    );

  it('records the employee notified, the fallback level and when — once, however often the event arrives', async () => {
    const caseId = await openCase();
    const dm = randomUUID();
    const msg = routed(caseId, {
      level: 1,
      routedRole: 'duty-manager',
      notifiedEmployeeId: dm,
      explanation: '杨磊: on duty 08:00–16:00, clocked in 07:55 (nobody on duty as care-supervisor)',
    });
    await deliver(transport, msg);
    await deliver(transport, msg); // redelivered: still one notice
    const c = (await gqlOk(sg.url, NOTICES, { id: caseId }, agent)).case;
    expect(c.escalationNotices).toEqual([
      {
        level: 1,
        requestedRole: 'care-supervisor',
        routedRole: 'duty-manager',
        fellBack: true,
        notifiedEmployeeId: dm,
        notified: { id: dm },
        nobodyOnDuty: false,
        explanation: '杨磊: on duty 08:00–16:00, clocked in 07:55 (nobody on duty as care-supervisor)',
        routedAt: '2099-03-01T08:30:00.000Z',
      },
    ]);
    const notified = c.history.filter((h: { action: string }) => h.action === 'NOTIFIED');
    expect(notified).toHaveLength(1);
    expect(notified[0].assigneeId).toBe(dm);
    expect(notified[0].text).toMatch(/^level 1 escalation: duty-manager notified \(fell back from care-supervisor\)/);
  });

  it('shows on the case when nobody was on duty at any level', async () => {
    const caseId = await openCase();
    await deliver(
      transport,
      routed(caseId, {
        level: 2,
        requestedRole: 'duty-manager',
        routedRole: 'department-manager',
        explanation: 'nobody is on duty and clocked in as duty-manager, department-manager',
      }),
    );
    const c = (await gqlOk(sg.url, NOTICES, { id: caseId }, agent)).case;
    expect(c.escalationNotices).toMatchObject([
      { level: 2, routedRole: 'department-manager', notifiedEmployeeId: null, notified: null, nobodyOnDuty: true, fellBack: true },
    ]);
    expect(c.history.at(-1)).toMatchObject({
      action: 'NOTIFIED',
      assigneeId: null,
      text: expect.stringMatching(/nobody on duty to notify up to department-manager/),
    });
  });

  it('skips a routing for a case it does not have (another property’s id) without failing the consumer', async () => {
    const other = randomUUID();
    await deliver(transport, routed(other, { notifiedEmployeeId: randomUUID() }));
    const caseId = await openCase();
    await deliver(transport, routed(caseId, { notifiedEmployeeId: null, explanation: 'nobody' }));
    expect((await gqlOk(sg.url, NOTICES, { id: caseId }, agent)).case.escalationNotices).toHaveLength(1);
  });
});
