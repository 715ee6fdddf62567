import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth-checker';
import type { RequestContext } from './context';

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@interfaceObject", "@inaccessible"])`;

/** Loads entities by id in input order (null where missing or not visible): one query per batch. */
export type ReferenceLoader = (ids: readonly string[], ctx: RequestContext) => Promise<(object | null)[]>;

export interface SubgraphSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** entity type name → batched loader; becomes that type's __resolveReference */
  references?: Record<string, ReferenceLoader>;
  container: ContainerType;
}

/**
 * type-graphql schema → printed SDL with directives + federation @link → buildSubgraphSchema,
 * with type-graphql's resolvers and a DataLoader-batched __resolveReference per entity.
 * Entities whose rows carry a propertyId the caller may not see resolve to null.
 */
export async function buildSubgraphSchemaFrom(opts: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: opts.resolvers,
    orphanedTypes: opts.orphanedTypes,
    container: opts.container,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, load] of Object.entries(opts.references ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] ?? {}),
      __resolveReference: async (ref: { id: string }, ctx: RequestContext) => {
        const row = await ctx.loader(`ref:${typeName}`, (ids) => load(ids, ctx)).load(ref.id);
        const propertyId = (row as { propertyId?: unknown } | null)?.propertyId;
        if (row && typeof propertyId === 'string' && !ctx.caller.canAccessProperty(propertyId)) return null;
        return row;
      },
    };
  }
  // LocalDate is used by field decorators directly; make sure it is part of the SDL even if unused.
  void LocalDateResolver;
  return buildSubgraphSchema([
    { typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`), resolvers: resolvers as never },
  ]);
}

/** Orders loaded rows like the requested ids; missing → null. */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Groups rows by parent key, one group per requested key in input order (empty when none): batched list fields. */
export function groupByIds<T>(ids: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return ids.map((id) => groups.get(id)!);
}
