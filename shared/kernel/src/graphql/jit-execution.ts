import {
  BREAK,
  execute,
  GraphQLError,
  getNamedType,
  isInputObjectType,
  typeFromAST,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Executes a subgraph's operations with graphql-jit: each document (per operation name) is
 * compiled once into plain functions, so a board's hundreds of fields skip graphql-js's generic
 * per-field walk (about a third of an `_entities` fetch's CPU). Apollo still parses, validates,
 * formats errors and serves HTTP; resolvers (type-graphql's, federation's __resolveReference)
 * are the schema's own. Only reads without input objects are compiled: graphql-jit does not fill
 * an input object's default field values as graphql-js does, so mutations, input-object
 * variables and object literals — and whatever graphql-jit cannot compile — run on graphql-js.
 *
 * Plugged in through Apollo's executor hook (the `gateway` option), the one place Apollo lets
 * the executor be replaced.
 */
export function jitExecution(schema: GraphQLSchema): Gateway {
  // Apollo's document store hands back the same DocumentNode for the same query text
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compile = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const result = withoutInputObjects(schema, document, operation) ? compileQuery(schema, document, operationName ?? undefined) : null;
      byName.set(key, result && isCompiledQuery(result) ? result : null);
    }
    return byName.get(key)!;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        executor: async ({ document, operation, operationName, request, context }) => {
          const query = compile(document, operation, operationName);
          if (!query) return execute({ schema, document, operationName, contextValue: context, variableValues: request.variables });
          const result = await query.query(undefined, context, request.variables ?? {});
          if (result.errors) result.errors = result.errors.map(asGraphQLError);
          return result as ExecutionResult<Record<string, unknown>>;
        },
      };
    },
    async stop() {},
  };
}

/** A query whose variables and literals hold no input object (where graphql-jit and graphql-js differ). */
function withoutInputObjects(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  for (const v of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, v.type as never);
    if (!type || isInputObjectType(getNamedType(type))) return false;
  }
  let literal = false;
  visit(document, {
    ObjectValue() {
      literal = true;
      return BREAK;
    },
  });
  return !literal;
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js's are `{}` (Apollo's error
 * formatting reads `extensions.code`): the same error as graphql-js would have made it.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
  return Object.defineProperty(error, 'locations', { value: e.locations, enumerable: true });
}
