import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '@hotelops/kernel/config';
import { PARTNER_SCOPES } from '@hotelops/kernel/identity';
import { createLogger } from '@hotelops/kernel/observability';
import { gatewayConfigSchema } from '../config';
import { ApiKeyStore, type PartnerKey } from '../partners/api-key-store';

const USAGE = `usage:
  apikey create --name <partner> --scope <scope> [--scope …] --property <id|*> [--property …] [--channel <CODE> …] [--persisted-only]
  apikey bind <key id> --channel <CODE> [--channel …]   (sets the channels the key may send reservations for)
  apikey list
  apikey revoke <key id>
scopes: ${PARTNER_SCOPES.join(', ')}
A key sends reservations (GraphQL upsertChannelReservation, OTA HotelResNotif) only for its --channel codes.`;

// The CLI needs only where the gateway's database is, not the gateway's secrets.
const storeConfig = z.object({
  DATA_DIR: gatewayConfigSchema.shape.DATA_DIR,
  GATEWAY_DATABASE_URL: gatewayConfigSchema.shape.GATEWAY_DATABASE_URL,
});

export class UsageError extends Error {}

/** `npm run -s apikey -- create|bind|list|revoke …`: manages partner API keys in the gateway's database. */
export async function runApiKeyCli(argv: string[], env: Record<string, string | undefined>, print: (line: string) => void): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      scope: { type: 'string', multiple: true, default: [] },
      property: { type: 'string', multiple: true, default: [] },
      channel: { type: 'string', multiple: true, default: [] },
      'persisted-only': { type: 'boolean', default: false },
    },
  });
  if (!['create', 'bind', 'list', 'revoke'].includes(command)) throw new UsageError(USAGE);
  const config = loadConfig(storeConfig, env);
  const store = await ApiKeyStore.open({
    databaseUrl: config.GATEWAY_DATABASE_URL,
    dataDir: resolve(config.DATA_DIR),
    logger: createLogger('apikey', 'warn'),
  });
  try {
    if (command === 'create') {
      if (!values.name) throw new UsageError(`--name is required\n${USAGE}`);
      const { key, record } = await store.create({
        name: values.name,
        scopes: values.scope!,
        propertyIds: values.property!,
        channels: values.channel!,
        persistedOnly: values['persisted-only'],
      });
      print(describe(record));
      print(`key (shown once; send it as the x-api-key header): ${key}`);
    } else if (command === 'bind') {
      if (!positionals[0]) throw new UsageError(`bind needs a key id\n${USAGE}`);
      print(describe(await store.bindChannels(positionals[0], values.channel!)));
    } else if (command === 'list') {
      const keys = await store.list();
      if (keys.length === 0) print('no API keys');
      for (const k of keys) print(describe(k));
    } else {
      if (!positionals[0]) throw new UsageError(`revoke needs a key id\n${USAGE}`);
      print(describe(await store.revoke(positionals[0])));
    }
  } finally {
    await store.close();
  }
}

function describe(k: PartnerKey): string {
  const status = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
  const mode = k.persistedOnly ? ' persisted-queries-only' : '';
  return `${k.id}  ${k.name}  scopes=${k.scopes.join(',')}  properties=${k.propertyIds.join(',')}  channels=${k.channels.join(',') || '(none)'}  ${status}${mode}  created ${k.createdAt.toISOString()}`;
}
