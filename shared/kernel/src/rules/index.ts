/*
 * Pure helpers for domain rules: no typeorm, GraphQL or Kafka, so *.rules.ts may import them.
 */
export * from './state-machine';
