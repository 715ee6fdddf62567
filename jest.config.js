/**
 * Test tiers by file name: *.unit.test.ts (pure), *.int.test.ts (a subgraph on real
 * SQLite/PostgreSQL/Kafka), test/e2e/*.e2e.test.ts (gateway + all subgraphs over HTTP),
 * test/chaos/*.chaos.test.ts (faults injected: brokers, processes, subgraphs, connections).
 * Workspace packages are mapped to their sources, so tests need no build.
 */
const packages = {
  kernel: 'shared/kernel',
  contracts: 'shared/contracts',
  testing: 'shared/testing',
  staffing: 'services/staffing',
  reservations: 'services/reservations',
  fnb: 'services/fnb',
  inventory: 'services/inventory',
  care: 'services/care',
  gateway: 'gateway',
  'client-operations': 'clients/operations',
  infra: 'infra',
};
// `@hotelops/kernel/events` → shared/kernel/src/events/index.ts, as package.json "exports" maps it to dist.
const moduleNameMapper = Object.fromEntries(
  Object.entries(packages).flatMap(([name, dir]) => [
    [`^@hotelops/${name}$`, `<rootDir>/${dir}/src/index.ts`],
    [`^@hotelops/${name}/([a-z-]+)$`, `<rootDir>/${dir}/src/$1/index.ts`],
  ]),
);
const base = {
  testEnvironment: 'node',
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
    // jose 6 and auto-bind 5 (GraphQL Code Generator's) ship only ES modules; Node 24 can require() them, jest's module loader cannot.
    '/node_modules/(jose|auto-bind)/.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest-esm.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/|auto-bind/)'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['reflect-metadata'],
};
module.exports = {
  // Bounds a hung test; integration tests wait on real brokers and databases.
  testTimeout: 60_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.test.ts'] },
    { ...base, displayName: 'int', testMatch: ['<rootDir>/**/*.int.test.ts'], slowTestThreshold: 30 },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'], slowTestThreshold: 60 },
    // faults on purpose: private brokers stopped and wiped, processes killed, subgraphs and connections down
    { ...base, displayName: 'chaos', testMatch: ['<rootDir>/test/chaos/**/*.chaos.test.ts'], slowTestThreshold: 60 },
  ],
};
