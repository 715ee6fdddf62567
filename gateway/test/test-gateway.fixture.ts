import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayServer, loadGatewayConfig } from '@hotelops/gateway';

/** How the gateway tests sign staff tokens. */
export const TEST_JWT = { secret: 'gateway-test-jwt-secret-0123456789abcdef', issuer: 'hotelops', audience: 'hotelops-api' };

/** A gateway over `supergraphSdl` on a free port, rate limit off; `env` adds or overrides settings. */
export async function startTestGateway(supergraphSdl: string, env: Record<string, string> = {}): Promise<GatewayServer> {
  const gateway = new GatewayServer(
    loadGatewayConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      IDENTITY_SECRET: 'gateway-test-identity-secret-0123456789abcdef',
      JWT_SECRET: TEST_JWT.secret,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'hotelops-gateway-test-')),
      RATE_LIMIT_MAX: '0',
      ...env,
    }),
    supergraphSdl,
  );
  await gateway.start();
  return gateway;
}
