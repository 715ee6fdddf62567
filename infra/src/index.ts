export { SUBGRAPHS } from './subgraphs';
export { composeSupergraph } from './compose/compose-supergraph';
export { seedDemoHotel } from './dev/seed-demo-hotel';
export { mintDemoToken } from './dev/demo-token';
export { DEMO_PARTNER, issueDemoPartnerKey } from './dev/demo-partner-key';
