/** Staff roles the platform knows; positions map to these (staffing catalogue). */
export const ROLES = [
  'front-desk',
  'reservations-agent',
  'housekeeping',
  'fnb-server',
  'fnb-manager',
  'cashier',
  'storekeeper',
  'store-manager',
  'care-agent',
  'care-supervisor',
  'duty-manager',
  'hr-manager',
  'general-manager',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles allowed everything within their properties. */
export const SUPER_ROLES: readonly Role[] = ['general-manager'];

/** Internal callers (event handlers, jobs, seeding) act as this. */
export const SYSTEM_ROLE = 'system';

/** Scopes a partner API key can hold; resolvers name them as '@Authorized("scope:<name>")'. */
export const PARTNER_SCOPES = ['reservations:read', 'reservations:write', 'ari:read', 'reports:read', 'surveys', 'reviews'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/**
 * Rule meaning "any staff member", for reads partners may also reach through a scope:
 * `@Authorized(STAFF, 'scope:ari:read')`. A bare `@Authorized()` admits staff only.
 */
export const STAFF = 'staff';

/**
 * Rule meaning "any staff caller who is an employee" (the token names one in `sub`): self-service
 * such as clocking in or asking for leave, where the service then checks whose record it is.
 * Staff tokens without an employee are refused, like a role the rule does not name.
 */
export const EMPLOYEE = 'employee';
