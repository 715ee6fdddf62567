import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

/**
 * Stock quantities are decimals (2.5 kg of flour, 0.75 L of syrup), stored as SQL numeric(14,3)
 * to match the kernel's `col.decimal` in migrations. PostgreSQL hands numeric back as a string,
 * SQLite as a number; the domain always sees a number.
 */
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v == null ? v : Number(v)),
};

export const QuantityColumn = (opts: ColumnOptions = {}) =>
  Column({ type: 'numeric', precision: 14, scale: 3, transformer: numericTransformer, ...opts });
