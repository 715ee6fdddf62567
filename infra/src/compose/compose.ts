import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '@hotelops/gateway';
import { composeSupergraph } from './compose-supergraph';

/** `npm run compose`: writes gateway/supergraph.graphql (committed; a test fails when it is stale). */
composeSupergraph().then(
  (sdl) => {
    writeFileSync(DEFAULT_SUPERGRAPH_PATH, sdl);
    console.log(`supergraph written to gateway/supergraph.graphql (${sdl.length} bytes)`);
  },
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
