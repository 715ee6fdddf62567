import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mintStaffToken } from '@hotelops/gateway';
import { devSecrets } from './dev-secrets';

/**
 * `npm run -s token -- --role front-desk --property <id> [--role …] [--employee <id>] [--ttl 8h]`
 * Mints a staff JWT signed with JWT_SECRET (or embedded mode's secret in ./data).
 */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: ['general-manager'] },
      property: { type: 'string', multiple: true, default: ['*'] },
      employee: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const { JWT_SECRET } = devSecrets(resolve(process.env.DATA_DIR ?? './data'));
  const token = await mintStaffToken(
    { employeeId: values.employee, roles: values.role!, properties: values.property! },
    { secret: JWT_SECRET, issuer: process.env.JWT_ISSUER ?? 'hotelops', audience: process.env.JWT_AUDIENCE ?? 'hotelops-api' },
    values.ttl,
  );
  process.stdout.write(token + '\n');
}
void main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
