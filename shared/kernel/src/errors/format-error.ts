import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { Logger } from '../observability/logger';
import { DomainError } from './domain-error';
import { isConnectionLoss } from '../db/connection-loss';

/**
 * Maps whatever a resolver threw to what the client sees: domain errors keep their message with
 * `extensions.code` (category) and `extensions.reason` (domain code); validation and auth errors
 * get their standard codes; anything else is logged and masked.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Resolver errors arrive wrapped in a GraphQLError; judge by what was actually thrown.
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (original instanceof DomainError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { ...(original.details ?? {}), code: original.category, reason: original.code },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidation(original.extensions.validationErrors as ValidationIssue[]);
      return {
        ...formatted,
        message: `Invalid input — ${fields.map((f) => `${f.path}: ${f.problems.join(', ')}`).join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', fields: fields.map((f) => f.path) },
      };
    }
    if (original instanceof AuthenticationError) {
      return { ...formatted, message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH.UNAUTHENTICATED' } };
    }
    if (original instanceof AuthorizationError) {
      return { ...formatted, message: 'Not allowed for this caller', extensions: { code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' } };
    }
    if (isConnectionLoss(original)) {
      logger.warn({ err: original, path: formatted.path }, 'database connection lost');
      return {
        ...formatted,
        message: 'The database connection was lost; retry the request',
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE.CONNECTION_LOST', retryable: true },
      };
    }
    const code = formatted.extensions?.code;
    // Errors GraphQL itself raises (parse, validation, variable coercion) are the client's to see.
    if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected resolver error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/** class-validator nests errors of nested inputs (lines[0].quantity); list each leaf with its path. */
function flattenValidation(issues: ValidationIssue[], prefix = ''): { path: string; problems: string[] }[] {
  return issues.flatMap((i) => {
    const path = prefix ? (/^\d+$/.test(i.property) ? `${prefix}[${i.property}]` : `${prefix}.${i.property}`) : i.property;
    const own = i.constraints ? [{ path, problems: Object.values(i.constraints) }] : [];
    return [...own, ...flattenValidation(i.children ?? [], path)];
  });
}
