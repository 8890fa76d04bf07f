/**
 * The sample export committed under docs/evidence-sample/, rendered from the recorded REST response of
 * the bundled example (scripts/org/__fixtures__/evidence/v1-evidence.EvidenceModel.json) and the bundled
 * definitions file. A unit test renders it again and fails when the committed copy is stale. Refresh:
 *   npx tsx scripts/org/evidence/sample.ts --write
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEvidenceDocument, type EvidenceDocument } from './document.js';
import type { EvidenceModel } from './generated-types.js';
import { justificationsFrom } from './justifications.js';
import { runWhenStarted } from '../../run-script.js';
import { renderEvidenceFiles } from './write.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SAMPLE_DIR = 'docs/evidence-sample';
export const SAMPLE_FIXTURE = 'scripts/org/__fixtures__/evidence/v1-evidence.EvidenceModel.json';
const DEFINITIONS = 'config/integration-definitions.json';

export function sampleDocument(root = ROOT): EvidenceDocument {
  const evidence = JSON.parse(readFileSync(path.join(root, SAMPLE_FIXTURE), 'utf8')) as EvidenceModel;
  const definitions = JSON.parse(readFileSync(path.join(root, DEFINITIONS), 'utf8')) as unknown;
  return buildEvidenceDocument(evidence, {
    target: {
      org: 'acme-prod',
      username: 'priya.admin@acme.example',
      instanceUrl: 'https://acme.my.salesforce.com',
    },
    exportedAt: new Date('2026-12-01T07:06:00.000Z'),
    definitions: justificationsFrom(DEFINITIONS, definitions),
  });
}

export function sampleFiles(root = ROOT): Record<string, string> {
  return renderEvidenceFiles(sampleDocument(root));
}

async function main(argv: string[], out: (line: string) => void): Promise<number> {
  if (!argv.includes('--write')) {
    out(
      'Renders docs/evidence-sample/ from the recorded response: npx tsx scripts/org/evidence/sample.ts --write',
    );
    return 64;
  }
  await mkdir(path.join(ROOT, SAMPLE_DIR), { recursive: true });
  for (const [name, content] of Object.entries(sampleFiles())) {
    await writeFile(path.join(ROOT, SAMPLE_DIR, name), content);
    out(`wrote ${SAMPLE_DIR}/${name}`);
  }
  return 0;
}

runWhenStarted(import.meta.url, main);
