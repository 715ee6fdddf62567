import { Kind, type DocumentNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';

/** Network failures that mean the request never got a subgraph's answer. */
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|UND_ERR_(?:HEADERS_TIMEOUT|BODY_TIMEOUT|CONNECT_TIMEOUT|SOCKET|CLOSED)|socket hang up|network timeout|aborted/i;

/**
 * True when a subgraph call failed because the subgraph is down, unreachable, draining or
 * overloaded (502/503/504) — not because the subgraph answered with an error of its own.
 */
export function isSubgraphUnavailable(err: unknown): boolean {
  const e = err as {
    code?: string;
    errno?: string;
    message?: string;
    type?: string;
    cause?: unknown;
    extensions?: { response?: { status?: number } };
  };
  if (!e || typeof e !== 'object') return false;
  const status = e.extensions?.response?.status;
  if (status === 502 || status === 503 || status === 504) return true;
  if (e.type === 'request-timeout' || e.type === 'system') return true;
  if ([e.code, e.errno, e.message].some((s) => typeof s === 'string' && UNREACHABLE.test(s))) return true;
  // Node's fetch (undici) reports "fetch failed" and keeps the socket error as its cause.
  return e.cause !== undefined && e.cause !== err && isSubgraphUnavailable(e.cause);
}

/** Bounds the answer's size: a page of 100 entities with several fields each stays readable. */
const MAX_ERRORS = 100;

interface FailedFetch {
  subgraph: string;
  document?: DocumentNode;
  variables?: Record<string, unknown>;
}

/**
 * The answer the gateway gives itself for a fetch to a subgraph that is down: no data, and one
 * error per field that fetch would have resolved. Paths are in the subgraph operation's terms
 * (`_entities.<i>.<field>` for an entity fetch, `<field>` for a root fetch); Apollo's gateway
 * maps them onto the client's response (`reservations.nodes.3.fnbOrders`). The fields become
 * null and the rest of the answer stays, since every field another subgraph contributes is
 * nullable.
 */
export function unavailableAnswer({ subgraph, document, variables }: FailedFetch): { errors: GraphQLFormattedError[] } {
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return { errors: [unavailable(subgraph, 'the request')] };
  const rootType = operation.operation === 'mutation' ? 'Mutation' : 'Query';
  const roots = fieldsOf(operation.selectionSet);
  const entities = roots.find((f) => f.name === '_entities');
  const representations = variables?.representations;
  if (!entities || !Array.isArray(representations)) {
    return { errors: roots.map((f) => unavailable(subgraph, `${rootType}.${f.name}`, [f.responseName])) };
  }
  const errors: GraphQLFormattedError[] = [];
  representations.forEach((representation: { __typename?: string }, index) => {
    const typename = representation?.__typename ?? '';
    for (const field of fieldsOf(entities.selectionSet, typename)) {
      if (field.name === '__typename' || errors.length >= MAX_ERRORS) continue;
      errors.push(unavailable(subgraph, `${typename}.${field.name}`, ['_entities', index, field.responseName]));
    }
  });
  return { errors: errors.length ? errors : [unavailable(subgraph, 'the request')] };
}

const unavailable = (subgraph: string, what: string, path?: (string | number)[]): GraphQLFormattedError => ({
  message: `Subgraph ${subgraph} is unavailable: ${what} could not be resolved`,
  ...(path ? { path } : {}),
  extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SUBGRAPH.UNAVAILABLE', subgraph, retryable: true },
});

/** The fields of a selection set, looking into inline fragments on `typename` (or any, without one). */
function fieldsOf(
  set: SelectionSetNode | undefined,
  typename?: string,
): { name: string; responseName: string; selectionSet?: SelectionSetNode }[] {
  if (!set) return [];
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [{ name: s.name.value, responseName: s.alias?.value ?? s.name.value, selectionSet: s.selectionSet }];
    if (s.kind === Kind.INLINE_FRAGMENT && (!typename || !s.typeCondition || s.typeCondition.name.value === typename)) {
      return fieldsOf(s.selectionSet, typename);
    }
    return [];
  });
}
