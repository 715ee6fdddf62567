import { Column, PrimaryColumn, type ColumnOptions, type ValueTransformer } from 'typeorm';

/*
 * Column shapes that mean the same on SQLite and PostgreSQL, so one entity and one migration
 * serve both. Timestamps are ISO-8601 UTC strings (lexically ordered, identical on both
 * engines); stay dates are SQL `date`, read back as 'YYYY-MM-DD'.
 */

const isoTimestamp: ValueTransformer = {
  to: (v: Date | null | undefined) => (v == null ? v : v.toISOString()),
  from: (v: string | null) => (v == null ? v : new Date(v)),
};

/** PostgreSQL hands bigint and numeric back as strings, SQLite as numbers; the domain always sees a number. */
export const numberTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v == null ? v : Number(v)),
};

export const IdColumn = () => PrimaryColumn({ type: 'varchar', length: 36 });
export const RefColumn = (opts: ColumnOptions = {}) => Column({ type: 'varchar', length: 36, ...opts });
export const TimestampColumn = (opts: ColumnOptions = {}) => Column({ type: 'varchar', length: 30, transformer: isoTimestamp, ...opts });
export const LocalDateColumn = (opts: ColumnOptions = {}) => Column({ type: 'date', ...opts });
export const MinorUnitsColumn = (opts: ColumnOptions = {}) => Column({ type: 'integer', transformer: numberTransformer, ...opts });
/** numeric(14,3), as `col.decimal` in migrations: stock quantities (2.5 kg), scores with decimals. */
export const DecimalColumn = (opts: ColumnOptions = {}) =>
  Column({ type: 'numeric', precision: 14, scale: 3, transformer: numberTransformer, ...opts });
export const JsonColumn = (opts: ColumnOptions = {}) => Column({ type: 'simple-json', ...opts });
