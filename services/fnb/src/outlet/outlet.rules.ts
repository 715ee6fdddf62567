/*
 * Pure outlet rules: the outlet vocabulary. No I/O, no frameworks.
 */

export const OUTLET_KINDS = ['RESTAURANT', 'BAR', 'ROOM_SERVICE', 'BANQUET'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];
