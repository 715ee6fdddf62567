import { randomUUID } from 'node:crypto';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

class ManualClock {
  private t = Date.parse('2099-06-01T08:00:00.000Z');
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
}

describe.each(DIALECTS)('quality assurance on %s', (dialect) => {
  let sg: RunningSubgraph;
  const clock = new ManualClock();
  const propertyId = randomUUID();
  const [agentA, agentB, agentC] = [randomUUID(), randomUUID(), randomUUID()];
  const supervisorId = randomUUID();
  const supervisor = staff(['care-supervisor'], [propertyId], supervisorId);
  const closedBy: Record<string, string[]> = { [agentA]: [], [agentB]: [] };
  let scorecard: { id: string; criteria: { id: string; name: string; weight: number }[] };

  const run = (q: string, vars: Record<string, unknown>, identity = supervisor) => gqlOk(sg.url, q, vars, identity);
  async function workedCase(agentId: string, closeAt: string | null) {
    clock.set('2099-06-01T08:00:00.000Z');
    const c = (
      await run(`mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`, {
        i: { propertyId, kind: 'INQUIRY', channel: 'CHAT', category: 'billing', subject: 'Folio question' },
      })
    ).openCase;
    await run(`mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { id } }`, { id: c.id, e: agentId });
    if (!closeAt) return c.id;
    await run(`mutation($id: ID!) { startCase(id: $id) { id } }`, { id: c.id });
    await run(`mutation($id: ID!) { resolveCase(id: $id, resolution: "Explained the charges") { id } }`, { id: c.id });
    clock.set(closeAt);
    await run(`mutation($id: ID!) { closeCase(id: $id) { id } }`, { id: c.id });
    return c.id;
  }

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect, clock });
    for (const day of ['02', '05', '10', '20']) closedBy[agentA].push(await workedCase(agentA, `2099-06-${day}T10:00:00.000Z`));
    await workedCase(agentA, '2099-07-01T00:00:00.000Z'); // next period
    for (const day of ['03', '30']) closedBy[agentB].push(await workedCase(agentB, `2099-06-${day}T10:00:00.000Z`));
    await workedCase(agentC, null); // still open
    scorecard = (
      await run(
        `mutation($p: ID!, $c: [QaCriterionInput!]!) { createQaScorecard(propertyId: $p, name: "Chat handling", criteria: $c) { id criteria { id name weight } } }`,
        {
          p: propertyId,
          c: [
            { name: 'Empathy', weight: 3 },
            { name: 'Accuracy', weight: 2 },
            { name: 'Timeliness', weight: 1 },
          ],
        },
      )
    ).createQaScorecard;
  });
  afterAll(() => sg?.stop());

  const sample = async (perAgent: number) =>
    (
      await run(
        `mutation($p: ID!, $s: ID!, $n: Int!) { sampleCasesForQa(propertyId: $p, scorecardId: $s, from: "2099-06-01T00:00:00.000Z", to: "2099-07-01T00:00:00.000Z", perAgent: $n) { id caseId status agent { id } } }`,
        { p: propertyId, s: scorecard.id, n: perAgent },
      )
    ).sampleCasesForQa as { id: string; caseId: string; status: string; agent: { id: string } }[];
  const score = (id: string, values: number[], identity = supervisor) =>
    gql(
      sg.url,
      `mutation($id: ID!, $s: [QaScoreInput!]!) { scoreQaReview(id: $id, scores: $s, comment: "checked transcript") { status totalScore } }`,
      { id, s: values.map((v, i) => ({ criterionId: scorecard.criteria[i].id, score: v })) },
      identity,
    );

  it('samples closed cases at random per agent and period, never the same case twice', async () => {
    const first = await sample(3);
    const ofAgent = (list: typeof first, agent: string) => list.filter((r) => r.agent.id === agent).map((r) => r.caseId);
    expect(ofAgent(first, agentA)).toHaveLength(3);
    expect(ofAgent(first, agentB).sort()).toEqual([...closedBy[agentB]].sort());
    expect(ofAgent(first, agentC)).toEqual([]);
    for (const id of ofAgent(first, agentA)) expect(closedBy[agentA]).toContain(id);
    expect(new Set(first.map((r) => r.status))).toEqual(new Set(['PENDING']));

    const second = await sample(3);
    expect(second.map((r) => r.agent.id)).toEqual([agentA]);
    expect([...ofAgent(first, agentA), ...ofAgent(second, agentA)].sort()).toEqual([...closedBy[agentA]].sort());
    expect(await sample(3)).toEqual([]);
  });

  it('scores with the weighted scorecard and reports per-agent scores for the period', async () => {
    const pending = (
      await run(`query($p: ID!) { qaReviews(propertyId: $p, status: PENDING, first: 100) { nodes { id agent { id } } } }`, {
        p: propertyId,
      })
    ).qaReviews.nodes as { id: string; agent: { id: string } }[];
    const [a1, a2] = pending.filter((r) => r.agent.id === agentA);
    const [b1] = pending.filter((r) => r.agent.id === agentB);

    // (3·80 + 2·90 + 1·60) / 6 = 80
    expect((await score(a1.id, [80, 90, 60])).data?.scoreQaReview).toEqual({ status: 'SCORED', totalScore: 80 });
    // (3·70 + 2·70 + 1·40) / 6 = 65
    expect((await score(a2.id, [70, 70, 40])).data?.scoreQaReview.totalScore).toBe(65);
    expect((await score(b1.id, [60, 60, 60])).data?.scoreQaReview.totalScore).toBe(60);

    const twice = await score(a1.id, [1, 1, 1]);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'QA.ALREADY_SCORED' });
    const [b2] = pending.filter((r) => r.agent.id === agentB && r.id !== b1.id);
    const partial = await gql(
      sg.url,
      `mutation($id: ID!, $s: [QaScoreInput!]!) { scoreQaReview(id: $id, scores: $s) { id } }`,
      {
        id: b2.id,
        s: [
          { criterionId: scorecard.criteria[0].id, score: 50 },
          { criterionId: scorecard.criteria[1].id, score: 50 },
        ],
      },
      supervisor,
    );
    expect(partial.errors?.[0]).toMatchObject({
      message: 'missing scores for: Timeliness',
      extensions: { code: 'BAD_USER_INPUT', reason: 'QA.SCORES_INCOMPLETE' },
    });
    const own = await score(b2.id, [50, 50, 50], staff(['care-supervisor'], [propertyId], agentB));
    expect(own.errors?.[0].extensions?.reason).toBe('AUTH.FORBIDDEN');

    const scores = await run(
      `query($p: ID!) { qaAgentScores(propertyId: $p, from: "2099-06-01T00:00:00.000Z", to: "2099-07-01T00:00:00.000Z") { agent { id } reviews averageScore lowestScore highestScore } }`,
      { p: propertyId },
      staff(['hr-manager'], [propertyId]),
    );
    expect(scores.qaAgentScores).toHaveLength(2);
    expect(scores.qaAgentScores).toEqual(
      expect.arrayContaining([
        { agent: { id: agentA }, reviews: 2, averageScore: 72.5, lowestScore: 65, highestScore: 80 },
        { agent: { id: agentB }, reviews: 1, averageScore: 60, lowestScore: 60, highestScore: 60 },
      ]),
    );
    const byAgent = await gql(
      sg.url,
      `query($p: ID!) { qaAgentScores(propertyId: $p, from: "2099-06-01T00:00:00Z", to: "2099-07-01T00:00:00Z") { reviews } }`,
      { p: propertyId },
      staff(['care-agent'], [propertyId]),
    );
    expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
