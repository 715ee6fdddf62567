import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { ConfigError } from '@hotelops/kernel';
import { loadGatewayConfig, verifyStaffToken } from '@hotelops/gateway';

/** Staff tokens issued by an identity provider, verified against its JWKS URL (a local HTTP server here). */
describe('staff tokens verified with a JWKS URL', () => {
  let server: Server;
  let jwksUrl: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let requests = 0;
  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const settings = () => ({ jwksUrl, issuer: 'https://idp.example', audience: 'hotelops-api' });
  const sign = (key: CryptoKey | Uint8Array, alg = 'RS256', kid = 'k1') =>
    new SignJWT({ roles: ['front-desk'], properties: ['p-1'] })
      .setProtectedHeader({ alg, kid })
      .setSubject('e-7')
      .setIssuer('https://idp.example')
      .setAudience('hotelops-api')
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed by a key in the set, fetching the set once', async () => {
    const token = await sign(keys.privateKey);
    expect(await verifyStaffToken(token, settings())).toEqual({
      kind: 'staff',
      subject: 'e-7',
      roles: ['front-desk'],
      scopes: [],
      propertyIds: ['p-1'],
    });
    await verifyStaffToken(token, settings());
    expect(requests).toBe(1);
  });

  it('refuses a token from another key, and an HS256 token (no algorithm confusion)', async () => {
    const stranger = await generateKeyPair('RS256');
    await expect(verifyStaffToken(await sign(stranger.privateKey), settings())).rejects.toThrow(/token rejected/);
    const hs = await sign(new TextEncoder().encode('s'.repeat(32)), 'HS256');
    await expect(verifyStaffToken(hs, settings())).rejects.toThrow(/token rejected/);
  });

  it('is chosen by config: exactly one of JWT_SECRET and JWT_JWKS_URL', () => {
    const base = { IDENTITY_SECRET: 'i'.repeat(32) };
    expect(loadGatewayConfig({ ...base, JWT_JWKS_URL: jwksUrl }).JWT_JWKS_URL).toBe(jwksUrl);
    expect(() => loadGatewayConfig(base)).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ ...base, JWT_JWKS_URL: jwksUrl, JWT_SECRET: 's'.repeat(32) })).toThrow(
      /JWT_SECRET: set exactly one of JWT_SECRET and JWT_JWKS_URL/,
    );
  });
});
