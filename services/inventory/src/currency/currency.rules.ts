/*
 * The property's currency, in which inventory values stock and prices orders. Pure.
 */

/** Until a property's currency is known (the demo hotel and most installs are in China). */
export const DEFAULT_CURRENCY = 'CNY';

/** Where a property's currency came from: set in inventory, or learned from reservations' events. */
export const CURRENCY_SOURCES = ['MANUAL', 'RESERVATIONS'] as const;
export type CurrencySource = (typeof CURRENCY_SOURCES)[number];

/** A currency set in inventory wins; one learned from reservations follows reservations' latest. */
/** An ISO 4217 code as the API takes it: three upper-case letters. */
export const isCurrencyCode = (c: string) => /^[A-Z]{3}$/.test(c);

export const adopts = (current: CurrencySource | null, incoming: CurrencySource) => current !== 'MANUAL' || incoming === 'MANUAL';
