import { randomUUID } from 'node:crypto';
import { EmployeeTerminated, ReservationCheckedOut } from '@hotelops/contracts';
import { InboxRow, OutboxRow, type InProcessTransport } from '@hotelops/kernel';
import {
  DIALECTS,
  anonymous,
  countQueries,
  deliver,
  eventMessage,
  gql,
  gqlOk,
  inProcessTransport,
  staff,
  announceStay,
  startSubgraph,
  type RunningSubgraph,
} from '@hotelops/testing';
import { careSubgraph, seedDemo, type CareDemoInput } from '@hotelops/care';

const CASE_OPENED = 'hotelops.care.case.opened.v1';

const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id number status kind reservationId } }`;
const CASE = `query($id: ID!) {
  case(id: $id) {
    id status assigneeId resolution reopenCount firstResponseAt resolvedAt closedAt
    history { action fromStatus toStatus actorId assigneeId text visibility }
  }
}`;

describe.each(DIALECTS)('care subgraph on %s', (dialect) => {
  let sg: RunningSubgraph;
  let transport: InProcessTransport;
  const propertyId = randomUUID();
  const agentId = randomUUID();
  const supervisorId = randomUUID();
  const agent = (propertyIds: string[] = [propertyId], id = agentId) => staff(['care-agent'], propertyIds, id);
  const supervisor = (propertyIds: string[] = [propertyId]) => staff(['care-supervisor'], propertyIds, supervisorId);

  beforeAll(async () => {
    transport = inProcessTransport();
    sg = await startSubgraph(careSubgraph, { dialect, transport, withoutJobs: true });
  });
  afterAll(() => sg?.stop());

  const openCase = async (input: Record<string, unknown> = {}, identity = agent()) => {
    const full = {
      propertyId,
      kind: 'COMPLAINT',
      channel: 'PHONE',
      category: 'noise',
      severity: 'HIGH',
      subject: 'Noise from room 1209',
      ...input,
    };
    // The stay a case points at is one reservations announced (care refuses unknown stays).
    if (typeof full.reservationId === 'string')
      await announceStay(sg.app.transport, { reservationId: full.reservationId, propertyId: full.propertyId as string });
    return gql(sg.url, OPEN, { input: full }, identity);
  };
  const opened = async (input: Record<string, unknown> = {}, identity = agent()) => {
    const r = await openCase(input, identity);
    expect(r.errors).toBeUndefined();
    return r.data!.openCase as { id: string; number: string; status: string; kind: string; reservationId: string | null };
  };
  const act = (mutation: string, vars: Record<string, unknown>, identity = agent()) => gql(sg.url, mutation, vars, identity);
  const assign = (id: string, employeeId: string, identity = supervisor()) =>
    gqlOk(sg.url, `mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { status } }`, { id, e: employeeId }, identity);
  const start = (id: string, identity = agent()) => gqlOk(sg.url, `mutation($id: ID!) { startCase(id: $id) { status } }`, { id }, identity);
  const resolve = (id: string, resolution = 'Moved the guest to a quiet room', identity = agent()) =>
    gqlOk(sg.url, `mutation($id: ID!, $r: String!) { resolveCase(id: $id, resolution: $r) { status } }`, { id, r: resolution }, identity);
  const fetchCase = async (id: string) => (await gqlOk(sg.url, CASE, { id })).case;

  it('works a complaint from NEW to CLOSED, keeping who did what in the history', async () => {
    const c = await opened({ guestName: 'Li Wei', description: 'Music from the room above after midnight' });
    expect(c.status).toBe('NEW');
    expect(c.number).toMatch(/^C-\d{6}$/);

    expect((await assign(c.id, agentId, agent())).assignCase.status).toBe('ASSIGNED');
    expect((await start(c.id)).startCase.status).toBe('IN_PROGRESS');
    await gqlOk(
      sg.url,
      `mutation($id: ID!) { addCaseNote(caseId: $id, body: "Security is on the way", visibility: INTERNAL) { action } }`,
      { id: c.id },
      agent(),
    );
    const reply = await gqlOk(
      sg.url,
      `mutation($id: ID!) { addCaseNote(caseId: $id, body: "We are sorry; a quiet room is ready for you", visibility: GUEST_REPLY) { action visibility actorId } }`,
      { id: c.id },
      agent(),
    );
    expect(reply.addCaseNote).toEqual({ action: 'NOTE', visibility: 'GUEST_REPLY', actorId: agentId });
    expect((await resolve(c.id)).resolveCase.status).toBe('RESOLVED');
    const reopened = await gqlOk(
      sg.url,
      `mutation($id: ID!) { reopenCase(id: $id, reason: "Guest says the new room is noisy too") { status resolution reopenCount } }`,
      { id: c.id },
      supervisor(),
    );
    expect(reopened.reopenCase).toEqual({ status: 'IN_PROGRESS', resolution: null, reopenCount: 1 });
    await resolve(c.id, 'Upgraded to a suite on the quiet side; guest satisfied');
    const closed = await gqlOk(sg.url, `mutation($id: ID!) { closeCase(id: $id) { status } }`, { id: c.id }, supervisor());
    expect(closed.closeCase.status).toBe('CLOSED');

    const final = await fetchCase(c.id);
    expect(final).toMatchObject({
      status: 'CLOSED',
      assigneeId: agentId,
      resolution: 'Upgraded to a suite on the quiet side; guest satisfied',
      reopenCount: 1,
    });
    expect(final.firstResponseAt).not.toBeNull();
    expect(final.closedAt).not.toBeNull();
    expect(final.history).toEqual([
      { action: 'OPENED', fromStatus: null, toStatus: 'NEW', actorId: agentId, assigneeId: null, text: null, visibility: null },
      { action: 'ASSIGNED', fromStatus: 'NEW', toStatus: 'ASSIGNED', actorId: agentId, assigneeId: agentId, text: null, visibility: null },
      {
        action: 'STARTED',
        fromStatus: 'ASSIGNED',
        toStatus: 'IN_PROGRESS',
        actorId: agentId,
        assigneeId: null,
        text: null,
        visibility: null,
      },
      {
        action: 'NOTE',
        fromStatus: null,
        toStatus: null,
        actorId: agentId,
        assigneeId: null,
        text: 'Security is on the way',
        visibility: 'INTERNAL',
      },
      {
        action: 'NOTE',
        fromStatus: null,
        toStatus: null,
        actorId: agentId,
        assigneeId: null,
        text: 'We are sorry; a quiet room is ready for you',
        visibility: 'GUEST_REPLY',
      },
      {
        action: 'RESOLVED',
        fromStatus: 'IN_PROGRESS',
        toStatus: 'RESOLVED',
        actorId: agentId,
        assigneeId: null,
        text: 'Moved the guest to a quiet room',
        visibility: null,
      },
      {
        action: 'REOPENED',
        fromStatus: 'RESOLVED',
        toStatus: 'IN_PROGRESS',
        actorId: supervisorId,
        assigneeId: null,
        text: 'Guest says the new room is noisy too',
        visibility: null,
      },
      {
        action: 'RESOLVED',
        fromStatus: 'IN_PROGRESS',
        toStatus: 'RESOLVED',
        actorId: agentId,
        assigneeId: null,
        text: 'Upgraded to a suite on the quiet side; guest satisfied',
        visibility: null,
      },
      {
        action: 'CLOSED',
        fromStatus: 'RESOLVED',
        toStatus: 'CLOSED',
        actorId: supervisorId,
        assigneeId: null,
        text: null,
        visibility: null,
      },
    ]);
  });

  it('writes CaseOpened to the outbox in the same change', async () => {
    const reservationId = randomUUID();
    const c = await opened({
      kind: 'INQUIRY',
      channel: 'EMAIL',
      category: 'billing',
      subject: 'Minibar charge on the folio',
      reservationId,
    });
    const rows = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: c.id } });
    expect(rows.map((r) => r.type)).toEqual([CASE_OPENED]);
    expect(JSON.parse(rows[0].payload)).toMatchObject({
      caseId: c.id,
      propertyId,
      kind: 'INQUIRY',
      subject: 'Minibar charge on the folio',
      reservationId,
    });
    expect(rows[0].headers).toMatchObject({ ce_type: CASE_OPENED, ce_subject: c.id, ce_propertyid: propertyId });
  });

  it('numbers cases in sequence per property', async () => {
    const a = await opened();
    const b = await opened();
    expect(Number(b.number.slice(2))).toBe(Number(a.number.slice(2)) + 1);
    const otherProperty = randomUUID();
    const first = await opened({ propertyId: otherProperty }, agent([otherProperty]));
    expect(first.number).toBe('C-000001');
  });

  it('gives concurrent openings distinct numbers and lets only one of two racing changes through', async () => {
    const numbers = (await Promise.all(Array.from({ length: 6 }, () => opened()))).map((c) => c.number);
    expect(new Set(numbers).size).toBe(6);

    const c = await opened();
    await assign(c.id, agentId);
    const results = await Promise.all([1, 2].map(() => act(`mutation($id: ID!) { startCase(id: $id) { status } }`, { id: c.id })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({
      reason: 'CASE.INVALID_TRANSITION',
      status: 'IN_PROGRESS',
    });
    expect((await fetchCase(c.id)).history.map((h: { action: string }) => h.action)).toEqual(['OPENED', 'ASSIGNED', 'STARTED']);
  });

  it('refuses an invalid transition, naming the current status, and changes nothing', async () => {
    const c = await opened();
    const r = await act(`mutation($id: ID!) { closeCase(id: $id) { status } }`, { id: c.id });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE.INVALID_TRANSITION', status: 'NEW' });
    expect(r.errors?.[0].message).toBe(`Case ${c.number}: cannot close a case that is NEW (allowed when RESOLVED)`);
    const started = await act(`mutation($id: ID!) { startCase(id: $id) { status } }`, { id: c.id });
    expect(started.errors?.[0].message).toMatch(/cannot start a case that is NEW/);
    const after = await fetchCase(c.id);
    expect(after.status).toBe('NEW');
    expect(after.history).toHaveLength(1);
  });

  it('names bad input', async () => {
    const blank = await openCase({ subject: '' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', fields: ['subject'] });
    const spaces = await openCase({ category: '   ' });
    expect(spaces.errors?.[0]).toMatchObject({
      message: 'category must not be empty',
      extensions: { code: 'BAD_USER_INPUT', field: 'category' },
    });
    const c = await opened();
    await assign(c.id, agentId);
    await start(c.id);
    const r = await act(`mutation($id: ID!) { resolveCase(id: $id, resolution: "   ") { status } }`, { id: c.id });
    expect(r.errors?.[0].message).toBe('resolution must not be empty');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', field: 'resolution' });
    const missing = await act(`mutation($id: ID!) { startCase(id: $id) { status } }`, { id: randomUUID() });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CASE.NOT_FOUND' });
  });

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

  describe('authorization and property scoping', () => {
    const otherProperty = randomUUID();
    let caseId: string;
    beforeAll(async () => {
      caseId = (await opened({ reservationId: randomUUID() })).id;
    });

    it('requires a care role to change cases', async () => {
      const housekeeper = await openCase({}, staff(['housekeeping'], [propertyId]));
      expect(housekeeper.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
      const frontDesk = await act(
        `mutation($id: ID!) { startCase(id: $id) { status } }`,
        { id: caseId },
        staff(['front-desk'], [propertyId]),
      );
      expect(frontDesk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const nobody = await gql(sg.url, `query($p: ID!) { cases(propertyId: $p) { nodes { id } } }`, { p: propertyId }, anonymous());
      expect(nobody.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('lets a care agent assign only themselves; supervisors and duty managers assign anyone', async () => {
      const someoneElse = randomUUID();
      const r = await act(`mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { status } }`, { id: caseId, e: someoneElse });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
      expect((await fetchCase(caseId)).status).toBe('NEW');
      await assign(caseId, someoneElse, staff(['duty-manager'], [propertyId], randomUUID()));
      expect((await fetchCase(caseId)).assigneeId).toBe(someoneElse);
    });

    it('shows the guest name only to roles that deal with guests', async () => {
      const c = await opened({ guestName: 'Sun Li' });
      const q = `query($id: ID!) { case(id: $id) { subject guestName } }`;
      expect((await gqlOk(sg.url, q, { id: c.id }, agent())).case).toEqual({ subject: 'Noise from room 1209', guestName: 'Sun Li' });
      const housekeeper = await gql(sg.url, q, { id: c.id }, staff(['housekeeping'], [propertyId]));
      expect(housekeeper.errors?.[0]).toMatchObject({ path: ['case', 'guestName'], extensions: { code: 'FORBIDDEN' } });
    });

    it("keeps other properties' staff out of this property's cases", async () => {
      const outsider = agent([otherProperty]);
      const opening = await openCase({}, outsider);
      expect(opening.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN', propertyId });
      const reading = await gql(sg.url, CASE, { id: caseId }, outsider);
      expect(reading.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
      const listing = await gql(sg.url, `query($p: ID!) { cases(propertyId: $p) { nodes { id } } }`, { p: propertyId }, outsider);
      expect(listing.errors?.[0].extensions?.reason).toBe('AUTH.PROPERTY_FORBIDDEN');
      const noting = await act(`mutation($id: ID!) { addCaseNote(caseId: $id, body: "peek") { id } }`, { id: caseId }, outsider);
      expect(noting.errors?.[0].extensions?.reason).toBe('AUTH.PROPERTY_FORBIDDEN');
      const entities = await gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id } } }`,
        { r: [{ __typename: 'Case', id: caseId }] },
        outsider,
      );
      expect(entities._entities).toEqual([null]);
      const { reservationId } = (await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { reservationId } }`, { id: caseId })).case;
      const viaStay = await gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id cases { id } } } }`,
        { r: [{ __typename: 'Reservation', id: reservationId }] },
        outsider,
      );
      expect(viaStay._entities).toEqual([{ id: reservationId, cases: [] }]);
    });
  });

  it('resolves any number of Case references with one query', async () => {
    const list = await gqlOk(sg.url, `query($p: ID!) { cases(propertyId: $p, first: 100) { nodes { id } } }`, { p: propertyId });
    const ids: string[] = list.cases.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const { result, queries } = await countQueries(sg.app, () =>
      gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id number status reservation { id } assignee { id } } } }`,
        {
          r: ids.map((id) => ({ __typename: 'Case', id })),
        },
      ),
    );
    expect(result._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(queries).toBe(1);
  });

  it('answers Reservation.cases for many stays with a bounded number of queries', async () => {
    const [stayA, stayB, stayC] = [randomUUID(), randomUUID(), randomUUID()];
    const a1 = await opened({ reservationId: stayA, subject: 'Late room-service order' });
    const a2 = await opened({ reservationId: stayA, kind: 'REQUEST', subject: 'Extra towels' });
    const b1 = await opened({ reservationId: stayB, kind: 'INQUIRY', subject: 'Lost phone charger' });
    await assign(b1.id, agentId);
    const { result, queries } = await countQueries(sg.app, () =>
      gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id cases { id reservation { id } history { action } } } } }`,
        { r: [stayA, stayB, stayC].map((id) => ({ __typename: 'Reservation', id })) },
      ),
    );
    // one query for the cases of all stays, one for the histories of all those cases
    expect(queries).toBe(2);
    expect(result._entities).toEqual([
      {
        id: stayA,
        cases: [
          { id: a1.id, reservation: { id: stayA }, history: [{ action: 'OPENED' }] },
          { id: a2.id, reservation: { id: stayA }, history: [{ action: 'OPENED' }] },
        ],
      },
      { id: stayB, cases: [{ id: b1.id, reservation: { id: stayB }, history: [{ action: 'OPENED' }, { action: 'ASSIGNED' }] }] },
      { id: stayC, cases: [] },
    ]);
  });

  it('paginates with cursors and filters by status', async () => {
    const first = await gqlOk(
      sg.url,
      `query($p: ID!) { cases(propertyId: $p, first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { p: propertyId },
    );
    expect(first.cases.nodes).toHaveLength(2);
    expect(first.cases.pageInfo.hasNextPage).toBe(true);
    const next = await gqlOk(sg.url, `query($p: ID!, $a: String) { cases(propertyId: $p, first: 2, after: $a) { nodes { id } } }`, {
      p: propertyId,
      a: first.cases.pageInfo.endCursor,
    });
    expect(next.cases.nodes.map((n: { id: string }) => n.id)).not.toContain(first.cases.nodes[1].id);
    const closed = await gqlOk(sg.url, `query($p: ID!) { cases(propertyId: $p, status: CLOSED) { nodes { status } } }`, { p: propertyId });
    expect(closed.cases.nodes.length).toBeGreaterThanOrEqual(1);
    expect(new Set(closed.cases.nodes.map((n: { status: string }) => n.status))).toEqual(new Set(['CLOSED']));
  });

  it('seeds demo cases once per property', async () => {
    const demoProperty = randomUUID();
    const input: CareDemoInput = {
      propertyId: demoProperty,
      reservationIds: [randomUUID(), randomUUID(), randomUUID(), randomUUID()],
      employeeIds: [randomUUID(), randomUUID()],
    };
    const announced = () => sg.app.deps.db.manager.countBy(OutboxRow, { type: CASE_OPENED });
    const before = await announced();
    for (const reservationId of input.reservationIds) await announceStay(sg.app.transport, { reservationId, propertyId: demoProperty });
    await seedDemo(sg.app.deps, input);
    const list = async () =>
      (
        await gqlOk(sg.url, `query($p: ID!) { cases(propertyId: $p, first: 100) { nodes { kind status reservationId assigneeId } } }`, {
          p: demoProperty,
        })
      ).cases.nodes as {
        kind: string;
        status: string;
        reservationId: string | null;
        assigneeId: string | null;
      }[];
    const all = await list();
    // resolved complaints and requests are followed up with a survey
    const followUps = all.filter((c) => c.kind === 'SURVEY');
    const seeded = all.filter((c) => c.kind !== 'SURVEY');
    expect(seeded).toHaveLength(8);
    expect(followUps).toHaveLength(
      seeded.filter((c) => ['COMPLAINT', 'REQUEST'].includes(c.kind) && ['RESOLVED', 'CLOSED'].includes(c.status)).length,
    );
    expect(new Set(seeded.map((c) => c.kind))).toEqual(new Set(['COMPLAINT', 'INQUIRY', 'REQUEST', 'FEEDBACK']));
    expect(seeded.filter((c) => c.status === 'RESOLVED' || c.status === 'CLOSED').length).toBeGreaterThanOrEqual(2);
    expect(seeded.filter((c) => c.reservationId).every((c) => input.reservationIds.includes(c.reservationId!))).toBe(true);
    expect(seeded.filter((c) => c.assigneeId).every((c) => input.employeeIds.includes(c.assigneeId!))).toBe(true);
    expect(seeded.some((c) => c.status === 'NEW' && c.assigneeId === null)).toBe(true);
    expect((await announced()) - before).toBe(all.length);

    await seedDemo(sg.app.deps, input);
    expect(await list()).toHaveLength(all.length);
    expect((await announced()) - before).toBe(all.length);
  });
});
