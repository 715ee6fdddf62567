export * from './roles';
export * from './identity';
export * from './caller';
