import 'reflect-metadata';

// The whole kernel, for subgraphs. Processes that need less (the gateway) import by subpath:
// @hotelops/kernel/config, /observability, /identity, /db, /http … (package.json "exports");
// pure domain rules import @hotelops/kernel/rules only.
export * from './config';
export * from './observability';
export * from './errors';
export * from './identity';
export * from './db';
export * from './events';
export * from './graphql';
export * from './http';
export * from './app';
export * from './cache';
export * from './rules';
