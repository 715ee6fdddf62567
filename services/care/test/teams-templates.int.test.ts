import { randomUUID } from 'node:crypto';
import { EmployeeTerminated } from '@hotelops/contracts';
import type { InProcessTransport } from '@hotelops/kernel';
import {
  DIALECTS,
  deliver,
  eventMessage,
  gql,
  gqlOk,
  inProcessTransport,
  staff,
  startSubgraph,
  type RunningSubgraph,
} from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

describe.each(DIALECTS)('care teams and reply templates on %s', (dialect) => {
  let sg: RunningSubgraph;
  let transport: InProcessTransport;
  const propertyId = randomUUID();
  const agentId = randomUUID();
  const agent = staff(['care-agent'], [propertyId], agentId);
  const supervisor = staff(['care-supervisor'], [propertyId], randomUUID());

  beforeAll(async () => {
    transport = inProcessTransport();
    sg = await startSubgraph(careSubgraph, { dialect, transport });
  });
  afterAll(() => sg?.stop());

  const openCase = async (input: Record<string, unknown> = {}) =>
    (
      await gqlOk(
        sg.url,
        `mutation($i: OpenCaseInput!) { openCase(input: $i) { id number } }`,
        { i: { propertyId, kind: 'COMPLAINT', channel: 'PHONE', category: 'noise', subject: 'Noisy corridor', ...input } },
        agent,
      )
    ).openCase as { id: string; number: string };

  it('routes cases to a team queue and lets members pick them up; a leaver drops out of the team', async () => {
    const team = (
      await gqlOk(
        sg.url,
        `mutation($p: ID!) { createCareTeam(propertyId: $p, name: "Guest relations") { id name } }`,
        { p: propertyId },
        supervisor,
      )
    ).createCareTeam;
    const dup = await gql(
      sg.url,
      `mutation($p: ID!) { createCareTeam(propertyId: $p, name: "Guest relations") { id } }`,
      { p: propertyId },
      supervisor,
    );
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CARE_TEAM.NAME_TAKEN' });
    const byAgent = await gql(
      sg.url,
      `mutation($p: ID!) { createCareTeam(propertyId: $p, name: "Mine") { id } }`,
      { p: propertyId },
      agent,
    );
    expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const leaverId = randomUUID();
    for (const e of [agentId, leaverId, agentId])
      await gqlOk(
        sg.url,
        `mutation($t: ID!, $e: ID!) { addCareTeamMember(teamId: $t, employeeId: $e) { id } }`,
        { t: team.id, e },
        supervisor,
      );
    const teams = `query($p: ID!) { careTeams(propertyId: $p) { name members { id } } }`;
    expect((await gqlOk(sg.url, teams, { p: propertyId })).careTeams).toEqual([
      { name: 'Guest relations', members: [{ id: agentId }, { id: leaverId }] },
    ]);

    const c = await openCase();
    const routed = await gqlOk(
      sg.url,
      `mutation($c: ID!, $t: ID!) { routeCaseToTeam(caseId: $c, teamId: $t) { teamId status team { name } } }`,
      { c: c.id, t: team.id },
      agent,
    );
    expect(routed.routeCaseToTeam).toEqual({ teamId: team.id, status: 'NEW', team: { name: 'Guest relations' } });
    const queue = await gqlOk(sg.url, `query($p: ID!, $t: ID!) { cases(propertyId: $p, teamId: $t) { nodes { id } } }`, {
      p: propertyId,
      t: team.id,
    });
    expect(queue.cases.nodes).toEqual([{ id: c.id }]);
    await gqlOk(sg.url, `mutation($c: ID!, $e: ID!) { assignCase(id: $c, employeeId: $e) { id } }`, { c: c.id, e: agentId }, agent);
    const history = (await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { history { action text } } }`, { id: c.id })).case.history;
    expect(history.map((h: { action: string; text: string | null }) => [h.action, h.text])).toEqual([
      ['OPENED', null],
      ['ROUTED', 'team: Guest relations'],
      ['ASSIGNED', null],
    ]);

    const otherProperty = randomUUID();
    const foreign = (
      await gqlOk(sg.url, `mutation($p: ID!) { createCareTeam(propertyId: $p, name: "Elsewhere") { id } }`, { p: otherProperty })
    ).createCareTeam;
    const wrong = await gql(sg.url, `mutation($c: ID!, $t: ID!) { routeCaseToTeam(caseId: $c, teamId: $t) { id } }`, {
      c: c.id,
      t: foreign.id,
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CARE_TEAM.NOT_FOUND' });

    const leaving = eventMessage(
      EmployeeTerminated,
      { employeeId: leaverId, propertyId, terminatedOn: '2099-06-30', reason: null, terminatedAt: '2099-06-30T10:00:00.000Z' },
      { subject: leaverId, propertyId },
    );
    await deliver(transport, leaving);
    expect((await gqlOk(sg.url, teams, { p: propertyId })).careTeams[0].members).toEqual([{ id: agentId }]);
  });

  it('offers reply templates per category and sends one filled in for the case as a guest reply', async () => {
    const create = `mutation($p: ID!, $i: ReplyTemplateInput!) { createReplyTemplate(propertyId: $p, input: $i) { id category title } }`;
    const noise = (
      await gqlOk(
        sg.url,
        create,
        {
          p: propertyId,
          i: {
            category: 'noise',
            title: 'Quiet room offered',
            body: 'Dear {guestName}, about {caseNumber} ({subject}): a quieter room is ready for you.',
          },
        },
        supervisor,
      )
    ).createReplyTemplate;
    const generic = (
      await gqlOk(
        sg.url,
        create,
        { p: propertyId, i: { category: '*', title: 'Acknowledgement', body: 'Thank you, {guestName}. We are looking into it.' } },
        supervisor,
      )
    ).createReplyTemplate;
    await gqlOk(
      sg.url,
      create,
      { p: propertyId, i: { category: 'billing', title: 'Folio checked', body: 'We checked your folio.' } },
      supervisor,
    );
    const typo = await gql(
      sg.url,
      create,
      { p: propertyId, i: { category: 'noise', title: 'Bad', body: 'Dear {guest_name}' } },
      supervisor,
    );
    expect(typo.errors?.[0]).toMatchObject({
      message: 'Unknown placeholder {guest_name}; known: {guestName}, {caseNumber}, {subject}',
      extensions: { code: 'BAD_USER_INPUT', reason: 'REPLY_TEMPLATE.UNKNOWN_PLACEHOLDER' },
    });

    const offered = await gqlOk(
      sg.url,
      `query($p: ID!) { replyTemplates(propertyId: $p, category: "noise") { title } }`,
      { p: propertyId },
      agent,
    );
    expect(offered.replyTemplates).toEqual([{ title: 'Quiet room offered' }, { title: 'Acknowledgement' }]);

    const c = await openCase({ guestName: 'Wang Fang' });
    const reply = await gqlOk(
      sg.url,
      `mutation($c: ID!, $t: ID!) { replyWithTemplate(caseId: $c, templateId: $t) { action visibility text } }`,
      { c: c.id, t: noise.id },
      agent,
    );
    expect(reply.replyWithTemplate).toEqual({
      action: 'NOTE',
      visibility: 'GUEST_REPLY',
      text: `Dear Wang Fang, about ${c.number} (Noisy corridor): a quieter room is ready for you.`,
    });
    expect(
      (await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { firstResponseAt } }`, { id: c.id })).case.firstResponseAt,
    ).not.toBeNull();

    await gqlOk(sg.url, `mutation($id: ID!) { archiveReplyTemplate(id: $id) { archived } }`, { id: generic.id }, supervisor);
    const after = await gqlOk(
      sg.url,
      `query($p: ID!) { replyTemplates(propertyId: $p, category: "noise") { title } }`,
      { p: propertyId },
      agent,
    );
    expect(after.replyTemplates).toEqual([{ title: 'Quiet room offered' }]);
    const archived = await gql(
      sg.url,
      `mutation($c: ID!, $t: ID!) { replyWithTemplate(caseId: $c, templateId: $t) { id } }`,
      { c: c.id, t: generic.id },
      agent,
    );
    expect(archived.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'REPLY_TEMPLATE.NOT_FOUND' });
  });
});
