/**
 * What a preview build reads and writes, and what it reports. Kept apart from build.ts so that a
 * preview whose build is cached starts without loading rollup and the LWC compiler.
 */
import path from 'node:path';
import { PROJECT_ROOT } from './project-root.js';

export interface PreviewConfig {
  /** Scanned for `lwc/` bundles, labels, custom permissions and Apex classes. */
  sourceRoot: string;
  /** The page-level component to mount (camelCase bundle name). */
  component: string;
  /** The Apex fixtures, shared with the Jest tests (default force-app/test/assistant/data). */
  fixturesDir: string;
  outDir: string;
}

export function defaultPreviewConfig(): PreviewConfig {
  return {
    sourceRoot: path.join(PROJECT_ROOT, 'force-app'),
    component: 'integrationUserAssistant',
    fixturesDir: path.join(PROJECT_ROOT, 'force-app', 'test', 'assistant', 'data'),
    outDir: path.join(PROJECT_ROOT, '.preview-build'),
  };
}

/** What a build produced, as the server, the tests and the report need it (JSON-safe: it is cached). */
export interface PreviewBuildSummary {
  outDir: string;
  durationMs: number;
  component: string;
  fixturesDir: string;
  scenarios: string[];
  apexMethods: string[];
  /** Non-fatal findings worth showing (Apex class not in the source yet, ignored fixture files). */
  notices: string[];
  /** True when the build was reused because no input changed. */
  cached?: boolean;
  /** How many modules rollup had to transform (the others came from its cache). */
  transformedModules?: number;
}
