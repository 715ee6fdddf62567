import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import type { ValidationRule } from 'graphql';
import { reportAs } from './armor-rejection';

/** Validation rule: refuses operations with more than `max` aliased fields (the cheap way to multiply work). */
export function aliasLimit(max: number): ValidationRule {
  return maxAliasesRule({
    n: max,
    // every alias counts, __typename too: a thousand aliased __typename is still a thousand fields
    allowList: [],
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [reportAs('TOO_MANY_ALIASES', (aliases) => `The operation uses ${aliases} aliases; the limit is ${max}`)],
  });
}
