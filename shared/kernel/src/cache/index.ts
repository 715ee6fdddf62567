export * from './entity-cache';
export * from './cache-invalidation';
