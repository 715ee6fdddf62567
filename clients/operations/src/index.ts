export * from './persisted-operation';
export * from './generated/graphql';
export * from './generated/operations';
