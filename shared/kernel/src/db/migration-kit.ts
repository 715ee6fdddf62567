import { Table, TableIndex, type QueryRunner, type TableColumnOptions } from 'typeorm';

/*
 * Helpers for migrations written once for SQLite and PostgreSQL with typeorm's Table API.
 * They mirror the column shapes in columns.ts.
 */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
  ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable }),
  text: (name: string, nullable = false, length?: number): TableColumnOptions =>
    length ? { name, type: 'varchar', length: String(length), isNullable: nullable } : { name, type: 'text', isNullable: nullable },
  int: (name: string, nullable = false, dflt?: number): TableColumnOptions => ({
    name,
    type: 'integer',
    isNullable: nullable,
    ...(dflt === undefined ? {} : { default: dflt }),
  }),
  decimal: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'numeric',
    precision: 14,
    scale: 3,
    isNullable: nullable,
  }),
  bool: (name: string, dflt = false): TableColumnOptions => ({ name, type: 'boolean', default: dflt }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'date', isNullable: nullable }),
  timestamp: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '30', isNullable: nullable }),
  json: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
};

export async function createTable(
  qr: QueryRunner,
  name: string,
  columns: TableColumnOptions[],
  opts: {
    indices?: { columns: string[]; unique?: boolean; name?: string }[];
    foreignKeys?: { columnNames: string[]; referencedTableName: string; referencedColumnNames?: string[]; onDelete?: string }[];
  } = {},
): Promise<void> {
  await qr.createTable(
    new Table({
      name,
      columns,
      foreignKeys: (opts.foreignKeys ?? []).map((fk) => ({ referencedColumnNames: ['id'], ...fk })),
    }),
  );
  for (const ix of opts.indices ?? []) {
    await qr.createIndex(
      name,
      new TableIndex({ name: ix.name ?? `ix_${name}_${ix.columns.join('_')}`, columnNames: ix.columns, isUnique: ix.unique ?? false }),
    );
  }
}
