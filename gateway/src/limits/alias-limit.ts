import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/** Validation rule: refuses documents with more than `max` aliased fields (the cheap way to multiply work). */
export function aliasLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Document: {
        leave(node) {
          if (aliases > max) {
            context.reportError(
              new GraphQLError(`The operation uses ${aliases} aliases; the limit is ${max}`, {
                nodes: [node],
                extensions: { code: 'TOO_MANY_ALIASES' },
              }),
            );
          }
        },
      },
    };
  };
}
