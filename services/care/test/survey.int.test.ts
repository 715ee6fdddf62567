import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, announceStay, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

class ManualClock {
  private t = Date.parse('2099-01-10T09:00:00.000Z');
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
}

describe.each(DIALECTS)('follow-up surveys, CSAT and NPS on %s', (dialect) => {
  let sg: RunningSubgraph;
  const clock = new ManualClock();
  const propertyId = randomUUID();
  const agentId = randomUUID();
  const agent = staff(['care-agent'], [propertyId], agentId);
  const [housekeeping, frontOffice, restaurant] = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect, clock });
  });
  afterAll(() => sg?.stop());

  const run = (q: string, vars: Record<string, unknown>, identity = agent) => gqlOk(sg.url, q, vars, identity);

  /** Opens a complaint about `departmentId`, works and resolves it; returns it and its follow-up survey. */
  async function resolvedComplaint(departmentId = housekeeping) {
    const reservationId = await announceStay(sg.app.transport, { propertyId });
    const c = (
      await run(`mutation($i: OpenCaseInput!) { openCase(input: $i) { id number } }`, {
        i: {
          propertyId,
          kind: 'COMPLAINT',
          channel: 'PHONE',
          category: 'housekeeping',
          subject: 'Towels not replaced',
          departmentId,
          reservationId,
        },
      })
    ).openCase;
    await run(`mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { id } }`, { id: c.id, e: agentId });
    await run(`mutation($id: ID!) { startCase(id: $id) { id } }`, { id: c.id });
    await run(`mutation($id: ID!) { resolveCase(id: $id, resolution: "Fresh towels brought", rootCause: "staffing") { rootCause } }`, {
      id: c.id,
    });
    return { complaint: c as { id: string; number: string }, survey: await followUpOf(c.id) };
  }
  async function followUpOf(caseId: string) {
    const all = (
      await run(
        `query($p: ID!) { cases(propertyId: $p, kind: SURVEY, first: 100) { nodes { id followUpOf category subject department { id } } } }`,
        { p: propertyId },
      )
    ).cases.nodes as { id: string; followUpOf: string }[];
    return all.filter((s) => s.followUpOf === caseId);
  }
  const answer = (caseId: string, a: Record<string, unknown>) =>
    gql(
      sg.url,
      `mutation($c: ID!, $a: SurveyAnswerInput!) { answerSurvey(caseId: $c, answer: $a) { id npsScore csatScore } }`,
      { c: caseId, a },
      agent,
    );

  it('follows up a resolved complaint with one survey, even when it is reopened and resolved again', async () => {
    const { complaint, survey } = await resolvedComplaint();
    expect(survey).toEqual([
      {
        id: expect.any(String),
        followUpOf: complaint.id,
        category: 'post-resolution-survey',
        subject: 'How did we handle your concern?',
        department: { id: housekeeping },
      },
    ]);
    await run(`mutation($id: ID!) { reopenCase(id: $id, reason: "Towels still missing") { id } }`, { id: complaint.id });
    await run(`mutation($id: ID!) { resolveCase(id: $id, resolution: "Towels delivered by the floor supervisor") { id } }`, {
      id: complaint.id,
    });
    expect(await followUpOf(complaint.id)).toHaveLength(1);
    const resolvedEvents = await sg.app.deps.db.manager.countBy(OutboxRow, {
      messageKey: complaint.id,
      type: 'hotelops.care.case.resolved.v1',
    });
    expect(resolvedEvents).toBe(2);
  });

  it('records an answer once, announces it, and refuses what is not a survey or not a valid answer', async () => {
    const { complaint, survey } = await resolvedComplaint();
    const first = await answer(survey[0].id, {
      npsScore: 9,
      csatScore: 5,
      ratings: [{ departmentId: housekeeping, score: 5 }],
      comment: 'Quick fix',
    });
    expect(first.errors).toBeUndefined();
    const again = await answer(survey[0].id, { npsScore: 0, csatScore: 1 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SURVEY.ALREADY_ANSWERED' });
    const notSurvey = await answer(complaint.id, { npsScore: 9, csatScore: 5 });
    expect(notSurvey.errors?.[0]).toMatchObject({
      message: `Case ${complaint.number} is a COMPLAINT, not a survey`,
      extensions: { code: 'BAD_USER_INPUT', reason: 'SURVEY.NOT_A_SURVEY' },
    });
    const other = (await resolvedComplaint()).survey[0];
    const both = await answer(other.id, {
      npsScore: 9,
      csatScore: 5,
      ratings: [{ departmentId: housekeeping, outletId: restaurant, score: 5 }],
    });
    expect(both.errors?.[0].message).toBe('each rating names exactly one of departmentId or outletId');
    const outOfRange = await answer(other.id, { npsScore: 11, csatScore: 5 });
    expect(outOfRange.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const rows = await sg.app.deps.db.manager.findBy(OutboxRow, { type: 'hotelops.care.survey.answered.v1' });
    expect(rows.map((r) => JSON.parse(r.payload))).toEqual([
      expect.objectContaining({
        caseId: survey[0].id,
        followUpOf: complaint.id,
        npsScore: 9,
        csatScore: 5,
        ratings: [{ departmentId: housekeeping, outletId: null, score: 5 }],
      }),
    ]);
    const shown = await run(`query($id: ID!) { case(id: $id) { surveyResponse { npsScore csatScore comment } } }`, { id: survey[0].id });
    expect(shown.case.surveyResponse).toEqual({ npsScore: 9, csatScore: 5, comment: 'Quick fix' });
  });

  it('gives CSAT and NPS per month, department and outlet that match the figures worked by hand', async () => {
    const property = randomUUID();
    const local = staff(['care-agent'], [property], agentId);
    const surveys: string[] = [];
    for (let i = 0; i < 6; i++) {
      const c = (
        await gqlOk(
          sg.url,
          `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`,
          {
            i: { propertyId: property, kind: 'REQUEST', channel: 'PHONE', category: 'amenities', subject: `Request ${i}` },
          },
          local,
        )
      ).openCase;
      await gqlOk(sg.url, `mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { id } }`, { id: c.id, e: agentId }, local);
      await gqlOk(sg.url, `mutation($id: ID!) { startCase(id: $id) { id } }`, { id: c.id }, local);
      await gqlOk(sg.url, `mutation($id: ID!) { resolveCase(id: $id, resolution: "done") { id } }`, { id: c.id }, local);
      surveys.push(
        (
          await gqlOk(sg.url, `query($p: ID!) { cases(propertyId: $p, kind: SURVEY, first: 100) { nodes { id followUpOf } } }`, {
            p: property,
          })
        ).cases.nodes.find((s: { followUpOf: string }) => s.followUpOf === c.id).id,
      );
    }
    const D1 = housekeeping;
    const D2 = frontOffice;
    const O1 = restaurant;
    const answers: [string, number, number, { departmentId?: string; outletId?: string; score: number }[]][] = [
      [
        '2099-01-05T10:00:00.000Z',
        10,
        5,
        [
          { departmentId: D1, score: 5 },
          { outletId: O1, score: 4 },
        ],
      ],
      ['2099-01-20T10:00:00.000Z', 9, 4, [{ departmentId: D1, score: 3 }]],
      [
        '2099-01-31T23:59:59.000Z',
        6,
        2,
        [
          { departmentId: D2, score: 2 },
          { outletId: O1, score: 1 },
        ],
      ],
      ['2099-02-01T00:00:00.000Z', 8, 4, [{ departmentId: D2, score: 4 }]],
      [
        '2099-02-28T12:00:00.000Z',
        3,
        1,
        [
          { departmentId: D1, score: 1 },
          { departmentId: D2, score: 2 },
        ],
      ],
      ['2099-03-01T00:00:00.000Z', 10, 5, [{ departmentId: D1, score: 5 }]], // outside [Jan 1, Mar 1)
    ];
    for (const [i, [at, npsScore, csatScore, ratings]] of answers.entries()) {
      clock.set(at);
      const r = await gql(
        sg.url,
        `mutation($c: ID!, $a: SurveyAnswerInput!) { answerSurvey(caseId: $c, answer: $a) { id } }`,
        { c: surveys[i], a: { npsScore, csatScore, ratings } },
        local,
      );
      expect(r.errors).toBeUndefined();
    }
    const report = async (by: string) =>
      (
        await gqlOk(
          sg.url,
          `query($p: ID!, $by: SatisfactionGrouping!) { satisfaction(propertyId: $p, by: $by, from: "2099-01-01T00:00:00.000Z", to: "2099-03-01T00:00:00.000Z") { key responses csatPercent nps department { id } outlet { id } } }`,
          { p: property, by },
          staff(['care-supervisor'], [property]),
        )
      ).satisfaction;
    expect(await report('MONTH')).toEqual([
      { key: '2099-01', responses: 3, csatPercent: 66.7, nps: 33.3, department: null, outlet: null },
      { key: '2099-02', responses: 2, csatPercent: 50, nps: -50, department: null, outlet: null },
    ]);
    const byDepartment = await report('DEPARTMENT');
    expect(byDepartment).toHaveLength(2);
    expect(byDepartment).toEqual(
      expect.arrayContaining([
        { key: D1, responses: 3, csatPercent: 33.3, nps: 33.3, department: { id: D1 }, outlet: null },
        { key: D2, responses: 3, csatPercent: 33.3, nps: -66.7, department: { id: D2 }, outlet: null },
      ]),
    );
    expect(await report('OUTLET')).toEqual([{ key: O1, responses: 2, csatPercent: 50, nps: 0, department: null, outlet: { id: O1 } }]);

    const byAgent = await gql(
      sg.url,
      `query($p: ID!) { satisfaction(propertyId: $p, by: MONTH, from: "2099-01-01T00:00:00Z", to: "2099-02-01T00:00:00Z") { key } }`,
      { p: property },
      local,
    );
    expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
