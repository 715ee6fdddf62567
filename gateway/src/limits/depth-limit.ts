import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';
import { reportAs } from './armor-rejection';

/** Validation rule: refuses operations nested deeper than `max` fields (fragments followed, not counted as levels). */
export function depthLimit(max: number): ValidationRule {
  return maxDepthRule({
    n: max,
    flattenFragments: true,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [reportAs('QUERY_TOO_DEEP', (depth) => `Query depth ${depth} exceeds the limit of ${max}`)],
  });
}
