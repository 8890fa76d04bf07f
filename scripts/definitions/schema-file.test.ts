import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { DEFAULT_CONFIG } from './load.js';
import { renderSchemaFile, SCHEMA_FILE, syncSchemaFile } from './schema-file.js';
import { validDocument } from './testing/fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function committedSchema(): Promise<string> {
  return readFile(path.join(ROOT, SCHEMA_FILE), 'utf8');
}

/** Plain ajv, as an editor or another tool would use the published file; `hint` is our documented keyword. */
async function publishedValidator() {
  const ajv = new Ajv({ allErrors: true });
  ajv.addKeyword('hint');
  return ajv.compile(JSON.parse(await committedSchema()));
}

describe('the published JSON Schema', () => {
  it('is exactly what schema.ts renders (run `npm run generate` after changing schema.ts)', async () => {
    assert.equal(await committedSchema(), renderSchemaFile());
  });

  it('is a draft-07 schema with a stable id', () => {
    const schema = JSON.parse(renderSchemaFile()) as Record<string, unknown>;
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, 'https://integration-user-kit.dev/schema/integration-definitions.schema.json');
    assert.deepEqual(Object.keys(schema).slice(0, 4), ['$schema', '$id', 'title', 'description']);
  });

  it('is the schema the bundled example refers to', async () => {
    const example = JSON.parse(await readFile(path.join(ROOT, DEFAULT_CONFIG), 'utf8')) as {
      $schema: string;
    };
    assert.equal(
      path.resolve(path.dirname(path.join(ROOT, DEFAULT_CONFIG)), example.$schema),
      path.join(ROOT, SCHEMA_FILE),
    );
  });

  it('accepts the bundled example with plain ajv', async () => {
    const validate = await publishedValidator();
    const example: unknown = JSON.parse(await readFile(path.join(ROOT, DEFAULT_CONFIG), 'utf8'));
    assert.equal(validate(example), true, JSON.stringify(validate.errors, null, 2));
  });

  it('accepts the test base document and rejects a misspelt key with plain ajv', async () => {
    const validate = await publishedValidator();
    assert.equal(validate(validDocument()), true, JSON.stringify(validate.errors));
    const broken = { ...validDocument(), enviroments: [] };
    assert.equal(validate(broken), false);
    assert.equal(validate.errors?.[0]?.keyword, 'additionalProperties');
  });

  it('rejects an API name with a trailing underscore with plain ajv', async () => {
    const validate = await publishedValidator();
    const document = validDocument();
    document.integrations[0]!.name = 'Alpha_Sync_';
    assert.equal(validate(document), false);
  });
});

describe('syncSchemaFile', () => {
  it('writes the schema file when it differs, reports a difference in check mode without writing', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'iuk-schema-'));
    try {
      await mkdir(path.join(root, path.dirname(SCHEMA_FILE)), { recursive: true });
      const target = path.join(root, SCHEMA_FILE);
      await writeFile(target, '{}\n');
      assert.equal(await syncSchemaFile(root, true), true);
      assert.equal(await readFile(target, 'utf8'), '{}\n');
      assert.equal(await syncSchemaFile(root), true);
      assert.equal(await readFile(target, 'utf8'), renderSchemaFile());
      assert.equal(await syncSchemaFile(root), false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
