export * from './clock';
export * from './scheduled-jobs';
export * from './subgraph-app';
export * from './run-main';
