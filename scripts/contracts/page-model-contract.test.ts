/**
 * Contract test: the assistant's JSON fixtures (used by the jest tests and served by the browser
 * preview) against the Apex wrapper classes in IntegrationUserModels.cls. See docs/contracts.md §2.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseApexContract, parseApexModels } from './apex-models.js';
import { enumerations, readContract } from './engine-types.js';
import { FixtureChecker, METHOD_RETURN_TYPES, methodOfFixture } from './fixture-contract.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const modelsFile = join(repoRoot, 'force-app/core/engine/classes/IntegrationUserModels.cls');
const fixtureDir = join(repoRoot, 'force-app/test/assistant/data');

/** Every `IntegrationUserAssistantController.*.json` under force-app (jest data folders). */
function findFixtures(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') {
      found.push(...findFixtures(path));
    } else if (entry.isFile() && /^IntegrationUserAssistantController\..+\.json$/.test(entry.name)) {
      found.push(path);
    }
  }
  return found.sort();
}

/** Every enumeration of IntegrationUserModels by prefix, as the generated engine types list them. */
function enumerationValues(): Map<string, string[]> {
  return new Map(enumerations(readContract()).map((enumeration) => [enumeration.prefix, enumeration.values]));
}

const SAMPLE_MODELS = `
public with sharing class Models {
  /** The page. */
  public static final String STATUS_READY = 'READY';
  public static final Integer NOT_AN_ENUMERATION = 1;
  public class PageModel {
    @AuraEnabled public Boolean canView { get; set; }
    /** One of the STATUS_ constants. */
    @AuraEnabled
    public String orgName;
    @AuraEnabled public List<Item> items = new List<Item>();
    @AuraEnabled public DateTime generatedAt { get; set; }
    @AuraEnabled public Decimal percentUsed { get; set; }
    @AuraEnabled public Integer total { get; set; }
    @AuraEnabled public Id userId { get; set; }
    public String notForTheClient { get; set; }
  }
  public class Item {
    @AuraEnabled public String key { get; set; }
    @AuraEnabled public List<String> tags { get; set; }
  }
}`;

describe('parseApexModels', () => {
  it('reads inner classes with their @AuraEnabled properties and fields only', () => {
    const models = parseApexModels(SAMPLE_MODELS, 'Models.cls');
    assert.deepEqual([...models.keys()], ['pagemodel', 'item']);
    assert.deepEqual(models.get('pagemodel')?.properties, [
      { name: 'canView', type: 'Boolean', initialized: false },
      { name: 'orgName', type: 'String', doc: 'One of the STATUS_ constants.', initialized: false },
      { name: 'items', type: 'List<Item>', initialized: true },
      { name: 'generatedAt', type: 'DateTime', initialized: false },
      { name: 'percentUsed', type: 'Decimal', initialized: false },
      { name: 'total', type: 'Integer', initialized: false },
      { name: 'userId', type: 'Id', initialized: false },
    ]);
  });

  it('reads the outer class’s String constants with their ApexDoc', () => {
    assert.deepEqual(parseApexContract(SAMPLE_MODELS, 'Models.cls').constants, [
      { name: 'STATUS_READY', value: 'READY', doc: 'The page.' },
    ]);
  });

  it('names the file when the Apex does not parse', () => {
    assert.throws(
      () => parseApexModels('public class Broken { @AuraEnabled public String x { get; ', 'Broken.cls'),
      /Broken\.cls: not valid Apex/,
    );
  });
});

describe('FixtureChecker', () => {
  const models = parseApexModels(SAMPLE_MODELS, 'Models.cls');
  const check = (json: unknown) => {
    const checker = new FixtureChecker(models);
    checker.checkFixture('sample.json', json, 'PageModel');
    return checker;
  };

  it('accepts a fixture that matches, nulls included', () => {
    const checker = check({
      canView: true,
      orgName: null,
      items: [{ key: 'A', tags: ['x'] }],
      generatedAt: '2026-11-30T09:15:00.000Z',
      percentUsed: 15.87,
      total: 5,
      userId: '005Hs00000BqMkTIAV',
    });
    assert.deepEqual(checker.problems, []);
    assert.deepEqual(checker.unseenProperties(), []);
  });

  it('rejects a key the Apex class does not have, with the path and the fix', () => {
    const checker = check({ items: [{ key: 'A', colour: 'red' }] });
    assert.equal(checker.problems.length, 1);
    assert.equal(checker.problems[0]?.path, 'items[0].colour');
    assert.match(checker.problems[0]?.message ?? '', /Item has no @AuraEnabled property "colour"/);
  });

  it('rejects values of the wrong type', () => {
    const checker = check({
      canView: 'yes',
      total: 2.5,
      percentUsed: '15%',
      generatedAt: '30/11/2026',
      items: { key: 'A' },
      userId: 5,
    });
    assert.deepEqual(
      checker.problems.map((problem) => problem.path),
      ['canView', 'total', 'percentUsed', 'generatedAt', 'items', 'userId'],
    );
  });

  it('rejects a property spelled in another case than the Apex declaration', () => {
    const checker = check({ CanView: true });
    assert.match(checker.problems[0]?.message ?? '', /declares "canView"/);
  });

  it('rejects a value that is not one of the enumeration the property names', () => {
    const checker = new FixtureChecker(models, new Map([['STATUS', ['READY']]]));
    checker.checkFixture('sample.json', { orgName: 'READY' }, 'PageModel');
    assert.equal(checker.problems.length, 0);
    checker.checkFixture('sample.json', { orgName: 'ON_HOLD' }, 'PageModel');
    assert.match(checker.problems[0]?.message ?? '', /"ON_HOLD" is not one of the STATUS_ constants/);
  });

  it('rejects a property that is not @AuraEnabled', () => {
    assert.equal(check({ notForTheClient: 'x' }).problems.length, 1);
  });

  it('lists the properties no fixture shows', () => {
    const checker = check({ canView: true, items: [] });
    assert.ok(checker.unseenProperties().includes('PageModel.orgName'));
    assert.ok(checker.unseenProperties().includes('Item.key'));
    assert.ok(!checker.unseenProperties().includes('PageModel.canView'));
  });

  it('maps fixture names to controller methods', () => {
    assert.equal(methodOfFixture('IntegrationUserAssistantController.getPageModel.json'), 'getPageModel');
    assert.equal(
      methodOfFixture('IntegrationUserAssistantController.applyProvisioning.partialFailure.json'),
      'applyProvisioning',
    );
    assert.equal(methodOfFixture('Other.getPageModel.json'), undefined);
  });
});

describe('assistant fixtures match IntegrationUserModels.cls', () => {
  const fixtures = findFixtures(join(repoRoot, 'force-app'));

  it('has a fixture for every controller method', () => {
    const names = fixtures.map((file) => basename(file));
    for (const method of Object.keys(METHOD_RETURN_TYPES)) {
      assert.ok(
        names.includes(`IntegrationUserAssistantController.${method}.json`),
        `missing ${relative(repoRoot, fixtureDir)}/IntegrationUserAssistantController.${method}.json`,
      );
    }
  });

  it('every fixture key exists on its Apex class with a matching type, and every property is shown', () => {
    const models = parseApexModels(readFileSync(modelsFile, 'utf8'), relative(repoRoot, modelsFile));
    const checker = new FixtureChecker(models, enumerationValues());
    for (const file of fixtures) {
      const name = relative(repoRoot, file);
      const method = methodOfFixture(basename(file));
      const rootClass = method ? METHOD_RETURN_TYPES[method] : undefined;
      assert.ok(
        rootClass,
        `${name}: unknown controller method; expected one of ${Object.keys(METHOD_RETURN_TYPES).join(', ')}`,
      );
      assert.ok(
        models.has(rootClass.toLowerCase()),
        `${relative(repoRoot, modelsFile)} has no inner class ${rootClass}`,
      );
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        assert.fail(`${name}: not valid JSON (${(error as Error).message})`);
      }
      checker.checkFixture(name, json, rootClass);
    }
    const report = checker.problems.map((problem) => `${problem.file} ${problem.path}: ${problem.message}`);
    assert.deepEqual(report, [], `fixtures drifted from the Apex classes:\n${report.join('\n')}`);
    // Shapes only the REST API returns (GET definitions, for `pull`) are shown by its recorded responses.
    const restDir = join(repoRoot, 'scripts/org/__fixtures__/engine');
    for (const name of readdirSync(restDir).filter((file) => /^v1-.*\.[A-Z][A-Za-z]+\.json$/.test(file))) {
      checker.checkFixture(
        name,
        JSON.parse(readFileSync(join(restDir, name), 'utf8')),
        name.split('.').slice(-2, -1)[0]!,
      );
    }
    assert.deepEqual(
      checker.unseenProperties(),
      [],
      'these @AuraEnabled properties appear in no fixture: add them to a fixture so the assistant (or the REST client) is tested with them',
    );
  });
});

describe('recorded REST responses match IntegrationUserModels.cls', () => {
  // scripts/org/__fixtures__/engine/<route>[.<variant>].<ApexClass>.json: what the scripts' engine client
  // is tested against must be what the REST resource serializes.
  const engineFixtureDir = join(repoRoot, 'scripts/org/__fixtures__/engine');
  const files = readdirSync(engineFixtureDir).filter((name) => /^v1-.*\.[A-Z][A-Za-z]+\.json$/.test(name));

  it('covers every REST route', () => {
    for (const route of ['v1-status', 'v1-plan', 'v1-apply', 'v1-user-state', 'v1-definitions']) {
      assert.ok(
        files.some((name) => name.startsWith(`${route}.`)),
        `no recorded response for ${route}`,
      );
    }
  });

  it('every key exists on its Apex class with a matching type', () => {
    const models = parseApexModels(readFileSync(modelsFile, 'utf8'), relative(repoRoot, modelsFile));
    const checker = new FixtureChecker(models, enumerationValues());
    for (const name of files) {
      const rootClass = name.split('.').slice(-2, -1)[0]!;
      assert.ok(
        models.has(rootClass.toLowerCase()),
        `${name}: IntegrationUserModels has no inner class ${rootClass}`,
      );
      checker.checkFixture(
        `scripts/org/__fixtures__/engine/${name}`,
        JSON.parse(readFileSync(join(engineFixtureDir, name), 'utf8')),
        rootClass,
      );
    }
    const report = checker.problems.map((problem) => `${problem.file} ${problem.path}: ${problem.message}`);
    assert.deepEqual(
      report,
      [],
      `recorded REST responses drifted from the Apex classes:\n${report.join('\n')}`,
    );
  });
});
