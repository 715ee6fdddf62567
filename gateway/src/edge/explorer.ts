import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { HttpHost } from '@hotelops/kernel/http';
import type { Logger } from '@hotelops/kernel/observability';

/**
 * The API explorer (GraphiQL) at /explorer, development only and offline: the page loads only
 * what the gateway serves — React's and GraphiQL's prebuilt browser bundles from their npm
 * packages (the gateway's devDependencies, absent from the production image) — never a CDN.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const DEFAULT_QUERY = `# Paste a token into Headers below (see the note above), then run with Ctrl-Enter.
{
  properties {
    id
    code
    name
  }
}
`;

/** Starts GraphiQL against this gateway's /graphql; the token is pasted into the Headers tab, never stored. */
const BOOT = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).toString() });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultHeaders: '{\\n  "Authorization": "Bearer "\\n}',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>HotelOps API explorer</title>
<link rel="stylesheet" href="/explorer/graphiql.css">
<style>
  body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #token-help { padding: 8px 16px; background: #fff8e1; border-bottom: 1px solid #e0c97f; font-size: 14px; line-height: 1.5; }
  #token-help code { background: #f3ead0; padding: 0 4px; border-radius: 3px; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<section id="token-help">
  <strong>HotelOps API explorer — development only.</strong>
  Every request needs a staff token: <code>npm start</code> prints one, or run <code>npm run -s token</code> (a general manager of every property;
  <code>npm run -s token -- --role front-desk --property &lt;id&gt;</code> for another role) and paste it into the
  <em>Headers</em> tab as <code>{"Authorization": "Bearer &lt;token&gt;"}</code>. The token is kept in this tab only.
  Partners call with their API key in <code>x-api-key</code> instead.
</section>
<div id="graphiql">Loading the explorer…</div>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script src="/explorer/boot.js"></script>
</body>
</html>
`;

function assetPath(pkg: string, file: string): string | undefined {
  try {
    return join(dirname(require.resolve(`${pkg}/package.json`)), file);
  } catch {
    return undefined;
  }
}

/** Serves the explorer when its packages are installed; says so in the log when they are not. */
export function serveExplorer(host: HttpHost, logger: Logger): boolean {
  const paths = Object.fromEntries(Object.entries(ASSETS).map(([name, a]) => [name, assetPath(a.pkg, a.file)]));
  const missing = Object.entries(ASSETS).filter(([name]) => !paths[name]);
  if (missing.length) {
    logger.warn({ missing: [...new Set(missing.map(([, a]) => a.pkg))] }, 'API explorer not served: its packages are not installed');
    return false;
  }
  host.app.get('/explorer', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  host.app.get('/explorer/boot.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(BOOT));
  for (const [name, a] of Object.entries(ASSETS)) {
    host.app.get(`/explorer/${name}`, async (_request, reply) =>
      reply
        .type(`${a.type}; charset=utf-8`)
        .header('cache-control', 'public, max-age=3600')
        .send(await readFile(paths[name]!)),
    );
  }
  return true;
}

/**
 * Apollo's own landing page (a browser opening /graphql) loads from a CDN; in development this
 * one sends the browser to the offline explorer instead, and says where it is without one.
 */
export function explorerLandingPage(explorer: boolean): ApolloServerPlugin {
  const html = explorer
    ? '<!doctype html><meta http-equiv="refresh" content="0; url=/explorer"><title>HotelOps API</title><p>The API explorer is at <a href="/explorer">/explorer</a>.</p>'
    : '<!doctype html><title>HotelOps API</title><p>HotelOps GraphQL endpoint. POST GraphQL requests here; the explorer is off (EXPLORER_ENABLED=false).</p>';
  return { serverWillStart: async () => ({ renderLandingPage: async () => ({ html }) }) };
}
