/**
 * The project files Salesforce's tools read: sfdx-project.json and the scratch org definition are
 * validated against Salesforce's own JSON Schemas (@salesforce/schemas) with ajv, and a broken copy
 * must fail, so the check is known to bite. readProjectLayout is checked against the real file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ProjectJsonSchema } from '@salesforce/core';
import { readProjectLayout } from './project.js';
import { REPO_ROOT } from './testing/temp-tree.js';

const SCHEMAS = path.join(REPO_ROOT, 'node_modules', '@salesforce', 'schemas');

function validator(schemaFile: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, schemaFile), 'utf8')) as object);
}

function readJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, relative), 'utf8')) as Record<string, unknown>;
}

function errorsOf(validate: ValidateFunction): string {
  return JSON.stringify(validate.errors, null, 2);
}

describe('project files against @salesforce/schemas', () => {
  const validateProject = validator('sfdx-project.schema.json');
  const validateScratch = validator('project-scratch-def.schema.json');

  it('sfdx-project.json is valid', () => {
    assert.ok(
      validateProject(readJson('sfdx-project.json')),
      `sfdx-project.json breaks @salesforce/schemas' sfdx-project.schema.json (a top-level "$schema" key is not allowed there): ${errorsOf(validateProject)}`,
    );
  });

  it('sfdx-project.json passes the schema the sf CLI itself applies (@salesforce/core ProjectJsonSchema)', () => {
    // sf warns on every project command when this fails, and fails with SFDX_PROJECT_JSON_VALIDATION=true.
    const result = ProjectJsonSchema.safeParse(readJson('sfdx-project.json'));
    assert.ok(result.success, JSON.stringify(result.error?.issues));
  });

  it('a broken sfdx-project.json fails (misspelt key, package directory without a path)', () => {
    const misspelt = readJson('sfdx-project.json');
    misspelt.sourceApiVerison = misspelt.sourceApiVersion;
    assert.equal(validateProject(misspelt), false);
    assert.ok(
      validateProject.errors?.some((error) => error.keyword === 'additionalProperties'),
      errorsOf(validateProject),
    );

    const noPath = readJson('sfdx-project.json') as { packageDirectories: Record<string, unknown>[] };
    delete noPath.packageDirectories[1]!.path;
    assert.equal(validateProject(noPath), false, 'a package directory needs a path');
  });

  it('config/project-scratch-def.json is valid', () => {
    assert.ok(validateScratch(readJson('config/project-scratch-def.json')), errorsOf(validateScratch));
  });

  it('a broken scratch org definition fails (no edition, unknown edition)', () => {
    const noEdition = readJson('config/project-scratch-def.json');
    delete noEdition.edition;
    assert.equal(validateScratch(noEdition), false);
    assert.ok(
      validateScratch.errors?.some((error) => error.keyword === 'required'),
      errorsOf(validateScratch),
    );

    const wrongEdition = { ...readJson('config/project-scratch-def.json'), edition: 'Platinum' };
    assert.equal(validateScratch(wrongEdition), false, 'edition is an enumeration');
  });

  it('the scratch definition file named by the package exists', () => {
    const project = readJson('sfdx-project.json') as { packageDirectories: { definitionFile?: string }[] };
    for (const directory of project.packageDirectories) {
      if (directory.definitionFile)
        assert.ok(existsSync(path.join(REPO_ROOT, directory.definitionFile)), directory.definitionFile);
    }
  });
});

describe('readProjectLayout', () => {
  it('reads the package directories, the packaged one and the API version', async () => {
    const layout = await readProjectLayout(REPO_ROOT);
    assert.deepEqual(layout, {
      packageDirectories: ['force-app/core', 'force-app/generated', 'examples/isv-connector/force-app'],
      packagedDirectory: 'force-app/core',
      packagedDirectories: ['force-app/core', 'examples/isv-connector/force-app'],
      deployDirectories: ['force-app/core', 'force-app/generated'],
      sourceApiVersion: '63.0',
    });
    for (const directory of layout.packageDirectories)
      assert.ok(existsSync(path.join(REPO_ROOT, directory)), `${directory} exists`);
  });
});
