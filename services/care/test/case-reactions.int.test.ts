import { randomUUID } from 'node:crypto';
import { EmployeeTerminated, ReservationCheckedOut } from '@hotelops/contracts';
import { InboxRow, OutboxRow, type InProcessTransport } from '@hotelops/kernel';
import { DIALECTS, deliver, eventMessage, gqlOk, inProcessTransport, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';
import { CASE_OPENED, careFixture } from './care-fixture';

/** What care does when other services announce a check-out or a leaver. */
describe.each(DIALECTS)('care reacting to stays and staff on %s', (dialect) => {
  let sg: RunningSubgraph;
  let transport: InProcessTransport;

  beforeAll(async () => {
    transport = inProcessTransport();
    sg = await startSubgraph(careSubgraph, { dialect, transport, withoutJobs: true });
  });
  afterAll(() => sg?.stop());
  const { propertyId, agent, opened, assign, start, resolve, fetchCase } = careFixture(() => sg);

  describe('post-stay survey on check-out', () => {
    const checkout = (surveyProperty: string, reservationId: string) =>
      eventMessage(
        ReservationCheckedOut,
        {
          reservationId,
          propertyId: surveyProperty,
          confirmationNumber: 'HZ-7K2M9Q',
          roomTypeId: randomUUID(),
          arrival: '2099-05-01',
          departure: '2099-05-03',
          guestName: 'Zhang Min',
          roomId: randomUUID(),
          roomNumber: '1208',
          checkedOutAt: '2099-05-03T03:10:00.000Z',
          folioTotal: { amountMinor: 136000, currency: 'CNY' },
        },
        { subject: reservationId, propertyId: surveyProperty },
      );
    const surveys = async (surveyProperty: string) =>
      (
        await gqlOk(
          sg.url,
          `query($p: ID!) { cases(propertyId: $p, kind: SURVEY) { nodes { id kind channel severity category subject description status reservationId guestName } } }`,
          { p: surveyProperty },
        )
      ).cases.nodes;

    it('opens one SURVEY case for the stay, announced with the check-out as its cause', async () => {
      const surveyProperty = randomUUID();
      const reservationId = randomUUID();
      const msg = checkout(surveyProperty, reservationId);
      await deliver(transport, msg);
      const found = await surveys(surveyProperty);
      expect(found).toEqual([
        {
          id: expect.any(String),
          kind: 'SURVEY',
          channel: 'EMAIL',
          severity: 'LOW',
          category: 'post-stay-survey',
          subject: 'Post-stay satisfaction survey',
          description: 'Follow up with Zhang Min on their stay HZ-7K2M9Q in room 1208 (2099-05-01 to 2099-05-03).',
          status: 'NEW',
          reservationId,
          guestName: 'Zhang Min',
        },
      ]);
      const rows = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: found[0].id } });
      expect(rows.map((r) => r.type)).toEqual([CASE_OPENED]);
      expect(rows[0].headers).toMatchObject({ ce_causationid: msg.headers.ce_id, ce_correlationid: msg.headers.ce_correlationid });
    });

    it('opens it once when the same event is delivered twice', async () => {
      const surveyProperty = randomUUID();
      const msg = checkout(surveyProperty, randomUUID());
      await deliver(transport, msg, msg);
      expect(await surveys(surveyProperty)).toHaveLength(1);
    });

    it('opens it once even when the inbox no longer remembers the event', async () => {
      const surveyProperty = randomUUID();
      const msg = checkout(surveyProperty, randomUUID());
      await deliver(transport, msg);
      // e.g. an inbox retention job removed the record before a late redelivery
      await sg.app.deps.db.manager.delete(InboxRow, { eventId: msg.headers.ce_id });
      await deliver(transport, msg);
      expect(await surveys(surveyProperty)).toHaveLength(1);
      expect(
        await sg.app.deps.db.manager.countBy(OutboxRow, { type: CASE_OPENED, messageKey: (await surveys(surveyProperty))[0].id }),
      ).toBe(1);
    });
  });

  it("returns a leaver's open cases to the queue, leaving resolved ones and other people's alone", async () => {
    const leaverId = randomUUID();
    const colleagueId = randomUUID();
    const assigned = await opened();
    await assign(assigned.id, leaverId);
    const inProgress = await opened();
    await assign(inProgress.id, leaverId);
    await start(inProgress.id, agent([propertyId], leaverId));
    const resolved = await opened();
    await assign(resolved.id, leaverId);
    await start(resolved.id);
    await resolve(resolved.id);
    const colleagues = await opened();
    await assign(colleagues.id, colleagueId);

    const msg = eventMessage(
      EmployeeTerminated,
      { employeeId: leaverId, propertyId, terminatedOn: '2099-06-30', reason: 'resigned', terminatedAt: '2099-06-30T10:00:00.000Z' },
      { subject: leaverId, propertyId },
    );
    await deliver(transport, msg, msg);

    for (const [c, from] of [
      [assigned, 'ASSIGNED'],
      [inProgress, 'IN_PROGRESS'],
    ] as const) {
      const after = await fetchCase(c.id);
      expect(after).toMatchObject({ status: 'NEW', assigneeId: null });
      expect(after.history.filter((h: { action: string }) => h.action === 'RETURNED')).toEqual([
        {
          action: 'RETURNED',
          fromStatus: from,
          toStatus: 'NEW',
          actorId: null,
          assigneeId: leaverId,
          text: 'returned for reassignment: assignee left',
          visibility: null,
        },
      ]);
    }
    expect(await fetchCase(resolved.id)).toMatchObject({ status: 'RESOLVED', assigneeId: leaverId });
    expect(await fetchCase(colleagues.id)).toMatchObject({ status: 'ASSIGNED', assigneeId: colleagueId });
    const stillTheirs = await gqlOk(sg.url, `query($p: ID!, $a: ID!) { cases(propertyId: $p, assigneeId: $a) { nodes { id } } }`, {
      p: propertyId,
      a: leaverId,
    });
    expect(stillTheirs.cases.nodes).toEqual([{ id: resolved.id }]);
    // back in the queue, the case can be picked up again
    expect((await assign(assigned.id, colleagueId)).assignCase.status).toBe('ASSIGNED');
  });
});
