import type { Role } from '@hotelops/kernel';

/*
 * Who does what at the care desk, named once for every resolver that checks it.
 */

/** Guest relations staff who work cases. */
export const CARE_STAFF: Role[] = ['care-agent', 'care-supervisor', 'duty-manager'];

/** Who leads the desk: hands cases to others, keeps teams and templates, runs QA, the watchlist and the reports. */
export const CARE_LEADS: Role[] = ['care-supervisor', 'duty-manager'];

/** Roles that deal with guests by name; others see cases and surveys without personal data. */
export const GUEST_DATA_ROLES: Role[] = ['front-desk', 'reservations-agent', ...CARE_STAFF];
