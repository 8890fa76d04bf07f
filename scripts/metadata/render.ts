/**
 * Renders the whole generated tree from a resolved model: relative path → file content. Pure and
 * deterministic (inputs are sorted by the definitions layer), so a re-run is byte-identical.
 */
import type { ResolvedDefinitions } from '../definitions/model.js';
import { definitionRecordPath, renderDefinitionRecord } from './definition-record.js';
import { permissionSetPath, renderPermissionSet } from './permission-set.js';
import { profilePath, renderProfile } from './profile.js';
import { retiredProfiles } from './removal.js';
import { renderAppFiles } from './eca/render.js';

export type RenderedTree = Map<string, string>;

export function renderTree(definitions: ResolvedDefinitions): RenderedTree {
  const files: RenderedTree = new Map();
  // Retired integrations keep their record (marked retired) but lose their permission set, and a
  // profile only they use is no longer written: removal.ts lists those for the destructive step.
  const retired = new Set(retiredProfiles(definitions));
  for (const profile of definitions.profiles) {
    if (!profile.existing && !retired.has(profile.name))
      files.set(profilePath(profile), renderProfile(profile));
  }
  for (const integration of definitions.integrations) {
    if (!integration.retired) {
      files.set(permissionSetPath(integration), renderPermissionSet(integration, definitions));
      // The app without its OAuth policy: the policy names the run-as user and is deployed once the
      // user exists (scripts/org/app-deploy.ts).
      if (integration.authentication.app)
        for (const [file, content] of renderAppFiles(integration)) files.set(file, content);
    }
    files.set(
      definitionRecordPath(integration, definitions),
      renderDefinitionRecord(integration, definitions),
    );
  }
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
