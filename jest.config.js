// Jest for the Lightning web components (npm run test:lwc). The TypeScript scripts use node:test instead.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  // `css` lets `@import 'c/iukStyles';` resolve to the CSS-only module shared by the assistant's
  // components, as the platform resolves it.
  moduleFileExtensions: [...jestConfig.moduleFileExtensions, 'css'],
  // Custom labels resolve to their values in the assistant's CustomLabels file (one source of texts).
  setupFiles: [...(jestConfig.setupFiles || []), '<rootDir>/force-app/test/assistant/jest/labels.js'],
  // Registers @sa11y/jest's toBeAccessible() matcher for every LWC test.
  setupFilesAfterEnv: [
    ...(jestConfig.setupFilesAfterEnv || []),
    '<rootDir>/scripts/contracts/jest-sa11y-setup.js',
  ],
  // Shared test helpers and the Apex fixtures (also served by the browser preview) live in one
  // forceignored place, force-app/test/assistant: `iuk-test/jest/testing`, `iuk-test/data/<file>.json`.
  moduleNameMapper: {
    ...(jestConfig.moduleNameMapper || {}),
    '^iuk-test/(.*)$': '<rootDir>/force-app/test/assistant/$1',
    // Stubs that keep aria-label and focus() of the real base components (the default stubs drop them).
    '^lightning/(button|buttonIcon|progressBar|select|textarea)$':
      '<rootDir>/force-app/test/assistant/jest/lightning/$1/$1.js',
  },
  // The browser preview writes build output next to the sources; never pick up copies from there.
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver/', '<rootDir>/.preview-build/'],
  testPathIgnorePatterns: [
    '<rootDir>/node_modules/',
    '<rootDir>/.localdevserver/',
    '<rootDir>/.preview-build/',
  ],
  // Only component tests: the node:test suites under scripts/ must never run under Jest.
  roots: ['<rootDir>/force-app'],
  testTimeout: 10000,
};
