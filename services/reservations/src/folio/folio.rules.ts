/*
 * Pure folio rules: the folio vocabulary and which way a line moves the balance.
 */
import { stateMachine } from '@hotelops/kernel/rules';

/** A folio takes lines while OPEN; check-out closes it. */
export const FOLIO_STATUSES = ['OPEN', 'CLOSED'] as const;
export type FolioStatus = (typeof FOLIO_STATUSES)[number];

export const FOLIO_MACHINE = stateMachine<FolioStatus, 'close'>('folio', FOLIO_STATUSES, {
  close: { from: ['OPEN'], to: 'CLOSED' },
});

/** Folio line kinds: charges raise the balance, payments and allowances lower it. */
export const FOLIO_LINE_KINDS = ['CHARGE', 'PAYMENT', 'ALLOWANCE'] as const;
export type FolioLineKind = (typeof FOLIO_LINE_KINDS)[number];

/** The line kind that raises what the guest owes; every other kind lowers it (the balance is summed in SQL). */
export const RAISES_BALANCE: FolioLineKind = 'CHARGE';

/** Accounts a folio can be routed to: a corporate account or a group block. */
export const ACCOUNT_KINDS = ['COMPANY', 'GROUP'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** An account the balance of a stay can be routed to; the folio knows it only by kind and id. */
export interface AccountRef {
  kind: AccountKind;
  id: string;
}
