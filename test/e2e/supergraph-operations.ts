import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { filterSchema } from '@graphql-tools/utils';
import { getMetadataStorage } from 'type-graphql';

/** The composed supergraph the gateway serves (join directives included); root fields without @inaccessible are the public API. */
export function loadSupergraph(): GraphQLSchema {
  const supergraph = buildSchema(readFileSync(join(__dirname, '..', '..', 'gateway', 'supergraph.graphql'), 'utf8'), {
    assumeValidSDL: true,
  });
  return filterSchema({
    schema: supergraph,
    rootFieldFilter: (_op, _name, field) => !field.astNode?.directives?.some((d) => d.name.value === 'inaccessible'),
  });
}

const UUID = '00000000-0000-4000-8000-000000000000';
/** A valid literal for each scalar; a new custom scalar must be added here (the walk names it). */
const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: UUID,
  String: 'x',
  Int: 1,
  Float: 1.5,
  Boolean: true,
  LocalDate: '2026-01-01',
  DateTime: '2026-01-01T00:00:00.000Z',
};

/** A value of `type` that passes GraphQL validation: required input fields filled, lists of one. */
export function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sampleValue(f.type);
    return out;
  }
  if (isScalarType(type)) {
    if (!(type.name in SCALAR_SAMPLES)) throw new Error(`no sample value for scalar ${type.name}: add one to SCALAR_SAMPLES`);
    return SCALAR_SAMPLES[type.name];
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

/**
 * A syntactically and type-valid call of one root field: every required argument passed as a
 * variable of its declared type, selecting only `__typename` (or nothing for a scalar result).
 */
export function sampleCall(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  overrides: Record<string, unknown> = {},
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || a.name in overrides);
  const defs = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const variables = Object.fromEntries(required.map((a) => [a.name, a.name in overrides ? overrides[a.name] : sampleValue(a.type)]));
  return {
    query: `${kind} ${kind === 'query' ? 'Q' : 'M'}_${field.name}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables,
  };
}

/** Roles (and 'scope:<name>' rules) each mutation's @Authorized names, from type-graphql's metadata. */
export function mutationRules(): Map<string, string[]> {
  const storage = getMetadataStorage();
  const rules = new Map<string, string[]>();
  for (const m of storage.mutations) {
    const authorized = storage.authorizedFields.find((a) => a.target === m.target && a.fieldName === m.methodName);
    if (authorized) rules.set(m.schemaName, [...authorized.roles] as string[]);
  }
  return rules;
}
