import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { PageInfo } from './common-types';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** `XConnection` type for a node type: nodes + pageInfo (cursor pagination). */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

interface CursorKey {
  /** entity property that orders the list (unique together with id) */
  sortProperty: string;
  /** how the sort value is written into the SQL parameter */
  toParam?: (v: unknown) => unknown;
}

const encode = (v: unknown, id: string) => Buffer.from(JSON.stringify([v, id])).toString('base64url');
function decode(cursor: string): [unknown, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return parsed as [unknown, string];
  } catch {
    /* fall through */
  }
  throw new DomainError('PAGINATION.INVALID_CURSOR', `Cursor "${cursor}" is not one this API issued`);
}

/**
 * Keyset pagination over (sortProperty, id): stable under inserts, one query per page.
 * Timestamps sort as ISO strings, so the default key is createdAt.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  key: CursorKey = { sortProperty: 'createdAt', toParam: (v) => (v instanceof Date ? v.toISOString() : v) },
): Promise<Page<T>> {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (size < 1 || size > MAX_PAGE_SIZE) {
    throw new DomainError('PAGINATION.PAGE_TOO_LARGE', `first must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  const a = qb.alias;
  const col = `${a}.${key.sortProperty}`;
  if (args.after) {
    const [k, id] = decode(args.after);
    qb.andWhere(`(${col} > :__k OR (${col} = :__k AND ${a}.id > :__id))`, { __k: k, __id: id });
  }
  const rows = await qb
    .orderBy(col, 'ASC')
    .addOrderBy(`${a}.id`, 'ASC')
    .limit(size + 1)
    .getMany();
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  const toParam = key.toParam ?? ((v: unknown) => v);
  return {
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: rows.length > size,
      endCursor: last ? encode(toParam(last[key.sortProperty]), last.id) : null,
    }),
  };
}
