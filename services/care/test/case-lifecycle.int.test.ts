import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, announceStay, countQueries, gqlOk, inProcessTransport, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph, seedDemo, type CareDemoInput } from '@hotelops/care';
import { CASE_OPENED, careFixture } from './care-fixture';

describe.each(DIALECTS)('care case lifecycle, listing and demo seed on %s', (dialect) => {
  let sg: RunningSubgraph;

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect, transport: inProcessTransport(), withoutJobs: true });
  });
  afterAll(() => sg?.stop());
  const { propertyId, agentId, supervisorId, agent, supervisor, openCase, opened, act, assign, start, resolve, fetchCase } = careFixture(
    () => sg,
  );

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

  // The listing tests read the cases the tests above left at the property (a closed one among them).
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
