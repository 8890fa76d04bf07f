// ESLint 9 flat config: Salesforce's LWC rules for components, typescript-eslint for the scripts.
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const globals = require('globals');

const lwcFiles = ['force-app/**/lwc/**/*.js'];

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
    files: ['force-app/**/lwc/**/__tests__/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['scripts/**/*.ts', 'src/**/*.ts'] })),
  {
    files: ['scripts/**/*.ts', 'src/**/*.ts'],
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
