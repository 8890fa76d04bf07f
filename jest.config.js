// Jest for the Lightning web components (npm run test:lwc). The TypeScript scripts use node:test instead.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  // Registers @sa11y/jest's toBeAccessible() matcher for every LWC test.
  setupFilesAfterEnv: [
    ...(jestConfig.setupFilesAfterEnv || []),
    '<rootDir>/scripts/contracts/jest-sa11y-setup.js',
  ],
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
