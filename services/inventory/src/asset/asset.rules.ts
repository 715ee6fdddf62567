/*
 * Fixed assets (资产) of stores and departments: tagged, placed, in someone's custody, in a
 * condition; moved and disposed of with a history; verified when a stocktake counts their bin. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const ASSET_CONDITIONS = ['NEW', 'GOOD', 'FAIR', 'POOR', 'BROKEN'] as const;
export type AssetCondition = (typeof ASSET_CONDITIONS)[number];

export const ASSET_STATUSES = ['IN_USE', 'DISPOSED'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const ASSET_MACHINE = stateMachine('asset', ASSET_STATUSES, {
  move: { from: ['IN_USE'], to: 'IN_USE', verb: 'move' },
  inspect: { from: ['IN_USE'], to: 'IN_USE', verb: 'inspect' },
  dispose: { from: ['IN_USE'], to: 'DISPOSED', verb: 'dispose of' },
});
export type AssetAction = (typeof ASSET_MACHINE.actions)[number];

export interface AssetEvent {
  at: string;
  action: AssetAction | 'register' | 'verify';
  by: string | null;
  note: string | null;
}

/** The assets expected in counted bins that the count did not find. */
export function missingAssets<T extends { tag: string; locationId: string }>(
  assets: readonly T[],
  countedBins: ReadonlySet<string>,
  found: ReadonlySet<string>,
): T[] {
  return assets.filter((a) => countedBins.has(a.locationId) && !found.has(a.tag));
}
