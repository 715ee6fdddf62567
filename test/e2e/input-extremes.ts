import { isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { sampleValue } from './supergraph-operations';

/** A string far beyond any column: a client mistake (or an attack) every mutation must refuse. */
export const OVERLONG = 'x'.repeat(100_000);
/** Numbers at and beyond the edges: the 32-bit limits, and a negative amount or count. */
export const EXTREME_NUMBERS = [2_147_483_647, -2_147_483_648, -1] as const;
/**
 * Every Int the API takes (amounts, counts, durations) has a business bound far inside the
 * 32-bit range, so both limits must be refused as bad input before anything is looked up; the
 * fields below legitimately take any positive Int. Floats (stock quantities) cannot overflow and
 * are bounded by their decimal columns: they only must not fail or change anything.
 */
const FULL_RANGE_INTS = new Set(['upsertChannelReservation:input.version']);

/** One argument value a mutation is called with: the rest of its arguments are valid samples. */
export interface ExtremeCase {
  mutation: string;
  /** where the value sits, e.g. `input.lines[0].quantity` */
  path: string;
  /** what was put there */
  label: string;
  /** argument name → value for the call (every required argument, plus the one being tried) */
  arguments: Record<string, unknown>;
  /** an over-long String must be refused as bad input before any lookup */
  mustBeBadInput: boolean;
}

interface Leaf {
  path: string;
  type: GraphQLInputType;
  required: boolean;
  /** the argument value with this leaf replaced by `v` */
  put(v: unknown): unknown;
}

/** Every place of `type` a value can go, recursively through input objects and lists. */
function leaves(type: GraphQLInputType, path: string, put: (v: unknown) => unknown, required: boolean, depth = 0): Leaf[] {
  if (depth > 6) return [];
  if (isNonNullType(type)) return leaves(type.ofType, path, put, required, depth);
  const self: Leaf = { path, type, required, put };
  if (isListType(type)) {
    return [self, ...leaves(type.ofType, `${path}[0]`, (v) => put([v]), true, depth + 1)];
  }
  if (isInputObjectType(type)) {
    const base = sampleValue(type) as Record<string, unknown>;
    return Object.values(type.getFields()).flatMap((f) =>
      leaves(
        f.type,
        `${path}.${f.name}`,
        (v) => put({ ...base, [f.name]: v }),
        isNonNullType(f.type) && f.defaultValue === undefined,
        depth + 1,
      ),
    );
  }
  return [self];
}

/** The values tried at one leaf: over-long, empty and blank strings, extreme numbers, a wrong enum value, an empty list. */
function valuesFor(mutation: string, leaf: Leaf): { label: string; value: unknown; mustBeBadInput: boolean }[] {
  const { type } = leaf;
  if (isListType(type)) return leaf.required ? [{ label: 'empty list', value: [], mustBeBadInput: false }] : [];
  if (isEnumType(type)) return [{ label: 'unknown enum value', value: 'NOT_A_VALUE', mustBeBadInput: false }];
  if (!isScalarType(type)) return [];
  const empty = leaf.required
    ? [
        { label: 'empty string', value: '', mustBeBadInput: false },
        { label: 'blank string', value: '   ', mustBeBadInput: false },
      ]
    : [];
  switch (type.name) {
    case 'String':
      return [{ label: '100,000 characters', value: OVERLONG, mustBeBadInput: true }, ...empty];
    case 'ID':
      return [{ label: '100,000 characters', value: OVERLONG, mustBeBadInput: false }, ...empty];
    case 'Int':
    case 'Float':
      return EXTREME_NUMBERS.map((n) => ({
        label: String(n),
        value: n,
        mustBeBadInput: type.name === 'Int' && n !== -1 && !(n > 0 && FULL_RANGE_INTS.has(`${mutation}:${leaf.path}`)),
      }));
    default:
      return [];
  }
}

/** Every extreme case of one mutation: each argument leaf, one at a time. */
export function extremeCases(field: GraphQLField<unknown, unknown>): ExtremeCase[] {
  const base: Record<string, unknown> = {};
  for (const a of field.args) if (isNonNullType(a.type) && a.defaultValue === undefined) base[a.name] = sampleValue(a.type);
  return field.args.flatMap((arg) =>
    leaves(arg.type, arg.name, (v) => v, isNonNullType(arg.type) && arg.defaultValue === undefined).flatMap((leaf) =>
      valuesFor(field.name, leaf).map(({ label, value, mustBeBadInput }) => ({
        mutation: field.name,
        path: leaf.path,
        label,
        arguments: { ...base, [arg.name]: leaf.put(value) },
        mustBeBadInput,
      })),
    ),
  );
}
