import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EVENT_CONTRACTS, buildAsyncApi } from '@hotelops/contracts';

/** Where the committed catalogue lives: next to the contracts' package.json. */
export const ASYNCAPI_PATH = join(dirname(require.resolve('@hotelops/contracts/package.json')), 'asyncapi.json');

/** The catalogue's text as `npm run catalogue` writes it (and the staleness test expects it). */
export function asyncApiText(): string {
  const { version } = JSON.parse(readFileSync(join(dirname(ASYNCAPI_PATH), 'package.json'), 'utf8')) as { version: string };
  return `${JSON.stringify(buildAsyncApi(EVENT_CONTRACTS.values(), { version }), null, 2)}\n`;
}
