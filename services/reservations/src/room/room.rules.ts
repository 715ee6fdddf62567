/**
 * The highest nightly price (minor units) a rack rate, a plan's rate or a block rate may have: a
 * stay of the longest length (90 nights) at such prices still fits a 32-bit total.
 */
export const MAX_NIGHTLY_RATE_MINOR = 10_000_000;

/** Housekeeping status of a room; occupancy is tracked separately (vacant/occupied). */
export const HOUSEKEEPING_STATUSES = ['DIRTY', 'CLEAN', 'INSPECTED', 'OUT_OF_ORDER'] as const;
export type HousekeepingStatus = (typeof HOUSEKEEPING_STATUSES)[number];

/**
 * Housekeeping moves a room DIRTY → CLEAN → INSPECTED; a check-out, a stay-over or a failed
 * inspection makes it DIRTY again. OUT_OF_ORDER is a legacy status: outages (with reason and
 * return date) replace it, and such a room goes back through DIRTY.
 */
const HOUSEKEEPING_TRANSITIONS: Record<HousekeepingStatus, readonly HousekeepingStatus[]> = {
  DIRTY: ['CLEAN'],
  CLEAN: ['INSPECTED', 'DIRTY'],
  INSPECTED: ['DIRTY'],
  OUT_OF_ORDER: ['DIRTY'],
};

/** Why a housekeeping status change is not allowed, or null when it is. */
export function housekeepingChangeProblem(from: HousekeepingStatus, to: HousekeepingStatus): string | null {
  if (to === 'OUT_OF_ORDER') return 'take a room out of order with setRoomOutOfOrder (reason and return date)';
  if (HOUSEKEEPING_TRANSITIONS[from].includes(to)) return null;
  return `a ${from} room cannot become ${to} (allowed: ${HOUSEKEEPING_TRANSITIONS[from].join(', ')})`;
}

/** A room can take an arriving guest only when vacant and clean or inspected. */
export function isAssignable(room: { occupied: boolean; housekeepingStatus: HousekeepingStatus }): boolean {
  return !room.occupied && (room.housekeepingStatus === 'CLEAN' || room.housekeepingStatus === 'INSPECTED');
}

/** Out of order: not sellable (repairs). Out of service: not sellable, minor (e.g. deep cleaning). */
export const OUTAGE_KINDS = ['OUT_OF_ORDER', 'OUT_OF_SERVICE'] as const;
export type OutageKind = (typeof OUTAGE_KINDS)[number];
