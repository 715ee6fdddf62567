import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '@hotelops/kernel/observability';

/** Codes of the gateway's own validation rules (depth, cost, aliases). */
const LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES']);

/** What clients see of an error: client mistakes as they are, internal failures masked (and logged). */
export function gatewayErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; keep the limit's own code.
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const limitCode = original instanceof GraphQLError ? original.extensions.code : undefined;
    if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof limitCode === 'string' && LIMIT_CODES.has(limitCode)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: limitCode } };
    }
    // Failures of the gateway itself or of a subgraph call (unreachable, non-JSON answer …) name
    // internal addresses: log them, and tell the client only that something failed, and where.
    const code = formatted.extensions?.code;
    if (!code || code === 'INTERNAL_SERVER_ERROR' || code === 'DOWNSTREAM_SERVICE_ERROR') {
      logger.error({ error: formatted }, 'gateway error');
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return formatted;
  };
}
