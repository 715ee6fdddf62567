/**
 * `@hotelops/kernel/rules`: what pure domain rules (`*.rules.ts`) may use from the kernel. Only
 * framework-free code belongs here — no persistence, GraphQL, HTTP or messaging (a unit test
 * checks what loading it pulls in).
 */
export * from '../errors/domain-error';
export * from '../app/clock';
export * from './state-machine';
export * from './local-time';
// the platform's role names: vocabulary that catalogues and rules refer to
export * from '../identity/roles';
