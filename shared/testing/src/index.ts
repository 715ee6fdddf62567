export * from './config';
export * from './postgres';
export * from './identities';
export * from './graphql-client';
export * from './eventually';
export * from './subgraph-harness';
export * from './events';
export * from './query-count';
