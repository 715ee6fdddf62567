import { randomUUID } from 'node:crypto';
import { GuestErased, ReservationCheckedOut } from '@hotelops/contracts';
import type { InProcessTransport } from '@hotelops/kernel';
import {
  DIALECTS,
  announceStay,
  deliver,
  eventMessage,
  gqlOk,
  inProcessTransport,
  staff,
  startSubgraph,
  type RunningSubgraph,
} from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

describe.each(DIALECTS)('guest erasure on %s', (dialect) => {
  let sg: RunningSubgraph;
  let transport: InProcessTransport;
  const propertyId = randomUUID();
  const agent = staff(['care-agent'], [propertyId], randomUUID());

  beforeAll(async () => {
    transport = inProcessTransport();
    sg = await startSubgraph(careSubgraph, { dialect, transport });
  });
  afterAll(() => sg?.stop());

  it("drops the erased guest's name, survey comments and review authorship, and nobody else's", async () => {
    const [erased, other] = [randomUUID(), randomUUID()];
    const open = async (reservationId: string, guestName: string) =>
      (await announceStay(transport, { reservationId, propertyId })) &&
      ((
        await gqlOk(
          sg.url,
          `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`,
          { i: { propertyId, kind: 'COMPLAINT', channel: 'PHONE', category: 'noise', subject: 'Noise', reservationId, guestName } },
          agent,
        )
      ).openCase.id as string);
    const mine = await open(erased, 'Wang Lei');
    const theirs = await open(other, 'Chen Yu');
    await deliver(
      transport,
      eventMessage(
        ReservationCheckedOut,
        {
          reservationId: erased,
          propertyId,
          confirmationNumber: 'HZ-1',
          roomTypeId: randomUUID(),
          arrival: '2099-05-01',
          departure: '2099-05-02',
          guestName: 'Wang Lei',
          roomId: randomUUID(),
          roomNumber: '101',
          checkedOutAt: '2099-05-02T03:00:00.000Z',
          folioTotal: { amountMinor: 1000, currency: 'CNY' },
        },
        { subject: erased, propertyId },
      ),
    );
    const survey = (
      await gqlOk(sg.url, `query($p: ID!) { cases(propertyId: $p, kind: SURVEY) { nodes { id reservationId } } }`, { p: propertyId })
    ).cases.nodes.find((s: { reservationId: string }) => s.reservationId === erased).id;
    await gqlOk(
      sg.url,
      `mutation($c: ID!) { answerSurvey(caseId: $c, answer: {npsScore: 3, csatScore: 2, comment: "Wang Lei here, room was loud"}) { id } }`,
      { c: survey },
      agent,
    );
    await gqlOk(
      sg.url,
      `mutation($p: ID!, $r: ID!) { recordOnlineReview(input: {propertyId: $p, source: "ctrip", externalId: "e-1", rating: 2, authorName: "WangLei88", body: "loud", postedAt: "2099-05-03T00:00:00Z", reservationId: $r, linkCaseId: null}) { id } }`,
      { p: propertyId, r: erased },
      agent,
    );

    const erasure = eventMessage(
      GuestErased,
      { guestId: randomUUID(), propertyId, reservationIds: [erased], erasedAt: '2099-06-01T00:00:00.000Z' },
      { subject: erased, propertyId },
    );
    await deliver(transport, erasure, erasure);

    const guestOf = async (id: string) => (await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { guestName } }`, { id })).case.guestName;
    expect(await guestOf(mine)).toBeNull();
    expect(await guestOf(survey)).toBeNull();
    expect(await guestOf(theirs)).toBe('Chen Yu');
    const answer = await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { surveyResponse { npsScore comment } } }`, { id: survey });
    expect(answer.case.surveyResponse).toEqual({ npsScore: 3, comment: null });
    const reviews = await gqlOk(
      sg.url,
      `query($p: ID!) { onlineReviews(propertyId: $p) { nodes { authorName rating } } }`,
      { p: propertyId },
      agent,
    );
    expect(reviews.onlineReviews.nodes).toContainEqual({ authorName: 'erased guest', rating: 2 });
  });
});
