import { AuthenticationError, AuthorizationError, type AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';

/**
 * The one authChecker every subgraph uses. `@Authorized()` = any authenticated staff caller;
 * `@Authorized('front-desk', 'scope:reservations:write')` = any of those roles or partner scopes.
 * An anonymous caller is told to authenticate (UNAUTHENTICATED), a known one that lacks the
 * role or scope is refused (FORBIDDEN) — also under a bare @Authorized(), which type-graphql
 * would otherwise report as unauthenticated.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, rules) => {
  if (!context.caller.isAuthenticated) throw new AuthenticationError();
  if (!context.caller.satisfies(rules)) throw new AuthorizationError();
  return true;
};
