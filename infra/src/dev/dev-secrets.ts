import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Embedded mode's secrets: taken from the environment when set, otherwise generated once and
 * kept in the data dir, so development tokens survive restarts. Production always sets them.
 */
export function devSecrets(dataDir: string): { IDENTITY_SECRET: string; JWT_SECRET: string } {
  const file = join(dataDir, 'dev-secrets.json');
  let stored: { IDENTITY_SECRET?: string; JWT_SECRET?: string } = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8'));
  const secrets = {
    IDENTITY_SECRET: process.env.IDENTITY_SECRET ?? stored.IDENTITY_SECRET ?? randomBytes(32).toString('hex'),
    JWT_SECRET: process.env.JWT_SECRET ?? stored.JWT_SECRET ?? randomBytes(32).toString('hex'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
