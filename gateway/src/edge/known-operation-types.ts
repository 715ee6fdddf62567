import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Validation rule: an operation whose type the schema lacks (a subscription here) is the client's
 * mistake. graphql-js 16 does not check it, and the query planner would fail with a 500.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (!schema.getRootType(node.operation))
        context.reportError(new GraphQLError(`This schema does not support ${node.operation} operations`, { nodes: [node] }));
    },
  };
}
