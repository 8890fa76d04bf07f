// ESLint 9 flat config: Salesforce's LWC rules for components, typescript-eslint for the scripts.
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const globals = require('globals');

// LWC source, plus the assistant's shared Jest helpers and base-component stubs (LWC syntax too).
const lwcFiles = ['force-app/**/lwc/**/*.js', 'force-app/test/**/*.js'];
const typeCheckedFiles = [
  'scripts/cli.ts',
  'scripts/commands/**/*.ts',
  'scripts/plugin/**/*.ts',
  'scripts/bench/startup.ts',
  'src/**/*.ts',
];

module.exports = [
  {
    ignores: [
      'node_modules/**',
      '.preview-build/**',
      'coverage/**',
      '.sf/**',
      '.sfdx/**',
      '**/__golden__/**',
      'lib/**',
    ],
  },
  ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: lwcFiles })),
  {
    files: ['force-app/**/lwc/**/__tests__/**/*.js', 'force-app/test/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // Injected into the preview page by the browser tests: browser code.
    files: ['scripts/preview/checks/in-page-checks.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['scripts/**/*.ts', 'src/**/*.ts'] })),
  {
    files: ['scripts/**/*.ts', 'src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules (an unawaited promise, an unsafe any) where they are in force so far: the command
  // layer, the sf plugin and its tooling.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typeCheckedFiles })),
  {
    files: typeCheckedFiles,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      // node:test's describe/it return promises that the runner awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ignores: lwcFiles,
    languageOptions: { globals: { ...globals.node } },
  },
];
