import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

export interface CostSettings {
  max: number;
  /** page size assumed when `first` is absent (the subgraphs' default) */
  defaultPageSize?: number;
  /** page size assumed when `first` is a variable (the subgraphs' maximum) */
  maxPageSize?: number;
  /** items assumed for a list field without paging arguments */
  defaultListSize?: number;
}

/**
 * Validation rule: refuses operations whose worst-case cost exceeds `max`. Every field costs 1;
 * a paginated field (one with `first`) multiplies what is selected under it by its page size, a
 * plain list field by `defaultListSize`; the lists inside a connection (`nodes`, `edges`) are
 * covered by the page size already. Fragments are followed.
 */
export function queryCostLimit(settings: CostSettings) {
  const { max, defaultPageSize = 20, maxPageSize = 100, defaultListSize = 10 } = settings;
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const pageSize = (value: ValueNode | undefined): number => {
      if (!value) return defaultPageSize;
      if (value.kind === Kind.INT) return Math.max(0, Number(value.value));
      return maxPageSize;
    };

    const costOf = (set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined | null, seen: Set<string>): number => {
      if (!set || !type) return 0;
      let total = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
          if (!field) continue; // unknown fields are reported by the standard rules
          const first = sel.arguments?.find((a) => a.name.value === 'first');
          const paged = field.args.some((a) => a.name === 'first');
          const inConnection = type.name.endsWith('Connection');
          const multiplier = paged
            ? pageSize(first?.value)
            : isListType(getNullableType(field.type)) && !inConnection
              ? defaultListSize
              : 1;
          total += 1 + multiplier * costOf(sel.selectionSet, getNamedType(field.type), seen);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const on = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
          total += costOf(sel.selectionSet, on, seen);
        } else {
          const f = fragments.get(sel.name.value);
          if (f && !seen.has(f.name.value)) {
            total += costOf(f.selectionSet, schema.getType(f.typeCondition.name.value), new Set(seen).add(f.name.value));
          }
        }
      }
      return total;
    };

    return {
      OperationDefinition(node) {
        const root = schema.getRootType(node.operation);
        const cost = costOf(node.selectionSet, root, new Set());
        if (cost > max) {
          context.reportError(
            new GraphQLError(`Query cost ${cost} exceeds the limit of ${max}`, { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY' } }),
          );
        }
      },
    };
  };
}
