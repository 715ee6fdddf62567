/**
 * STORE: a stock room (e.g. the main store 总仓); DEPARTMENT: a department's own room (the
 * housekeeping linen room); OUTLET: the stock held at an F&B outlet; BIN: a shelf or slot (货位)
 * inside another location.
 */
export const LOCATION_KINDS = ['STORE', 'DEPARTMENT', 'OUTLET', 'BIN'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export interface PlacementInput {
  kind: LocationKind;
  outletId: string | null;
  parent: { kind: LocationKind; outletId: string | null } | null;
}

export type Placement = { ok: true; outletId: string | null } | { ok: false; field: 'parentId' | 'outletId'; message: string };

/**
 * Where a location sits. A bin lives inside a non-bin location and belongs to the same outlet as
 * its parent (so an outlet's stock includes its bins); an OUTLET location names its F&B outlet;
 * stores and department rooms belong to no outlet.
 */
export function placement({ kind, outletId, parent }: PlacementInput): Placement {
  if (kind === 'BIN') {
    if (!parent) return { ok: false, field: 'parentId', message: 'a BIN must name the location it is in (parentId)' };
    if (parent.kind === 'BIN') return { ok: false, field: 'parentId', message: 'a BIN cannot be inside another BIN' };
    if (outletId && outletId !== parent.outletId) {
      return { ok: false, field: 'outletId', message: 'a BIN belongs to the outlet of its parent location; omit outletId' };
    }
    return { ok: true, outletId: parent.outletId };
  }
  if (parent) return { ok: false, field: 'parentId', message: `only a BIN has a parent location, not a ${kind}` };
  if (kind === 'OUTLET') {
    if (!outletId) return { ok: false, field: 'outletId', message: 'an OUTLET location must name its F&B outlet (outletId)' };
    return { ok: true, outletId };
  }
  if (outletId)
    return { ok: false, field: 'outletId', message: `a ${kind} location belongs to no outlet; use kind OUTLET for an outlet's stock` };
  return { ok: true, outletId: null };
}
