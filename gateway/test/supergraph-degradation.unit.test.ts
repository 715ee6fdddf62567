import { readFileSync } from 'node:fs';
import { Kind, parse, print, type ConstDirectiveNode } from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH } from '@hotelops/gateway';

/**
 * One subgraph down must not blank the answer: a field whose value comes from another subgraph
 * than its parent's (a field one subgraph contributes to another's entity, like
 * Reservation.fnbOrders, or a reference into another subgraph's entity, like Employee.property)
 * is null when that subgraph is down. It must be nullable, or the null climbs to the root.
 */
interface FieldInfo {
  name: string;
  type: string;
  graphs: string[];
}

function supergraphFields(): Map<string, { keyed: boolean; fields: FieldInfo[] }> {
  const doc = parse(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'));
  const arg = (d: ConstDirectiveNode, name: string) => d.arguments?.find((a) => a.name.value === name)?.value;
  const enumValue = (v: ReturnType<typeof arg>) => (v?.kind === Kind.ENUM ? v.value : undefined);
  const types = new Map<string, { keyed: boolean; fields: FieldInfo[] }>();
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || def.name.value.startsWith('join__')) continue;
    const joined = (def.directives ?? []).filter((d) => d.name.value === 'join__type');
    const typeGraphs = joined.map((d) => enumValue(arg(d, 'graph'))!);
    const fields = (def.fields ?? []).map((f) => {
      const own = (f.directives ?? [])
        .filter(
          (d) =>
            d.name.value === 'join__field' &&
            arg(d, 'graph') &&
            !(arg(d, 'external')?.kind === Kind.BOOLEAN && (arg(d, 'external') as { value: boolean }).value),
        )
        .map((d) => enumValue(arg(d, 'graph'))!);
      return { name: f.name.value, type: print(f.type), graphs: own.length ? own : typeGraphs };
    });
    types.set(def.name.value, { keyed: joined.some((d) => arg(d, 'key')), fields });
  }
  return types;
}

/** The subgraph that resolves most of an entity's own fields. */
function ownerOf(type: { keyed: boolean; fields: FieldInfo[] } | undefined): string | undefined {
  if (!type?.keyed) return undefined;
  const counts = new Map<string, number>();
  for (const f of type.fields) if (f.graphs.length === 1) counts.set(f.graphs[0], (counts.get(f.graphs[0]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

describe('the supergraph degrades field by field', () => {
  const types = supergraphFields();
  const crossing: string[] = [];
  for (const [name, type] of types) {
    if (name === 'Query' || name === 'Mutation') continue;
    const owner = ownerOf(type);
    for (const f of type.fields) {
      const target = ownerOf(types.get(f.type.replace(/[[\]!]/g, '')));
      const contributed = owner !== undefined && !f.graphs.includes(owner);
      const reference = target !== undefined && !f.graphs.includes(target);
      if (contributed || reference) crossing.push(`${name}.${f.name}: ${f.type}`);
    }
  }

  it('finds the cross-subgraph fields', () => {
    expect(crossing).toEqual(expect.arrayContaining(['Reservation.fnbOrders: [Order!]', 'Case.reservation: Reservation']));
  });

  it('makes every cross-subgraph field nullable', () => {
    expect(crossing.filter((f) => f.endsWith('!'))).toEqual([]);
  });
});
