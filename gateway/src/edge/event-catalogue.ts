import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { HttpHost } from '@hotelops/kernel/http';

/** Serves the committed AsyncAPI event catalogue (shared/contracts/asyncapi.json) at /asyncapi.json — development only. */
export function serveEventCatalogue(host: HttpHost): void {
  const path = join(dirname(require.resolve('@hotelops/contracts/package.json')), 'asyncapi.json');
  host.app.get('/asyncapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(await readFile(path)));
}
