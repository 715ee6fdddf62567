/*
 * Stock quantities: decimals with at most three places (numeric(14,3) in the database), in the
 * item's unit. Sums are done in integer thousandths so 0.1 + 0.2 is 0.3, not 0.30000000000000004.
 */

export const QUANTITY_DECIMALS = 3;
const SCALE = 10 ** QUANTITY_DECIMALS;
/** numeric(14,3) holds 11 integer digits. */
export const MAX_QUANTITY = 99_999_999_999;

export const toMilli = (q: number) => Math.round(q * SCALE);
export const fromMilli = (m: number) => m / SCALE;

/** Whether `q` has more decimal places than a quantity may have. */
export const hasExcessDecimals = (q: number) => Math.abs(q * SCALE - toMilli(q)) > 1e-6;
