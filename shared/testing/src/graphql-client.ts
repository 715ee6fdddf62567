import type { IdentityClaims } from '@hotelops/kernel';
import { manager, signedHeaders } from './identities';

export interface GraphQLResponse<D = Record<string, any>> {
  status: number;
  data?: D;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

/** POSTs a GraphQL operation to a subgraph with a signed identity (default: a general manager). */
export async function gql<D = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  identity: IdentityClaims | null = manager(),
  extraHeaders: Record<string, string> = {},
): Promise<GraphQLResponse<D>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(identity ? signedHeaders(identity) : {}), ...extraHeaders },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<D>, 'status'>;
  return { status: res.status, ...body };
}

/** Like gql but throws when the response has errors; returns data. */
export async function gqlOk<D = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  identity: IdentityClaims | null = manager(),
): Promise<D> {
  const r = await gql<D>(url, query, variables, identity);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
