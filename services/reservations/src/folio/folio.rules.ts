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

/**
 * Folio line kinds: charges raise the balance, payments and allowances lower it; a refund paid
 * back to the guest raises it again (towards zero, after a post-stay allowance).
 */
export const FOLIO_LINE_KINDS = ['CHARGE', 'PAYMENT', 'ALLOWANCE', 'REFUND'] as const;
export type FolioLineKind = (typeof FOLIO_LINE_KINDS)[number];

/** The line kinds that raise what the guest owes; every other kind lowers it (the balance is summed in SQL). */
export const RAISES_BALANCE: readonly FolioLineKind[] = ['CHARGE', 'REFUND'];

/**
 * What a closed folio still takes: an allowance from another domain (approved compensation, most
 * often after the stay) posts as a post-stay adjustment, and the refund that pays it back. A
 * charge never lands on a closed folio.
 */
export function closedFolioAccepts(kind: FolioLineKind, fromOtherDomain: boolean): boolean {
  return (kind === 'ALLOWANCE' && fromOtherDomain) || kind === 'REFUND';
}

/** What the hotel owes the guest on a folio: the negative part of its balance. */
export const refundDueOf = (balanceMinor: number): number => Math.max(0, -balanceMinor);

/** Why a posting requested by another domain cannot land on this folio, or null. Codes are the registry's. */
export function postingProblem(
  folio: { propertyId: string; currency: string; status: FolioStatus; reservationId: string },
  request: { propertyId: string; currency: string; kind: FolioLineKind },
): { code: 'FOLIO.PROPERTY_MISMATCH' | 'FOLIO.CURRENCY_MISMATCH' | 'FOLIO.CLOSED'; reason: string } | null {
  if (request.propertyId !== folio.propertyId)
    return { code: 'FOLIO.PROPERTY_MISMATCH', reason: `the stay ${folio.reservationId} belongs to another property` };
  if (request.currency !== folio.currency)
    return { code: 'FOLIO.CURRENCY_MISMATCH', reason: `the folio is in ${folio.currency}; the posting is in ${request.currency}` };
  if (folio.status === 'CLOSED' && !closedFolioAccepts(request.kind, true))
    return {
      code: 'FOLIO.CLOSED',
      reason: `the guest has checked out and the folio is closed; a ${request.kind.toLowerCase()} cannot be added`,
    };
  return null;
}

/** Accounts a folio can be routed to: a corporate account or a group block. */
export const ACCOUNT_KINDS = ['COMPANY', 'GROUP'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** An account the balance of a stay can be routed to; the folio knows it only by kind and id. */
export interface AccountRef {
  kind: AccountKind;
  id: string;
}
