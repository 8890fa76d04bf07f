/** The bundled example, resolved as generate resolves it, optionally with some integrations retired: what the steps after a deploy work on in tests. */
import assert from 'node:assert/strict';
import { loadDefinitions } from '../../definitions/load.js';
import type { ResolvedDefinitions } from '../../definitions/model.js';

export async function bundledDefinitions(retired: string[] = []): Promise<ResolvedDefinitions> {
  const loaded = await loadDefinitions('config/integration-definitions.json');
  assert.ok(loaded.ok, 'the bundled example is valid');
  return {
    ...loaded.definitions,
    integrations: loaded.definitions.integrations.map((integration) =>
      retired.includes(integration.name) ? { ...integration, retired: true, active: false } : integration,
    ),
  };
}
