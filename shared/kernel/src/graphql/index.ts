export * from './context';
export * from './common-types';
export * from './pagination';
export * from './auth-checker';
export * from './build-subgraph-schema';
