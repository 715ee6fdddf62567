/** SERVICE_UNAVAILABLE: a dependency failed (a subgraph, the database); the request may be retried as it is. */
export const ERROR_CATEGORIES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'SERVICE_UNAVAILABLE'] as const;
/** The GraphQL `extensions.code` a domain error maps to. */
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];
