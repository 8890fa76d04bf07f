/**
 * Renders the generated tree from a resolved model: relative path → file content. Pure and
 * deterministic (inputs are sorted by the definitions layer), so a re-run is byte-identical.
 */
import type { ResolvedDefinitions } from '../definitions/model.js';
import { definitionRecordPath, renderDefinitionRecord } from './definition-record.js';
import { permissionSetPath, writePermissionSet } from './permission-set.js';
import { profilePath, renderProfile } from './profile.js';
import { retiredProfiles } from './removal.js';
import { ByteSink } from './xml.js';
import { renderAppFiles } from './eca/render.js';

export type RenderedTree = Map<string, string>;

/**
 * The generated tree as relative path → a function that renders that file, in path order: the tree
 * writer renders, hashes and writes one file at a time, so the whole tree is never in memory.
 */
export function generatedFiles(definitions: ResolvedDefinitions): Map<string, () => string | Uint8Array> {
  const files: [string, () => string | Uint8Array][] = [];
  // Permission sets are the large files: rendered into one reused buffer, each view valid until the
  // next is rendered (the tree writer is done with a file before it renders the next).
  const sink = new ByteSink();
  // Retired integrations keep their record (marked retired) but lose their permission set, and a
  // profile only they use is no longer written: removal.ts lists those for the destructive step.
  const retired = new Set(retiredProfiles(definitions));
  for (const profile of definitions.profiles) {
    if (!profile.existing && !retired.has(profile.name))
      files.push([profilePath(profile), () => renderProfile(profile)]);
  }
  for (const integration of definitions.integrations) {
    if (!integration.retired) {
      files.push([
        permissionSetPath(integration),
        () => {
          sink.reset();
          writePermissionSet(sink, integration, definitions);
          return sink.bytes();
        },
      ]);
      // The app without its OAuth policy: the policy names the run-as user and is deployed once the
      // user exists (scripts/org/app-deploy.ts). The app files are small: rendered together.
      if (integration.authentication.app)
        for (const [file, content] of renderAppFiles(integration)) files.push([file, () => content]);
    }
    files.push([
      definitionRecordPath(integration, definitions),
      () => renderDefinitionRecord(integration, definitions),
    ]);
  }
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The whole tree rendered at once (tests, golden files). */
export function renderTree(definitions: ResolvedDefinitions): RenderedTree {
  return new Map(
    [...generatedFiles(definitions)].map(([relative, render]) => {
      const content = render();
      return [relative, typeof content === 'string' ? content : Buffer.from(content).toString('utf8')];
    }),
  );
}
