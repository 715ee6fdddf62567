import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CLIENTS_DIR, generateClientOperations } from './client-operations';

// `npm run codegen`: the clients' TypeScript types and persisted-operations manifest, from the
// committed supergraph and clients/operations/<client>/*.graphql. Run it after `npm run compose`.
generateClientOperations().then(
  (files) => {
    for (const [name, text] of Object.entries(files)) {
      const path = join(CLIENTS_DIR, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${relative(process.cwd(), path)}`);
    }
  },
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
