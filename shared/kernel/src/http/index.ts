export * from './graphql-http-handler';
export * from './read-body';
export * from './shutdown';
