import 'reflect-metadata';
import { resolve } from 'node:path';
import { ConfigError } from '@hotelops/kernel';
import { devSecrets } from '../dev/dev-secrets';
import { SUBGRAPHS } from '../subgraphs';
import { runDlq } from './dlq-command';

/** `npm run -s dlq -- list|show <id>|replay <id>|--all [--service <name>]` */
async function main() {
  const dataDir = resolve(process.env.DATA_DIR ?? './data');
  // Embedded mode keeps its identity secret in the data dir; production passes IDENTITY_SECRET.
  const env = { IDENTITY_SECRET: process.env.IDENTITY_SECRET ?? devSecrets(dataDir).IDENTITY_SECRET, ...process.env, DATA_DIR: dataDir };
  const code = await runDlq(
    process.argv.slice(2),
    env,
    SUBGRAPHS.map((s) => s.definition),
    (line) => process.stdout.write(line + '\n'),
  );
  process.exit(code);
}

void main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
