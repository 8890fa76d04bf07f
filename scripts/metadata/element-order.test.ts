/**
 * Element order of every generated document against the Metadata API order (salesforce-facts.md §2,
 * §3, §5), checked by parsing the XML rather than by comparing text, so a renderer that reorders
 * children fails here with the element names and the expected order. The golden files would catch
 * the same bug only as "line 12 differs".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTree } from './render.js';
import { GOLDEN_VARIANTS, loadGoldenVariant } from './testing/golden.js';
import {
  assertChildOrder,
  assertDocumentOrder,
  parseXml,
  PERMISSION_SET_ORDER,
  PROFILE_ORDER,
} from './testing/xml-order.js';

const OBJECT_BOOLEANS = [
  'allowCreate',
  'allowDelete',
  'allowEdit',
  'allowRead',
  'modifyAllRecords',
  'viewAllRecords',
];

describe('Metadata API element order of generated files', () => {
  for (const variant of GOLDEN_VARIANTS) {
    it(`every ${variant.name} document has its children (and nested children) in WSDL order`, () => {
      const rendered = renderTree(loadGoldenVariant(variant));
      const roots = new Set<string>();
      for (const [relative, content] of rendered) roots.add(assertDocumentOrder(content, relative).name);
      assert.deepEqual(
        [...roots].sort(),
        [
          'CustomMetadata',
          'ExternalClientApplication',
          'ExtlClntAppConfigurablePolicies',
          'ExtlClntAppGlobalOauthSettings',
          'ExtlClntAppOauthSettings',
          'PermissionSet',
          'Profile',
        ],
        'the golden tree covers every generated type',
      );
    });
  }

  it('profiles carry the elements the licence needs and nothing that belongs on a permission set', () => {
    const rendered = renderTree(loadGoldenVariant(GOLDEN_VARIANTS[0]!));
    const restricted = parseXml(rendered.get('profiles/Golden Restricted.profile-meta.xml')!);
    const names = restricted.children.map((child) => child.name);
    assert.deepEqual(
      [...new Set(names)],
      ['custom', 'description', 'loginHours', 'loginIpRanges', 'userLicense', 'userPermissions'],
    );
    assert.equal(names.filter((name) => name === 'loginIpRanges').length, 3);
    assert.equal(
      names.filter((name) => name === 'loginHours').length,
      1,
      'loginHours occurs at most once (0..1)',
    );
    const minimal = parseXml(rendered.get('profiles/Golden API Only.profile-meta.xml')!);
    assert.deepEqual(
      minimal.children.map((child) => child.name),
      ['custom', 'userLicense', 'userPermissions', 'userPermissions'],
      'an absent description, IP ranges and hours leave no empty elements behind',
    );
    // API-only access as the standard "Minimum Access - API Only Integrations" profile grants it.
    assert.deepEqual(
      minimal.children
        .filter((child) => child.name === 'userPermissions')
        .map((child) => child.children.map((field) => `${field.name}=${field.text}`).join(' ')),
      ['enabled=true name=ApiEnabled', 'enabled=true name=ApiUserOnly'],
    );
  });

  it('permission sets have a label and all six required objectPermissions booleans', () => {
    for (const [relative, content] of renderTree(loadGoldenVariant(GOLDEN_VARIANTS[0]!))) {
      const root = parseXml(content);
      if (root.name !== 'PermissionSet') continue;
      assert.ok(
        root.children.some((child) => child.name === 'label' && child.text.length > 0),
        `${relative}: <label> is required`,
      );
      for (const permission of root.children.filter((child) => child.name === 'objectPermissions')) {
        const present = permission.children.map((child) => child.name);
        for (const required of OBJECT_BOOLEANS)
          assert.ok(present.includes(required), `${relative}: objectPermissions lacks <${required}>`);
      }
    }
  });

  describe('the order check itself', () => {
    it('fails with the element names and the expected order when children are swapped', () => {
      const swapped = `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>IUK Swapped</label>
    <description>Description after label: a reorder bug.</description>
</PermissionSet>
`;
      assert.throws(
        () => assertDocumentOrder(swapped, 'permissionsets/Swapped.permissionset-meta.xml'),
        (error: Error) =>
          error.message.includes('permissionsets/Swapped.permissionset-meta.xml') &&
          error.message.includes('<description> comes after <label>') &&
          error.message.includes(PERMISSION_SET_ORDER.join(', ')),
      );
    });

    it('fails when repeated elements are not grouped (loginIpRanges split by loginHours)', () => {
      const split = parseXml(`<Profile><loginIpRanges/><loginHours/><loginIpRanges/></Profile>`);
      assert.throws(
        () => assertChildOrder(split, PROFILE_ORDER, 'split'),
        /<loginHours> comes after <loginIpRanges>/,
      );
    });

    it('fails on an element the type does not have', () => {
      const unknown = parseXml(`<Profile><custom>true</custom><loginIpRange/></Profile>`);
      assert.throws(
        () => assertChildOrder(unknown, PROFILE_ORDER, 'unknown'),
        /<loginIpRange> is not a child of <Profile>/,
      );
    });

    it('fails when nested login hours are in weekday order instead of the WSDL sequence', () => {
      const weekdayOrder = `<Profile xmlns="http://soap.sforce.com/2006/04/metadata"><custom>true</custom><loginHours><mondayStart>480</mondayStart><mondayEnd>1080</mondayEnd></loginHours><userLicense>Salesforce Integration</userLicense></Profile>`;
      assert.throws(
        () => assertDocumentOrder(weekdayOrder, 'weekday'),
        /<mondayEnd> comes after <mondayStart>/,
      );
    });
  });
});
