/*
 * Pure guest rules: when a guest becomes a regular, and what erasure leaves behind.
 */

/** Completed stays after which a guest is flagged a regular (熟客) automatically. */
export const REGULAR_AFTER_STAYS = 3;

export const becomesRegular = (completedStays: number): boolean => completedStays >= REGULAR_AFTER_STAYS;

/** The name an erased guest (and their stays) keeps: no personal data, still countable. */
export const ERASED_NAME = 'Erased guest';

/** The personal fields of a profile after erasure; VIP level, regular flag and statistics stay. */
export const erasedProfile = () => ({
  name: ERASED_NAME,
  email: null,
  phone: null,
  documentNumber: null,
  preferences: [] as string[],
  notes: null,
});
