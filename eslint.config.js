// Flat config: typescript-eslint's recommended rules without type information (fast on 2 cores).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'infra/kafka/.cache/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Imports across packages go by package name, never by relative path into another package.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*/src/*', '../../../*'], message: 'import other packages by name (@hotelops/…)' }] },
      ],
    },
  },
  // Rules of the house (DESIGN §4): a subgraph never imports another subgraph, and pure domain
  // rules import no framework.
  ...['staffing', 'reservations', 'fnb', 'inventory', 'care'].map((name) => ({
    files: [`services/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*/src/*', '../../../*'], message: 'import other packages by name (@hotelops/…)' },
            {
              group: ['@hotelops/staffing', '@hotelops/reservations', '@hotelops/fnb', '@hotelops/inventory', '@hotelops/care'].filter(
                (p) => p !== `@hotelops/${name}`,
              ),
              message: 'a subgraph knows other domains only through federation stubs and @hotelops/contracts events',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['**/*.rules.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@hotelops/kernel', message: 'domain rules import only @hotelops/kernel/rules from the kernel' }],
          patterns: [
            {
              group: [
                'typeorm',
                'type-graphql',
                'graphql',
                'graphql-*',
                'kafkajs',
                '@apollo/*',
                '@hotelops/kernel/*',
                '!@hotelops/kernel/rules',
                'pg',
                'better-sqlite3',
              ],
              message: 'domain rules are pure: no persistence, GraphQL or messaging (@hotelops/kernel/rules is their kernel)',
            },
          ],
        },
      ],
    },
  },
);
