// ESLint 9 flat config: Salesforce's LWC rules for components, typescript-eslint for the scripts.
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const globals = require('globals');

// LWC source, plus the assistant's shared Jest helpers and base-component stubs (LWC syntax too).
const lwcFiles = ['force-app/**/lwc/**/*.js', 'force-app/test/**/*.js'];

module.exports = [
  {
    ignores: [
      'node_modules/**',
      '.preview-build/**',
      'coverage/**',
      '.sf/**',
      '.sfdx/**',
      '**/__golden__/**',
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
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['scripts/**/*.ts'] })),
  {
    files: ['scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ignores: lwcFiles,
    languageOptions: { globals: { ...globals.node } },
  },
];
