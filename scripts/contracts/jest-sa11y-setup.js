// Jest setup (referenced by jest.config.js): setup() registers the sa11y matcher
// `expect(element).toBeAccessible()` and its custom rules for every LWC test.
const { setup } = require('@sa11y/jest');

setup();
