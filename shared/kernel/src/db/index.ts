export * from './columns';
export * from './migration-kit';
export * from './database';
export * from './aggregate';
export * from './query-counter';
export * from './unique-violation';
export * from './connection-loss';
export * from './row-reader';
