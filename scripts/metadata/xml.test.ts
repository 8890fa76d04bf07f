/**
 * The XML writer: layout as Salesforce's tools write source files, escaping that keeps every document
 * well-formed whatever text the definitions contain, and the fast flat path producing the same bytes
 * as the general one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { element, escapeXml, flatElements, optional, renderDocument, truncate } from './xml.js';
import { parseXml } from './testing/xml-order.js';

/** Text people paste into definitions: markup characters, quotes, CDATA end, emoji, line breaks, control characters. */
const AWKWARD = [
  `Tom & Jerry's "sync" <b>bold</b> a > b`,
  'ends a CDATA section ]]> here',
  'line one\nline two\ttabbed\r\nline three',
  'emoji 🔐 and accents: déjà vu, Ærø, 東京',
  'pasted from a PDF:\u0007bell\u000bvertical tab\u0000nul\u001funit separator\ufffe',
];

describe('renderDocument', () => {
  it('writes the declaration, the metadata namespace, four-space indentation and one element per line', () => {
    const text = renderDocument('PermissionSet', [
      element('description', 'A & B'),
      element('objectPermissions', [element('allowRead', true), element('object', 'Account')]),
      optional('license', undefined),
      { name: 'value', attributes: { 'xsi:nil': 'true' } },
    ]);
    assert.equal(
      text,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">',
        '    <description>A &amp; B</description>',
        '    <objectPermissions>',
        '        <allowRead>true</allowRead>',
        '        <object>Account</object>',
        '    </objectPermissions>',
        '    <value xsi:nil="true"/>',
        '</PermissionSet>',
        '',
      ].join('\n'),
    );
  });

  for (const text of AWKWARD) {
    it(`stays well-formed and keeps the text for ${JSON.stringify(text.slice(0, 24))}…`, () => {
      const document = renderDocument('CustomMetadata', [element('label', text)], { note: text });
      const valid = XMLValidator.validate(document);
      assert.equal(valid, true, JSON.stringify(valid));
      const root = parseXml(document);
      const label = root.children[0]!;
      // XML 1.0 cannot carry most control characters at all; they are dropped, everything else survives
      // (a parser reads \r\n as \n, as the XML spec's end-of-line handling requires).
      const expected = text
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/\r\n/g, '\n');
      assert.equal(decodeEntities(label.text), expected);
      assert.equal(decodeEntities(root.attributes.note!), expected);
    });
  }

  it('renders flatElements exactly like the general element path', () => {
    const items = [
      { create: false, read: true, object: `Weird & <Object> "name"` },
      { create: true, read: true, object: 'Account' },
    ];
    const flat = renderDocument('PermissionSet', [
      flatElements('objectPermissions', items, [
        ['allowCreate', (item) => item.create],
        ['allowRead', (item) => item.read],
        ['object', (item) => item.object],
      ]),
    ]);
    const general = renderDocument(
      'PermissionSet',
      items.map((item) =>
        element('objectPermissions', [
          element('allowCreate', item.create),
          element('allowRead', item.read),
          element('object', item.object),
        ]),
      ),
    );
    assert.equal(flat, general);
  });
});

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    assert.equal(escapeXml(`&<>"'`), '&amp;&lt;&gt;&quot;&apos;');
    assert.equal(escapeXml('plain text'), 'plain text');
  });

  it('drops characters XML 1.0 cannot carry, keeping tab, newline and carriage return', () => {
    assert.equal(escapeXml('a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffff'), 'abcdefg');
    assert.equal(escapeXml('tab\tnewline\ncr\r'), 'tab\tnewline\ncr\r');
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('exactly10!', 10), 'exactly10!');
  });

  it('cuts at a word boundary, marks the cut with an ellipsis and stays within the limit', () => {
    const cut = truncate('The quick brown fox jumps over the lazy dog', 18);
    assert.equal(cut, 'The quick brown…');
    assert.ok(cut.length <= 18);
  });

  it('cuts inside a word when no space is near the end', () => {
    const cut = truncate('Supercalifragilisticexpialidocious', 10);
    assert.equal(cut, 'Supercali…');
    assert.equal(cut.length, 10);
  });
});

describe('optional', () => {
  it('leaves out undefined and empty values, keeps false and 0', () => {
    assert.equal(optional('description', undefined), undefined);
    assert.equal(optional('description', ''), undefined);
    assert.deepEqual(optional('custom', false), { name: 'custom', value: false });
    assert.deepEqual(optional('mondayStart', 0), { name: 'mondayStart', value: 0 });
  });
});

/** fast-xml-parser (as configured for the order checks) leaves entities encoded; decode the five. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
