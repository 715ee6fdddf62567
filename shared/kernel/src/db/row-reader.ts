import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface Plan {
  metadata: EntityMetadata;
  columns: ColumnMetadata[];
  /** `SELECT <every column> FROM <table>` */
  select: string;
  /** the primary column, when there is one (byIds) */
  id?: string;
}

/** Where a read runs: in a transaction (its manager), and under a row lock (PostgreSQL; SQLite transactions run one at a time). */
export interface ReadWithin {
  em?: EntityManager;
  lock?: 'update' | 'share';
  /** at most this many rows (after `orderBy`) */
  limit?: number;
}

const LOCKS = { update: ' FOR UPDATE', share: ' FOR SHARE' } as const;

/**
 * Hot reads of a plain table (no relations, embeddeds or inheritance) — reference loaders and
 * per-stay batches that every board request runs. typeorm's find and query builder rebuild the
 * SQL on every call (alias and property-name rewriting by regular expression, about a third of
 * a board's subgraph CPU); here the SELECT is built once from the entity's metadata and the rows
 * are hydrated the way typeorm's own transformer does it (driver conversions, then the column's
 * transformer), so callers get the same entity instances `find` returns.
 */
export class RowReader<E extends ObjectLiteral> {
  private plan?: Plan;

  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: EntityTarget<E>,
  ) {}

  /** Rows whose id is one of `ids` (any order; see inIdOrder). */
  byIds(ids: readonly string[]): Promise<E[]> {
    if (!ids.length) return Promise.resolve([]);
    const { id, metadata } = this.prepare();
    if (!id) throw new Error(`RowReader reads by id tables with one primary column; ${metadata.name} is not one`);
    return this.where(`${id} IN (:...ids)`, { ids: [...ids] });
  }

  /**
   * Rows matching `condition`, SQL over database column names with typeorm's `:name` and
   * `:...list` parameters; `orderBy` likewise (e.g. `opened_at ASC, id ASC`).
   */
  async where(condition: string, params: ObjectLiteral, orderBy?: string, within: ReadWithin = {}): Promise<E[]> {
    const { metadata, columns, select } = this.prepare();
    const driver = this.dataSource.driver;
    const lock = within.lock && this.dataSource.options.type === 'postgres' ? LOCKS[within.lock] : '';
    const limit = within.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.trunc(within.limit))}`;
    const [sql, values] = driver.escapeQueryWithParameters(
      `${select} WHERE ${condition}${orderBy ? ` ORDER BY ${orderBy}` : ''}${limit}${lock}`,
      params,
      {},
    );
    const rows = (await (within.em ?? this.dataSource.manager).query(sql, values)) as Record<string, unknown>[];
    return rows.map((row) => {
      const entity = metadata.create(undefined, { fromDeserializer: true }) as E;
      for (const column of columns) {
        const value = row[column.databaseName];
        if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
      }
      return entity;
    });
  }

  private prepare(): Plan {
    if (this.plan) return this.plan;
    const metadata = this.dataSource.getMetadata(this.entity);
    if (metadata.relations.length || metadata.embeddeds.length || metadata.childEntityMetadatas.length)
      throw new Error(`RowReader reads plain tables; ${metadata.name} is not one`);
    const escape = (name: string) => this.dataSource.driver.escape(name);
    const columns = metadata.columns.filter((c) => !c.isVirtual);
    this.plan = {
      metadata,
      columns,
      select: `SELECT ${columns.map((c) => escape(c.databaseName)).join(', ')} FROM ${escape(metadata.tableName)}`,
      id: metadata.primaryColumns.length === 1 ? escape(metadata.primaryColumns[0].databaseName) : undefined,
    };
    return this.plan;
  }
}
