/**
 * config/project-scratch-def.json turns on every feature the bundled example needs (its ERP integration
 * reads Orders, which are off by default), and still validates against @salesforce/schemas.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { loadDefinitions } from '../definitions/load.js';
import { REPO_ROOT } from './repo-root.js';
import { featureSettings, missingScratchFeatures, SCRATCH_DEF } from './scratch-features.js';

async function bundledObjects(): Promise<Set<string>> {
  const first = await loadDefinitions('config/integration-definitions.json', { cwd: REPO_ROOT });
  assert.ok(first.ok, 'the bundled example is valid');
  const objects = new Set<string>();
  for (const environment of first.definitions.environments) {
    const loaded = await loadDefinitions('config/integration-definitions.json', {
      cwd: REPO_ROOT,
      environment: environment.name,
    });
    assert.ok(loaded.ok, environment.name);
    for (const integration of loaded.definitions.integrations) {
      for (const permission of integration.objectPermissions) objects.add(permission.object);
    }
  }
  return objects;
}

const scratchDefinition = () =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, SCRATCH_DEF), 'utf8')) as {
    settings?: Record<string, Record<string, unknown>>;
  };

describe('scratch org definition and the features the definitions need', () => {
  it('reads the engine’s feature table (Orders: settings.orderSettings.enableOrders)', () => {
    assert.deepEqual(featureSettings().get('order'), ['orderSettings', 'enableOrders']);
  });

  it('turns on every feature the bundled example needs', async () => {
    const objects = await bundledObjects();
    assert.ok(objects.has('Order'), 'the ERP integration reads Orders');
    assert.deepEqual(missingScratchFeatures(objects, scratchDefinition(), featureSettings()), []);
  });

  it('fails a planted difference: a scratch definition without Orders', () => {
    const planted = scratchDefinition();
    delete planted.settings!.orderSettings;
    assert.deepEqual(missingScratchFeatures(['Account', 'Order'], planted, featureSettings()), [
      `Order needs settings.orderSettings.enableOrders: true in ${SCRATCH_DEF}`,
    ]);
  });

  it('still validates against @salesforce/schemas', () => {
    const schema = JSON.parse(
      readFileSync(
        path.join(REPO_ROOT, 'node_modules/@salesforce/schemas/project-scratch-def.schema.json'),
        'utf8',
      ),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(scratchDefinition()), JSON.stringify(validate.errors));
  });
});
