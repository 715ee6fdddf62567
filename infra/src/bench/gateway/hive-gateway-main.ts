import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { verifyStaffToken } from '@hotelops/gateway';
import { signIdentity, ANONYMOUS, type IdentityClaims } from '@hotelops/kernel/identity';

/*
 * Hive Gateway (the JavaScript peer) over the same supergraph and subgraphs, for the gateway
 * bench: a plugin verifies the staff JWT and signs the identity once per request, the way the
 * HotelOps gateway does, so subgraphs accept its calls. HIVE_DEDUP=off turns off its in-flight
 * de-duplication of subgraph calls (keyed by URL and body only — shared across callers).
 *
 *   SUPERGRAPH_PATH=… IDENTITY_SECRET=… JWT_SECRET=… PORT=0 node hive-gateway-main.js
 */
const env = process.env;
const secret = env.IDENTITY_SECRET!;
const jwt = { secret: env.JWT_SECRET, issuer: 'hotelops', audience: 'hotelops-api' };

type Signed = { hotelopsIdentity: Record<string, string> };

const signedIdentity: GatewayPlugin<Signed> = {
  onContextBuilding: async ({ context, extendContext }) => {
    const auth = context.request.headers.get('authorization');
    const m = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
    const identity: IdentityClaims = m ? await verifyStaffToken(m[1], jwt) : ANONYMOUS;
    extendContext({ hotelopsIdentity: signIdentity(identity, secret) });
  },
  onFetch: ({ context, options, setOptions }) => {
    const headers = (context as Partial<Signed>).hotelopsIdentity;
    if (headers) setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...headers } });
  },
};

const gateway = createGatewayRuntime<Signed>({
  supergraph: readFileSync(env.SUPERGRAPH_PATH!, 'utf8'),
  logging: 'error',
  plugins: () => [signedIdentity],
  transportEntries: env.HIVE_DEDUP === 'off' ? { '*': { options: { deduplicateInflightRequests: false } } } : {},
});

const server = createServer(gateway);
server.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ msg: 'gateway started', url: `http://127.0.0.1:${port}` }));
});
process.once('SIGTERM', () => {
  server.close();
  void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
});
