export const ERROR_CATEGORIES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED'] as const;
/** The GraphQL `extensions.code` a domain error maps to. */
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];
