import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../gateway-context';
import type { PersistedQueryAllowList } from './persisted-queries';

/**
 * A document without the requested operation (unknown operationName, or several operations and
 * none named) is the client's mistake: answer 400 as graphql-js words it, before the gateway
 * executor would report it as a 500.
 */
export function operationResolutionPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : 'Must provide operation name if query contains multiple operations.';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}

/** Callers held to the allow-list may run only its operations (checked by the hash of the resolved text). */
export function allowListPlugin(allowList: PersistedQueryAllowList): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.persistedOnly) return;
      return {
        async didResolveOperation({ queryHash }) {
          allowList.assertAllowed(queryHash);
        },
      };
    },
  };
}
