import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import { createBuildLogHandler, kebabTagName } from './build.js';

describe('kebabTagName', () => {
  it('turns a bundle name into its custom element tag', () => {
    assert.equal(kebabTagName('integrationUserAssistant'), 'c-integration-user-assistant');
  });
});

describe('createBuildLogHandler', () => {
  it('turns an unresolved import into a build error naming the module and the importer', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iuk-unresolved-'));
    try {
      const entry = path.join(dir, 'component.js');
      await writeFile(entry, "import { getRecord } from 'lightning/uiRecordApi';\nconsole.log(getRecord);\n");
      const logs = createBuildLogHandler();
      await assert.rejects(
        rollup({ input: entry, onLog: logs.onLog }),
        (error: Error) =>
          error.message.includes('Cannot resolve "lightning/uiRecordApi"') &&
          error.message.includes('component.js'),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
