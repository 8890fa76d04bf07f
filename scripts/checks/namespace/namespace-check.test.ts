/**
 * The namespace check proves itself: a namespace-safe fixture project passes every part, and each
 * classic defect, planted on its own, fails exactly the part and rule that should catch it. The check
 * on this repository itself is the `namespace` stage of `npm test`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { PARTS, runNamespaceCheck, type PartRun } from './namespace-check.js';
import { loadProjectSchema } from './project-schema.js';
import { checkSubscriberRecords, readRecordFile } from './rules/record-rules.js';
import { apexClass, createFixture, edited, REPOSITORY_ROOT, type Fixture } from './testing/fixture.js';

const STATIC = ['apex-strings', 'lwc', 'scripts', 'records'];
const parts = (...names: string[]) => PARTS.filter((part) => names.includes(part.name));

/** `rule file:line` of every finding, file relative to the fixture. */
function findingsOf(runs: PartRun[], fixture: Fixture): string[] {
  for (const run of runs) if (run.error) throw run.error;
  return runs
    .flatMap((run) => run.outcome!.findings)
    .map((finding) => `${finding.rule} ${path.relative(fixture.root, finding.file)}:${finding.line}`)
    .sort();
}

async function staticFindings(files: Record<string, string>, namespace?: string): Promise<string[]> {
  const fixture = createFixture(files);
  try {
    return findingsOf(
      await runNamespaceCheck(fixture.root, { parts: parts(...STATIC), ...(namespace ? { namespace } : {}) }),
      fixture,
    );
  } finally {
    fixture.remove();
  }
}

describe('namespace check: static parts on planted defects', () => {
  it('passes the namespace-safe fixture', async () => {
    assert.deepEqual(await staticFindings({}), []);
  });

  const apex = (body: string) => apexClass('Planted', body);
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'Schema.getGlobalDescribe() keyed by an unprefixed custom object',
      apex(
        `    public static Schema.SObjectType t() {\n        return Schema.getGlobalDescribe().get('Widget__c');\n    }`,
      ),
      ['namespace:schema-name-string pkg/classes/Planted.cls:3'],
    ],
    [
      'Schema.describeSObjects by an unprefixed name',
      apex(
        `    public static Object t() {\n        return Schema.describeSObjects(new List<String>{ 'Widget__c' });\n    }`,
      ),
      ['namespace:schema-name-string pkg/classes/Planted.cls:3'],
    ],
    [
      'a describe field map read by an unprefixed field name',
      apex(
        `    public static Object t() {\n        return Widget__c.SObjectType.getDescribe().fields.getMap().get('Colour__c');\n    }`,
      ),
      ['namespace:schema-name-string pkg/classes/Planted.cls:3'],
    ],
    [
      'dynamic SOQL naming custom fields in its text',
      apex(
        `    public static List<SObject> t() {\n        return Database.query('SELECT Colour__c FROM Widget__c WITH USER_MODE', AccessLevel.USER_MODE);\n    }`,
      ),
      ['namespace:dynamic-soql-name pkg/classes/Planted.cls:3'],
    ],
    [
      'a hard-coded namespace prefix',
      apex(`    public static String t() {\n        return 'acme__Colour__c';\n    }`),
      ['namespace:hard-coded-namespace pkg/classes/Planted.cls:3'],
    ],
    [
      'FeatureManagement.checkPermission with a permission of another namespace',
      apex(
        `    public static Boolean t() {\n        return FeatureManagement.checkPermission('Approve_Widgets');\n    }`,
      ),
      ['namespace:check-permission pkg/classes/Planted.cls:3'],
    ],
    [
      'FeatureManagement.checkPermission with a prefixed name',
      apex(
        `    public static Boolean t() {\n        return FeatureManagement.checkPermission('acme__Use_Widgets');\n    }`,
      ),
      ['namespace:check-permission pkg/classes/Planted.cls:3'],
    ],
    [
      'FeatureManagement.checkPermission with a name nobody can check',
      apex(
        `    public static Boolean t(String name) {\n        return FeatureManagement.checkPermission(name);\n    }`,
      ),
      ['namespace:check-permission pkg/classes/Planted.cls:3'],
    ],
    [
      'a custom metadata query keyed by DeveloperName alone',
      apex(
        `    public static List<Widget_Setting__mdt> t() {\n        return [SELECT DeveloperName, Value__c FROM Widget_Setting__mdt WITH USER_MODE];\n    }`,
      ),
      ['namespace:name-lookup pkg/classes/Planted.cls:3'],
    ],
    [
      'a static resource looked up by name without NamespacePrefix',
      apex(
        `    public static StaticResource t() {\n        return [SELECT Body FROM StaticResource WHERE Name = 'widgetData' WITH USER_MODE LIMIT 1];\n    }`,
      ),
      ['namespace:name-lookup pkg/classes/Planted.cls:3'],
    ],
    [
      'a permission set looked up by name without NamespacePrefix',
      apex(
        `    public static PermissionSet t() {\n        return [SELECT Id FROM PermissionSet WHERE Name = 'Widget_Admin' WITH USER_MODE LIMIT 1];\n    }`,
      ),
      ['namespace:name-lookup pkg/classes/Planted.cls:3'],
    ],
    [
      'a static resource the package does not carry',
      apex(
        `    public static PageReference t() {\n        return PageReference.forResource('otherData');\n    }`,
      ),
      ['namespace:static-resource pkg/classes/Planted.cls:3'],
    ],
    [
      'Label.get with a hard-coded namespace',
      apex(`    public static String t() {\n        return System.Label.get('', 'Widget_Title');\n    }`),
      ['namespace:label-namespace pkg/classes/Planted.cls:3'],
    ],
    [
      'a component reading a custom field by its unprefixed name',
      edited(
        'pkg/lwc/widgetView/widgetView.js',
        'this.widget[COLOUR_FIELD.fieldApiName]',
        'this.widget.Colour__c',
      ),
      ['namespace:lwc-field-string pkg/lwc/widgetView/widgetView.js:17'],
    ],
    [
      'a component naming a field in a string',
      edited(
        'pkg/lwc/widgetView/widgetView.js',
        'this.widget[COLOUR_FIELD.fieldApiName]',
        "this.widget['Colour__c']",
      ),
      ['namespace:lwc-field-string pkg/lwc/widgetView/widgetView.js:17'],
    ],
    [
      'a label import with a namespace',
      edited(
        'pkg/lwc/widgetView/widgetView.js',
        '@salesforce/label/c.Widget_Title',
        '@salesforce/label/acme.Widget_Title',
      ),
      ['namespace:lwc-import pkg/lwc/widgetView/widgetView.js:3'],
    ],
    [
      'a label the project does not define',
      edited(
        'pkg/lwc/widgetView/widgetView.js',
        '@salesforce/label/c.Widget_Title',
        '@salesforce/label/c.Widget_Heading',
      ),
      ['namespace:lwc-import pkg/lwc/widgetView/widgetView.js:3'],
    ],
    [
      'a schema import with the package namespace',
      edited('pkg/lwc/widgetView/widgetView.js', 'Widget__c.Colour__c', 'acme__Widget__c.acme__Colour__c'),
      ['namespace:lwc-import pkg/lwc/widgetView/widgetView.js:4'],
    ],
    [
      'a custom permission and a static resource imported with a namespace',
      edited(
        'pkg/lwc/widgetView/widgetView.js',
        "import COLOUR_FIELD from '@salesforce/schema/Widget__c.Colour__c';",
        "import COLOUR_FIELD from '@salesforce/schema/Widget__c.Colour__c';\nimport CAN_USE from '@salesforce/customPermission/acme__Use_Widgets';\nimport DATA from '@salesforce/resourceUrl/acme__widgetData';\nvoid CAN_USE;\nvoid DATA;",
      ),
      [
        'namespace:lwc-import pkg/lwc/widgetView/widgetView.js:5',
        'namespace:lwc-import pkg/lwc/widgetView/widgetView.js:6',
      ],
    ],
    [
      'an Apex class the project does not have',
      edited(
        'pkg/lwc/widgetView/widgetView.js',
        '@salesforce/apex/WidgetService.getWidget',
        '@salesforce/apex/WidgetServices.getWidget',
      ),
      ['namespace:lwc-import pkg/lwc/widgetView/widgetView.js:2'],
    ],
    [
      'a script calling Apex REST without the namespace',
      edited(
        'scripts/widget-client.ts',
        "`/services/apexrest/${namespace ? `${namespace}/` : ''}widgets/v1/status`",
        "'/services/apexrest/widgets/v1/status'",
      ),
      ['namespace:rest-path scripts/widget-client.ts:3'],
    ],
    [
      'a script querying custom fields without the namespace',
      edited(
        'scripts/widget-client.ts',
        '`SELECT Id, ${prefix}Colour__c FROM ${prefix}Widget__c`',
        "'SELECT Id, Colour__c FROM Widget__c'",
      ),
      ['namespace:script-soql-name scripts/widget-client.ts:8'],
    ],
    [
      'a record naming a field its type does not have',
      edited(
        'pkg/customMetadata/Widget_Setting.Default.md-meta.xml',
        '<field>Value__c</field>',
        '<field>Amount__c</field>',
      ),
      ['namespace:record-name pkg/customMetadata/Widget_Setting.Default.md-meta.xml:1'],
    ],
  ];
  for (const [what, files, expected] of cases) {
    it(`fails ${what}`, async () => {
      assert.deepEqual(await staticFindings(files), expected);
    });
  }

  it("fails a packaged record that names its type with the project's own namespace", async () => {
    const fixture = createFixture({
      ...edited('sfdx-project.json', '"namespace": ""', '"namespace": "widgets"'),
      'pkg/customMetadata/widgets__Widget_Setting.Other.md-meta.xml':
        '<?xml version="1.0" encoding="UTF-8"?>\n<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata"><label>Other</label><protected>false</protected></CustomMetadata>\n',
    });
    try {
      assert.deepEqual(
        findingsOf(await runNamespaceCheck(fixture.root, { parts: parts('records') }), fixture),
        ['namespace:record-name pkg/customMetadata/widgets__Widget_Setting.Other.md-meta.xml:1'],
      );
    } finally {
      fixture.remove();
    }
  });

  it('accepts a reviewed exception marked namespace-safe with a reason', async () => {
    assert.deepEqual(
      await staticFindings(
        apexClass(
          'Planted',
          `    public static String t() {\n        // namespace-safe: shown to developers only, in a debug message\n        return 'Widget__c';\n    }`,
        ),
      ),
      [],
    );
  });
});

describe('namespace check: records for an org that installed the package', () => {
  const schema = loadProjectSchema(REPOSITORY_ROOT);
  const record = (file: string, fields: string[]) =>
    readRecordFile(
      file,
      `<?xml version="1.0" encoding="UTF-8"?><CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata">${fields.map((field) => `<values><field>${field}</field><value>x</value></values>`).join('')}</CustomMetadata>`,
    );

  it('fails a record without the prefix, and an unprefixed field of a prefixed record', () => {
    const outcome = checkSubscriberRecords(
      [
        record('customMetadata/Integration_User_Definition.A.md-meta.xml', ['ns__Email__c']),
        record('customMetadata/ns__Integration_User_Definition.B.md-meta.xml', ['Email__c', 'ns__Active__c']),
      ],
      schema,
      'ns',
    );
    assert.deepEqual(
      outcome.findings.map((finding) => `${finding.file}: ${finding.message}`),
      [
        'customMetadata/Integration_User_Definition.A.md-meta.xml: A record for an org that installed the package under "ns" must be named ns__Integration_User_Definition.A: without the prefix the type does not exist there.',
        'customMetadata/ns__Integration_User_Definition.B.md-meta.xml: <field>Email__c</field> is not a field of Integration_User_Definition__mdt. Write ns__Email__c: in an org that installed the package the field carries the namespace.',
      ],
    );
  });
});

describe('namespace check: the namespaced copy', () => {
  const run = promisify(execFile);
  let clean: Fixture;
  let defective: Fixture;
  before(() => {
    clean = createFixture();
    defective = createFixture(
      edited(
        'pkg/lwc/widgetView/widgetView.js',
        'this.widget[COLOUR_FIELD.fieldApiName]',
        'this.widget.Colour__c',
      ),
    );
  });
  after(() => {
    clean.remove();
    defective.remove();
  });

  it('passes the Jest tests of namespace-safe components under the namespace', async () => {
    const runs = await runNamespaceCheck(clean.root, { parts: parts('jest') });
    assert.deepEqual(findingsOf(runs, clean), []);
    assert.match(runs[0]!.outcome!.checked ?? '', /^1 tests, 1 fixture\(s\) namespaced$/);
  });

  it('fails the Jest test of a component that reads a field by string, which passes without a namespace', async () => {
    const plain = await run(
      process.execPath,
      [path.join(REPOSITORY_ROOT, 'node_modules/jest/bin/jest.js'), '--ci', '--silent'],
      {
        cwd: defective.root,
      },
    ).then(
      () => 0,
      (error: { code: number }) => error.code,
    );
    assert.equal(plain, 0, 'the planted defect passes the ordinary Jest run: only the namespace shows it');
    const runs = await runNamespaceCheck(defective.root, { parts: parts('jest') });
    const findings = runs[0]!.outcome!.findings;
    assert.equal(findings.length, 1, JSON.stringify(findings, null, 2));
    assert.equal(
      path.relative(defective.root, findings[0]!.file),
      'pkg/lwc/widgetView/__tests__/widgetView.test.js',
    );
    assert.match(
      findings[0]!.message,
      /"c-widget-view shows the colour of the widget Apex returns" fails under the namespace iuktest/,
    );
  });

  it('gives apexlink the namespace: a reference through it resolves under that namespace only', async () => {
    const fixture = createFixture(
      apexClass(
        'Caller',
        '    public static String t() {\n        return iuktest.WidgetService.colourFieldName();\n    }',
      ),
    );
    try {
      assert.deepEqual(
        findingsOf(await runNamespaceCheck(fixture.root, { parts: parts('apexlink') }), fixture),
        [],
      );
      const other = findingsOf(
        await runNamespaceCheck(fixture.root, { parts: parts('apexlink'), namespace: 'other' }),
        fixture,
      );
      assert.deepEqual(other, ['apexlink:Missing pkg/classes/Caller.cls:3']);
    } finally {
      fixture.remove();
    }
  });

  it('fails a fixture that carries an SObject field where the Apex wrapper has a property', async () => {
    const models =
      'public with sharing class IntegrationUserModels {\n    public class PageModel {\n        @AuraEnabled public Boolean canView { get; set; }\n    }\n}\n';
    const fixture = createFixture({
      'force-app/core/engine/classes/IntegrationUserModels.cls': models,
      'pkg/lwc/widgetView/__tests__/data/IntegrationUserAssistantController.getPageModel.json':
        '{ "canView": true, "Colour__c": "blue" }\n',
    });
    try {
      const runs = await runNamespaceCheck(fixture.root, { parts: parts('contracts') });
      assert.deepEqual(findingsOf(runs, fixture), [
        'namespace:contract pkg/lwc/widgetView/__tests__/data/IntegrationUserAssistantController.getPageModel.json:1',
      ]);
      assert.match(
        runs[0]!.outcome!.findings[0]!.message,
        /^iuktest__Colour__c: PageModel has no @AuraEnabled property/,
      );
    } finally {
      fixture.remove();
    }
  });

  it("fails generated metadata that grants the package's own object without the namespace", async () => {
    const definitions = {
      version: 1,
      settings: { permissionSetPrefix: 'WDG_' },
      profiles: [{ name: 'Minimum Access - API Only Integrations', existing: true }],
      integrations: [
        {
          name: 'Widget_Feed',
          label: 'Widget Feed',
          externalSystem: 'Widget Cloud',
          direction: 'inbound',
          owner: { name: 'Pat Lee', email: 'pat@example.com' },
          justification:
            'Writes widget colours from the widget cloud into Salesforce every night for the catalogue.',
          user: {
            username: 'widgets@example.com',
            email: 'pat@example.com',
            lastName: 'Widget Feed',
            alias: 'wdgfeed',
            timeZone: 'Europe/London',
            locale: 'en_GB',
            language: 'en_US',
          },
          profile: 'Minimum Access - API Only Integrations',
          objects: [{ object: 'Widget__c', access: ['read', 'edit'], fields: { edit: ['Colour__c'] } }],
        },
      ],
      environments: [{ name: 'production', default: true }],
    };
    const fixture = createFixture({
      'config/integration-definitions.json': JSON.stringify(definitions, null, 2),
    });
    try {
      const runs = await runNamespaceCheck(fixture.root, { parts: parts('generator') });
      const messages = runs[0]!.outcome!.findings.map((finding) => finding.message);
      assert.deepEqual(messages, [
        "generated permissionsets/WDG_Widget_Feed.permissionset-meta.xml: <field>Widget__c.Colour__c</field> grants access to the package's own object without the namespace: in an org that installed the package it is iuktest__Widget__c.",
        "generated permissionsets/WDG_Widget_Feed.permissionset-meta.xml: <object>Widget__c</object> grants access to the package's own object without the namespace: in an org that installed the package it is iuktest__Widget__c.",
      ]);
    } finally {
      fixture.remove();
    }
  });
});
