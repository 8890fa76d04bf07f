import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LABELS } from 'c/iukLabels';

// Every UI text of the assistant lives in one CustomLabels file, so a subscriber can translate it.
// These tests keep it that way: the components import only labels that exist (and the file holds
// none that nothing uses), Jest resolves each import to its value in that file (no second copy of
// the texts), and no template writes a text of its own. Each check is proven with a planted defect.
const { LABELS_FILE, readLabels } = require('iuk-test/jest/labels');

const LWC_DIR = path.join(__dirname, '../..');
const LABEL_IMPORT = /from\s+'@salesforce\/label\/c\.([A-Za-z0-9_]+)'/g;

function sourceFiles(extension) {
  return readdirSync(LWC_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(path.join(LWC_DIR, entry.name))
        .filter((file) => file.endsWith(extension))
        .map((file) => path.join(LWC_DIR, entry.name, file)),
    );
}

/** The label names a source imports. */
const importedLabels = (source) => [...source.matchAll(LABEL_IMPORT)].map((match) => match[1]);

/** Problems of a labels file against the imports: unknown labels, unused labels, bad names or sizes. */
function labelProblems(labels, imports) {
  const names = new Set(labels.map(([name]) => name));
  const used = new Set(imports);
  return [
    ...[...used]
      .filter((name) => !names.has(name))
      .map((name) => `imported but not in the labels file: ${name}`),
    ...[...names]
      .filter((name) => !used.has(name))
      .map((name) => `in the labels file but never imported: ${name}`),
    ...labels
      .filter(
        ([name, value]) =>
          !/^IUK_[A-Za-z0-9_]{1,76}$/.test(name) || value.length === 0 || value.length > 1000,
      )
      .map(([name]) => `name or value out of bounds: ${name}`),
  ];
}

/**
 * Texts written into a template instead of coming from a label: text between tags, and literal
 * values of attributes that people read (label, title, alternative-text, aria-label, placeholder).
 */
function hardCodedTexts(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const texts = [...withoutComments.matchAll(/>([^<>]+)</g)]
    .map((match) =>
      match[1]
        .replace(/\{[^}]*\}/g, '')
        .replace(/&nbsp;/g, ' ')
        .trim(),
    )
    .filter((text) => /[A-Za-z]/.test(text));
  const attributes = [
    ...withoutComments.matchAll(/\s(label|title|alternative-text|aria-label|placeholder)="([^"{][^"]*)"/g),
  ].map((match) => `${match[1]}="${match[2]}"`);
  return [...texts, ...attributes];
}

describe('c-iuk-labels', () => {
  const labels = readLabels(LABELS_FILE);
  const imports = sourceFiles('.js').flatMap((file) => importedLabels(readFileSync(file, 'utf8')));

  it('imports exactly the labels of force-app/core/assistant/labels, all of them', () => {
    expect(labels.length).toBeGreaterThan(100);
    expect(labelProblems(labels, imports)).toEqual([]);
  });

  it('resolves every label to its value in that file (Jest reads the same file as the org)', () => {
    const byName = new Map(labels);
    const source = readFileSync(path.join(LWC_DIR, 'iukLabels', 'iukLabels.js'), 'utf8');
    for (const match of source.matchAll(/import (\w+) from '@salesforce\/label\/c\.(\w+)'/g)) {
      expect([match[2], LABELS[match[1]]]).toEqual([match[2], byName.get(match[2])]);
    }
    expect(LABELS.pageTitle).toBe('Integration User Setup');
  });

  it('reports a label that is imported but missing, and one nobody uses (planted)', () => {
    const planted = [...labels, ['IUK_NobodyUsesThis', 'x']];
    expect(labelProblems(planted, [...imports, 'IUK_DoesNotExist'])).toEqual([
      'imported but not in the labels file: IUK_DoesNotExist',
      'in the labels file but never imported: IUK_NobodyUsesThis',
    ]);
  });

  it('has no hard-coded text in any template', () => {
    const found = sourceFiles('.html').flatMap((file) =>
      hardCodedTexts(readFileSync(file, 'utf8')).map((text) => `${path.basename(file)}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('finds a hard-coded text and a literal button label (planted)', () => {
    expect(
      hardCodedTexts(
        '<template><p>Hello admin</p><lightning-button label="Save"></lightning-button><p>{x}</p></template>',
      ),
    ).toEqual(['Hello admin', 'label="Save"']);
  });
});
