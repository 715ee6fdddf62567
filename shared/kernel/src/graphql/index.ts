export * from './context';
export * from './common-types';
export * from './pagination';
export * from './graphql-enum';
export * from './auth-checker';
export * from './build-subgraph-schema';
export * from './input-bounds';
export * from './jit-execution';
