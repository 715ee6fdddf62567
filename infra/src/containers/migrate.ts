import { Database, KERNEL_ENTITIES, KERNEL_MIGRATIONS, createLogger } from '@hotelops/kernel';
import { SUBGRAPHS } from '../subgraphs';

/**
 * `node infra/dist/containers/migrate.js <subgraph>`: applies the subgraph's pending migrations to
 * DATABASE_URL and exits — the Kubernetes migration Job (k8s/base/migrate-job.yaml) runs this once
 * per release. Needs nothing but the database: no Kafka, no secrets.
 */
async function main() {
  const name = process.argv[2];
  const found = SUBGRAPHS.find((s) => s.definition.name === name);
  if (!found) throw new Error(`usage: migrate.js <${SUBGRAPHS.map((s) => s.definition.name).join('|')}>`);
  const logger = createLogger(`${name}-migrate`, process.env.LOG_LEVEL ?? 'info');
  const db = new Database({
    service: name,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? './data',
    entities: [...KERNEL_ENTITIES, ...found.definition.entities],
    migrations: [...KERNEL_MIGRATIONS, ...found.definition.migrations],
    logger,
  });
  await db.open();
  await db.close();
  logger.info('migrations applied');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
