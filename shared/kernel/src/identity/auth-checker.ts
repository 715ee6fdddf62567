import { AuthenticationError, type AuthChecker } from 'type-graphql';
import type { RequestContext } from '../graphql/context';

/**
 * The one authChecker every subgraph uses. `@Authorized()` = any authenticated caller;
 * `@Authorized('front-desk', 'scope:reservations:write')` = any of those roles or partner scopes.
 * An anonymous caller is told to authenticate (UNAUTHENTICATED), a known one that lacks the
 * role is refused (FORBIDDEN).
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, rules) => {
  if (!context.caller.isAuthenticated) throw new AuthenticationError();
  return context.caller.satisfies(rules);
};
