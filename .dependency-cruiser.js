/**
 * Rules of the house (DESIGN §4), checked by `npm run lint`:
 * - a subgraph never imports another subgraph; the gateway imports no subgraph;
 * - inside a subgraph, module folders form a layered, acyclic graph: nothing imports upwards
 *   into the composition (app.ts, composition.ts), the event handlers or the demo seed;
 * - domain rules (*.rules.ts) are pure: other rules, @hotelops/kernel/rules and contracts only.
 * Imports between workspaces go by package name; node_modules/@hotelops/* resolve to their sources.
 */
const SUBGRAPH = '^services/([^/]+)/';
const TOP = 'src/(app|composition|main|index)\\.ts$|src/(events|demo)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-subgraph-to-subgraph',
      comment: 'a subgraph knows other domains only through federation stubs and @hotelops/contracts events',
      severity: 'error',
      from: { path: SUBGRAPH },
      to: { path: '^services/', pathNot: '^services/$1/' },
    },
    {
      name: 'no-shared-to-subgraph',
      comment: 'the gateway, kernel, contracts and testing harness depend on no subgraph',
      severity: 'error',
      from: { path: '^(gateway|shared)/' },
      to: { path: '^services/' },
    },
    {
      name: 'no-upward-import',
      comment: 'modules are composed from above (app.ts, composition.ts, events/, demo/); they never import those',
      severity: 'error',
      from: { path: `${SUBGRAPH}src/`, pathNot: `${SUBGRAPH}(${TOP})` },
      // a resolver may name the composed services' type (`import type { FnbServices }`)
      to: { path: `^services/$1/(${TOP})`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'rules-are-pure',
      comment:
        'domain rules (and the data catalogues they read) import no persistence, GraphQL or messaging: other rules, catalogues, @hotelops/kernel/rules, contracts',
      severity: 'error',
      from: { path: '\\.(rules|catalogue)\\.ts$' },
      to: { pathNot: '\\.(rules|catalogue)\\.ts$|^shared/kernel/src/rules/|^shared/contracts/src/' },
    },
    {
      name: 'no-module-cycle',
      comment: 'two module folders of a subgraph that import each other are one module, or need a layer above both',
      severity: 'error',
      scope: 'folder',
      from: { path: `${SUBGRAPH}src/[^/]+` },
      to: { circular: true },
    },
    {
      name: 'no-file-cycle',
      severity: 'error',
      from: { path: '^(services|shared|gateway|infra)/' },
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '/dist/|\\.d\\.ts$' },
    // @hotelops/<package> resolve to their sources, as jest maps them (tsconfig.depcruise.json "paths")
  },
};
