/** Housekeeping status of a room; occupancy is tracked separately (vacant/occupied). */
export const HOUSEKEEPING_STATUSES = ['DIRTY', 'CLEAN', 'INSPECTED', 'OUT_OF_ORDER'] as const;
export type HousekeepingStatus = (typeof HOUSEKEEPING_STATUSES)[number];

/** A room can take an arriving guest only when vacant and clean or inspected. */
export function isAssignable(room: { occupied: boolean; housekeepingStatus: HousekeepingStatus }): boolean {
  return !room.occupied && (room.housekeepingStatus === 'CLEAN' || room.housekeepingStatus === 'INSPECTED');
}
