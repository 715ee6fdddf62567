export { SUBGRAPHS } from './subgraphs';
export { composeSupergraph } from './compose/compose-supergraph';
