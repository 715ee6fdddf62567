import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { chromium, type Browser } from 'playwright-core';
import { IDENTITY_HEADER } from '@hotelops/kernel/identity';
import { GatewayServer, loadGatewayConfig, mintStaffToken } from '@hotelops/gateway';

/** Debian's Chromium (infra/browser/ensure-chromium.sh installs it); playwright-core brings no browser of its own. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = resolve(__dirname, '..', '..', 'test-artifacts');
const JWT = { secret: 'explorer-test-jwt-secret-0123456789abcdef', issuer: 'hotelops', audience: 'hotelops-api' };

/** A subgraph answering who the gateway says the caller is: the answer shows the pasted token was used. */
function whoamiSubgraph(): Server {
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const identity = JSON.parse(Buffer.from(String(req.headers[IDENTITY_HEADER]), 'base64url').toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { whoami: identity.subject ?? null } }));
    });
  });
}

const supergraphOf = (url: string) => {
  const composed = composeServices([
    {
      name: 'echo',
      url,
      typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { "the caller the gateway identified" whoami: String }`),
    },
  ]);
  if (composed.errors?.length) throw composed.errors[0];
  return composed.supergraphSdl!;
};

const gatewayWith = (env: Record<string, string>, supergraph: string) =>
  new GatewayServer(
    loadGatewayConfig({
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      IDENTITY_SECRET: 'explorer-test-identity-secret-0123456789abcdef',
      JWT_SECRET: JWT.secret,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'hotelops-explorer-')),
      RATE_LIMIT_MAX: '0',
      ...env,
    }),
    supergraph,
  );

describe('API explorer (GraphiQL, offline) in headless Chromium', () => {
  const subgraph = whoamiSubgraph();
  let supergraph: string;
  let gateway: GatewayServer;
  let browser: Browser;

  beforeAll(async () => {
    await new Promise<void>((r) => subgraph.listen(0, '127.0.0.1', r));
    supergraph = supergraphOf(`http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`);
    gateway = gatewayWith({ NODE_ENV: 'development' }, supergraph);
    await gateway.start();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    subgraph.close();
  });

  it('runs a query with a pasted dev token and shows the answer, loading nothing from outside the gateway', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const origin = new URL(gateway.url).origin;
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const token = await mintStaffToken({ employeeId: 'emp-explorer-7', roles: ['front-desk'], properties: ['*'] }, JWT);

    await page.goto(`${origin}/explorer`);
    await page.locator('.graphiql-container').waitFor();
    await expect(page.locator('#token-help').innerText()).resolves.toContain('npm run -s token');

    // paste the token into the Headers editor, the query into the query editor, and run it
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').first();
    await headers.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('{ whoami }');
    await page.locator('.graphiql-execute-button').click();

    const response = page.locator('.graphiql-response');
    await response.getByText('emp-explorer-7').waitFor();
    expect(await response.innerText()).toContain('"whoami": "emp-explorer-7"');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer.png'), fullPage: true });
    expect(outside).toEqual([]);
  });

  it('is not served in production, nor when switched off', async () => {
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'development', EXPLORER_ENABLED: 'false' }]) {
      const off = gatewayWith(env, supergraph);
      await off.start();
      try {
        for (const path of ['/explorer', '/explorer/graphiql.js'])
          expect((await fetch(`${new URL(off.url).origin}${path}`)).status).toBe(404);
      } finally {
        await off.stop();
      }
    }
    expect((await fetch(`${new URL(gateway.url).origin}/explorer/graphiql.js`)).status).toBe(200);
  });
});
