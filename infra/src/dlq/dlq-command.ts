import { parseArgs } from 'node:util';
import { SubgraphApp, baseConfigSchema, createLogger, loadConfig, type DeadLetterRow, type SubgraphDefinition } from '@hotelops/kernel';

export const DLQ_USAGE = `npm run -s dlq -- <command> [--service <name>]
  list [--all]          dead letters per subgraph (open ones; --all also those replayed), with their error
  show <id>             one dead letter in full: headers, payload, error
  replay <id> | --all   run it (or every open one) through the consumer again, after a fix;
                        an event applied meanwhile is a no-op, one that fails again is kept anew
Reads the same environment as the subgraphs: DATA_DIR (embedded, default ./data) or DATABASE_URL,
and KAFKA_BROKERS to publish repeat failures to the <topic>.dlq.<group> topic.`;

export type Out = (line: string) => void;

/**
 * The operator's dead-letter tool: opens each subgraph's database (migrated, no HTTP, no
 * consumption, no jobs) and works on its consumer group's dead_letters table.
 * Returns the process exit code.
 */
export async function runDlq(
  argv: string[],
  env: Record<string, string | undefined>,
  subgraphs: SubgraphDefinition[],
  out: Out,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { service: { type: 'string' }, all: { type: 'boolean', default: false } },
  });
  const [command, id] = positionals;
  if (!['list', 'show', 'replay'].includes(command ?? '') || (command !== 'list' && !id && !(command === 'replay' && values.all))) {
    out(DLQ_USAGE);
    return 64; // EX_USAGE
  }
  const chosen = values.service ? subgraphs.filter((s) => s.name === values.service) : subgraphs;
  if (chosen.length === 0) {
    out(`unknown service "${values.service}"; one of: ${subgraphs.map((s) => s.name).join(', ')}`);
    return 64;
  }
  let found = false;
  for (const definition of chosen) {
    const app = await open(definition, env);
    try {
      if (command === 'list') listLetters(definition.name, await app.deadLetters.list({ open: !values.all }), out);
      else if (command === 'show') found = showLetter(await app.deadLetters.get(id!), out) || found;
      else if (values.all) {
        await app.transport.connect();
        for (const r of await app.deadLetters.replayAll()) out(`${definition.name}\t${r.id}\t${r.type}\t${r.outcome}`);
      } else {
        const result = await app.deadLetters.replay(id!);
        if (result) {
          await app.transport.connect();
          found = true;
          out(`${definition.name}\t${result.id}\t${result.type}\t${result.outcome}`);
        }
      }
    } finally {
      await app.transport.close().catch(() => undefined);
      await app.deps.db.close();
    }
  }
  if ((command === 'show' || (command === 'replay' && !values.all)) && !found) {
    out(`no dead letter ${id}${values.service ? ` in ${values.service}` : ''}`);
    return 1;
  }
  return 0;
}

async function open(definition: SubgraphDefinition, env: Record<string, string | undefined>): Promise<SubgraphApp> {
  // no HTTP here: the port is only required by the schema
  const config = loadConfig(baseConfigSchema, { LOG_LEVEL: 'warn', PORT: '0', ...env });
  const app = new SubgraphApp(definition, { config, logger: createLogger(`dlq-${definition.name}`, config.LOG_LEVEL), withoutJobs: true });
  await app.deps.db.open();
  return app;
}

function listLetters(service: string, rows: DeadLetterRow[], out: Out): void {
  out(`${service}: ${rows.length} dead letter${rows.length === 1 ? '' : 's'}`);
  for (const r of rows) {
    const replayed = r.replayedAt ? `\treplayed ${r.replayedAt.toISOString()}: ${r.replayOutcome}` : '';
    out(`  ${r.id}\t${r.deadLetteredAt.toISOString()}\t${r.consumerGroup}\t${r.type}\tattempts ${r.attempts}\t${r.error}${replayed}`);
  }
}

function showLetter(row: DeadLetterRow | null, out: Out): boolean {
  if (!row) return false;
  const payload = (() => {
    try {
      return JSON.parse(row.payload) as unknown;
    } catch {
      return row.payload;
    }
  })();
  out(JSON.stringify({ ...row, payload }, null, 2));
  return true;
}
