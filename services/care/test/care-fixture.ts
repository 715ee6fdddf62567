import { randomUUID } from 'node:crypto';
import { announceStay, gql, gqlOk, staff, type RunningSubgraph } from '@hotelops/testing';

export const CASE_OPENED = 'hotelops.care.case.opened.v1';

const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id number status kind reservationId } }`;
export const CASE = `query($id: ID!) {
  case(id: $id) {
    id status assigneeId resolution reopenCount firstResponseAt resolvedAt closedAt
    history { action fromStatus toStatus actorId assigneeId text visibility }
  }
}`;

/**
 * A property with a care agent and a supervisor, and the calls the case tests make through
 * GraphQL; each acts as the agent unless told otherwise (assigning as the supervisor).
 */
export function careFixture(sg: () => RunningSubgraph) {
  const propertyId = randomUUID();
  const agentId = randomUUID();
  const supervisorId = randomUUID();
  const agent = (propertyIds: string[] = [propertyId], id = agentId) => staff(['care-agent'], propertyIds, id);
  const supervisor = (propertyIds: string[] = [propertyId]) => staff(['care-supervisor'], propertyIds, supervisorId);

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
      await announceStay(sg().app.transport, { reservationId: full.reservationId, propertyId: full.propertyId as string });
    return gql(sg().url, OPEN, { input: full }, identity);
  };
  const opened = async (input: Record<string, unknown> = {}, identity = agent()) => {
    const r = await openCase(input, identity);
    expect(r.errors).toBeUndefined();
    return r.data!.openCase as { id: string; number: string; status: string; kind: string; reservationId: string | null };
  };
  const act = (mutation: string, vars: Record<string, unknown>, identity = agent()) => gql(sg().url, mutation, vars, identity);
  const assign = (id: string, employeeId: string, identity = supervisor()) =>
    gqlOk(sg().url, `mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { status } }`, { id, e: employeeId }, identity);
  const start = (id: string, identity = agent()) =>
    gqlOk(sg().url, `mutation($id: ID!) { startCase(id: $id) { status } }`, { id }, identity);
  const resolve = (id: string, resolution = 'Moved the guest to a quiet room', identity = agent()) =>
    gqlOk(sg().url, `mutation($id: ID!, $r: String!) { resolveCase(id: $id, resolution: $r) { status } }`, { id, r: resolution }, identity);
  const fetchCase = async (id: string) => (await gqlOk(sg().url, CASE, { id })).case;

  return { propertyId, agentId, supervisorId, agent, supervisor, openCase, opened, act, assign, start, resolve, fetchCase };
}
