import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * graphql-armor rejects with its own wording ("… limit of N exceeded, found M."); clients know the
 * gateway's codes and messages, so the rejection is reported as the gateway words it, with the
 * found count taken from armor's message (exposeLimits on).
 */
export function reportAs(code: string, message: (found: number) => string) {
  return (context: ValidationContext | null, rejection: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(rejection.message)?.[1]);
    context?.reportError(new GraphQLError(message(found), { extensions: { code } }));
  };
}
