import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

const REVIEW = `id source rating caseId replyText repliedAt repliedBy { id } case { id kind channel category severity subject guestName reservationId }`;

describe.each(DIALECTS)('online reviews on %s', (dialect) => {
  let sg: RunningSubgraph;
  const propertyId = randomUUID();
  const agentId = randomUUID();
  const agent = staff(['care-agent'], [propertyId], agentId);

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect });
  });
  afterAll(() => sg?.stop());

  const record = (input: Record<string, unknown>, identity = agent) =>
    gql(
      sg.url,
      `mutation($i: RecordReviewInput!) { recordOnlineReview(input: $i) { ${REVIEW} } }`,
      { i: { propertyId, source: 'Ctrip', authorName: 'Traveller88', body: '', postedAt: '2099-05-04T12:00:00.000Z', ...input } },
      identity,
    );

  it('opens a complaint for a negative review, once, however often the review is recorded', async () => {
    const stay = randomUUID();
    const input = { externalId: 'ct-1001', rating: 1, body: 'Dirty bathroom and rude staff at check-in.', reservationId: stay };
    const first = await record(input);
    expect(first.errors).toBeUndefined();
    const review = first.data!.recordOnlineReview;
    expect(review).toMatchObject({
      source: 'ctrip',
      rating: 1,
      case: {
        kind: 'COMPLAINT',
        channel: 'REVIEW_SITE',
        category: 'online-review',
        severity: 'HIGH',
        subject: '1-star review on ctrip by Traveller88',
        guestName: 'Traveller88',
        reservationId: stay,
      },
    });
    const again = (await record(input)).data!.recordOnlineReview;
    expect(again.id).toBe(review.id);
    expect(await sg.app.deps.db.manager.countBy(OutboxRow, { type: 'hotelops.care.case.opened.v1', messageKey: review.caseId })).toBe(1);
    const complaints = await gqlOk(sg.url, `query($p: ID!) { cases(propertyId: $p, kind: COMPLAINT) { nodes { id } } }`, { p: propertyId });
    expect(complaints.cases.nodes).toEqual([{ id: review.caseId }]);
  });

  it('links a negative review to an existing case instead, and leaves positive reviews alone', async () => {
    const existing = (
      await gqlOk(
        sg.url,
        `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`,
        { i: { propertyId, kind: 'COMPLAINT', channel: 'PHONE', category: 'noise', subject: 'Noise at night' } },
        agent,
      )
    ).openCase;
    const linked = (await record({ externalId: 'ct-1002', rating: 2, body: 'Noisy', linkCaseId: existing.id })).data!.recordOnlineReview;
    expect(linked).toMatchObject({ caseId: existing.id, case: { id: existing.id } });
    const happy = (await record({ externalId: 'ct-1003', rating: 5, body: 'Lovely lake view' })).data!.recordOnlineReview;
    expect(happy.caseId).toBeNull();
    const later = await gqlOk(
      sg.url,
      `mutation($id: ID!, $c: ID!) { linkOnlineReviewToCase(id: $id, caseId: $c) { caseId } }`,
      { id: happy.id, c: existing.id },
      agent,
    );
    expect(later.linkOnlineReviewToCase.caseId).toBe(existing.id);
    const foreign = await record({ externalId: 'ct-1004', rating: 1, linkCaseId: randomUUID() });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CASE.NOT_FOUND' });
  });

  it('records the public reply with who and when, and lists what still needs one', async () => {
    const r = (await record({ externalId: 'mt-77', source: 'meituan', rating: 2, body: 'Breakfast was cold' })).data!.recordOnlineReview;
    const unreplied = `query($p: ID!) { onlineReviews(propertyId: $p, negativeOnly: true, unrepliedOnly: true, first: 100) { nodes { id } } }`;
    expect((await gqlOk(sg.url, unreplied, { p: propertyId }, agent)).onlineReviews.nodes.map((n: { id: string }) => n.id)).toContain(r.id);
    const replied = await gqlOk(
      sg.url,
      `mutation($id: ID!) { replyToOnlineReview(id: $id, text: "We are sorry; breakfast is now kept warm until 10:30.") { replyText repliedAt repliedBy { id } } }`,
      { id: r.id },
      agent,
    );
    expect(replied.replyToOnlineReview).toMatchObject({
      replyText: 'We are sorry; breakfast is now kept warm until 10:30.',
      repliedBy: { id: agentId },
    });
    expect((await gqlOk(sg.url, unreplied, { p: propertyId }, agent)).onlineReviews.nodes.map((n: { id: string }) => n.id)).not.toContain(
      r.id,
    );
    const bad = await record({ externalId: 'x', rating: 6 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await gql(
      sg.url,
      `mutation($id: ID!) { replyToOnlineReview(id: $id, text: "hi") { id } }`,
      { id: randomUUID() },
      agent,
    );
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'REVIEW.NOT_FOUND' });
  });
});
