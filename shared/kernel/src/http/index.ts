export * from './host';
export * from './graphql-metrics';
export * from './shutdown';
export * from './headers';
