import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../graphql/context';

/**
 * The one authChecker every subgraph uses. `@Authorized()` = any authenticated caller;
 * `@Authorized('front-desk', 'scope:reservations:write')` = any of those roles or partner scopes.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, rules) => context.caller.satisfies(rules);
