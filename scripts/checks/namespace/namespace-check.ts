/**
 * The namespace check (`npm run test:namespace`, docs/packaging.md): does this project still work
 * once its package has a namespace? Each part reports findings (failures) and warnings:
 *
 *   static parts, on the project as it is:
 *     apex-strings  names written in Apex strings (rules/apex-rules.ts)
 *     lwc           component JavaScript and its scoped imports (rules/javascript-rules.ts)
 *     scripts       REST paths and SOQL in the TypeScript scripts (rules/javascript-rules.ts)
 *     records       custom metadata records in the package directories (rules/record-rules.ts)
 *   parts run on a namespaced copy (namespaced-copy.ts):
 *     apexlink      the Apex compiles under the namespace (apexlink reads sfdx-project.json's namespace)
 *     jest          the LWC Jest tests pass with namespaced fixtures and schema imports
 *     contracts     the namespaced fixtures and recorded REST responses still match the Apex wrappers
 *     generator     the generator's output for a namespaced install names ns__ types and fields
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { loadApexProject } from '../apex/apex-project.js';
import { semanticsCheck } from '../apex/apexlink/semantics-check.js';
import { parseApexModels } from '../../contracts/apex-models.js';
import { FixtureChecker, METHOD_RETURN_TYPES, methodOfFixture } from '../../contracts/fixture-contract.js';
import { loadDefinitionsText } from '../../definitions/load.js';
import { renderTree } from '../../metadata/render.js';
import { verifyMetadata } from '../../metadata/verify.js';
import { createNamespacedCopy, prefixKeys, TEST_NAMESPACE, type NamespacedCopy } from './namespaced-copy.js';
import type { Finding, NamespaceOutcome } from './namespace-finding.js';
import { customFieldNames, loadProjectSchema, testDataFiles, type ProjectSchema } from './project-schema.js';
import { checkApexNamespaces } from './rules/apex-rules.js';
import {
  checkLwcNamespaces,
  checkScriptNamespaces,
  listFiles,
  lwcSources,
  scriptSources,
} from './rules/javascript-rules.js';
import { checkPackagedRecords, checkSubscriberRecords, readRecordFile } from './rules/record-rules.js';

export interface CheckContext {
  root: string;
  namespace: string;
  schema: ProjectSchema;
  /** The namespaced copy, made on first use. */
  copy(): NamespacedCopy;
}

export interface NamespacePart {
  name: string;
  description: string;
  run(context: CheckContext): Promise<NamespaceOutcome> | NamespaceOutcome;
}

export interface PartRun {
  part: NamespacePart;
  outcome?: NamespaceOutcome;
  error?: Error;
  durationMs: number;
}

/**
 * Definitions files the generator part renders for a subscriber org, when the project has them. (The
 * ISV example's definitions render into its own package, where names carry no prefix: see
 * scripts/examples/isv-connector.ts and the records part.)
 */
export const DEFINITIONS_INPUTS = [
  'config/integration-definitions.json',
  'scripts/metadata/__golden__/definitions.json',
];

/** Where the contract part finds the Apex wrappers and the recorded REST responses. */
export const MODELS_FILE = 'force-app/core/engine/classes/IntegrationUserModels.cls';
export const RECORDED_RESPONSES = 'scripts/org/__fixtures__/engine';

const empty = (): NamespaceOutcome => ({ findings: [], warnings: [] });

export const PARTS: readonly NamespacePart[] = [
  {
    name: 'apex-strings',
    description: 'custom names, SOQL, permissions, resources and labels written in Apex strings',
    run({ root, schema }) {
      const project = loadApexProject(root);
      return { ...checkApexNamespaces(project, schema), checked: `${project.files.length} Apex files` };
    },
  },
  {
    name: 'lwc',
    description: 'custom fields read by string, scoped imports with a namespace or naming nothing',
    run({ schema }) {
      const sources = lwcSources(schema);
      return { ...checkLwcNamespaces(schema, sources), checked: `${sources.length} component files` };
    },
  },
  {
    name: 'scripts',
    description: 'Apex REST paths and SOQL in scripts without the namespace',
    run({ schema }) {
      const sources = scriptSources(schema.root);
      return { ...checkScriptNamespaces(schema, sources), checked: `${sources.length} script files` };
    },
  },
  {
    name: 'records',
    description: 'custom metadata records in package directories: type and fields resolve, no own prefix',
    run: ({ schema }) => ({ ...checkPackagedRecords(schema), checked: `${schema.records.length} record(s)` }),
  },
  {
    name: 'apexlink',
    description: 'apexlink on the namespaced copy: the Apex compiles under the namespace',
    async run(context) {
      const copy = context.copy();
      const project = loadApexProject(copy.root);
      if (project.files.length === 0) return empty();
      const outcome = await semanticsCheck.run(project);
      return {
        findings: outcome.findings.map((finding) => backToSource(finding, copy)),
        warnings: [],
        checked: `${project.files.length} Apex files`,
      };
    },
  },
  {
    name: 'jest',
    description: 'LWC Jest tests with namespaced fixtures and schema imports',
    run: (context) => runJest(context.copy()),
  },
  {
    name: 'contracts',
    description: 'namespaced fixtures and recorded REST responses against the Apex wrapper classes',
    run: (context) => checkContracts(context),
  },
  {
    name: 'generator',
    description: 'generated metadata for an org that installed the package under the namespace',
    run: (context) => checkGenerator(context),
  },
];

export async function runNamespaceCheck(
  root: string,
  options: { namespace?: string; parts?: readonly NamespacePart[] } = {},
): Promise<PartRun[]> {
  const namespace = options.namespace ?? TEST_NAMESPACE;
  const schema = loadProjectSchema(root);
  let copy: NamespacedCopy | undefined;
  const context: CheckContext = {
    root,
    namespace,
    schema,
    copy: () => (copy ??= createNamespacedCopy(root, namespace)),
  };
  try {
    const runs: PartRun[] = [];
    // One after another: apexlink and Jest each take a core, and the machine has two.
    for (const part of options.parts ?? PARTS) {
      const started = performance.now();
      try {
        runs.push({ part, outcome: await part.run(context), durationMs: performance.now() - started });
      } catch (error) {
        runs.push({
          part,
          error: error instanceof Error ? error : new Error(String(error)),
          durationMs: performance.now() - started,
        });
      }
    }
    return runs;
  } finally {
    copy?.remove();
  }
}

/** A finding about a file of the copy points at the same file in the original project. */
function backToSource(finding: Finding, copy: NamespacedCopy): Finding {
  const relative = path.relative(copy.root, finding.file);
  return relative.startsWith('..') ? finding : { ...finding, file: path.join(copy.source, relative) };
}

interface JestReport {
  numFailedTests: number;
  numTotalTests: number;
  testResults: {
    name: string;
    message: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

async function runJest(copy: NamespacedCopy): Promise<NamespaceOutcome> {
  const jest = path.join(copy.source, 'node_modules', 'jest', 'bin', 'jest.js');
  const hasTests = listFiles(copy.root, (file) =>
    /[\\/]lwc[\\/].*[\\/]__tests__[\\/].*\.test\.js$/.test(file),
  );
  if (hasTests.length === 0) return empty();
  if (!existsSync(jest)) throw new Error(`${jest}: Jest is not installed; run npm ci.`);
  const output = mkdtempSync(path.join(os.tmpdir(), 'iuk-namespace-jest-'));
  const reportFile = path.join(output, 'report.json');
  try {
    const { stderr } = await new Promise<{ stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [jest, '--config', copy.jestConfig, '--ci', '--silent', '--json', '--outputFile', reportFile],
        { cwd: copy.root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } },
        (_error, _stdout, errorText) => resolve({ stderr: errorText }),
      ),
    );
    if (!existsSync(reportFile)) throw new Error(`Jest wrote no report: ${stderr.trim().slice(0, 2000)}`);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as JestReport;
    const findings: Finding[] = [];
    for (const suite of report.testResults) {
      const file = path.join(copy.source, path.relative(copy.root, suite.name));
      const failed = suite.assertionResults.filter((result) => result.status === 'failed');
      if (failed.length === 0 && suite.message) {
        findings.push({
          file,
          line: 1,
          column: 1,
          rule: 'namespace:jest',
          message: firstLine(suite.message),
        });
      }
      for (const result of failed) {
        findings.push({
          file,
          line: 1,
          column: 1,
          rule: 'namespace:jest',
          message: `"${result.fullName}" fails under the namespace ${copy.namespace}: ${firstLine(result.failureMessages[0] ?? '')}. A component reads a custom field by its unprefixed name (see the lwc part), or a fixture key is not what Apex returns.`,
        });
      }
    }
    return {
      findings,
      warnings: [],
      checked: `${report.numTotalTests} tests, ${copy.namespacedFixtures.length} fixture(s) namespaced`,
    };
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}

function firstLine(text: string): string {
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return (plain.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 300);
}

function checkContracts(context: CheckContext): NamespaceOutcome {
  const modelsFile = path.join(context.root, MODELS_FILE);
  if (!existsSync(modelsFile)) return empty();
  const models = parseApexModels(readFileSync(modelsFile, 'utf8'), MODELS_FILE);
  const checker = new FixtureChecker(models);
  let count = 0;
  const names = new Set([...customFieldNames(context.schema), ...context.schema.objects.keys()]);
  const namespaced = (file: string) =>
    prefixKeys(JSON.parse(readFileSync(file, 'utf8')) as unknown, names, context.namespace);
  for (const file of testDataFiles(context.schema)) {
    const method = methodOfFixture(path.basename(file));
    const rootClass = method ? METHOD_RETURN_TYPES[method] : undefined;
    if (rootClass) {
      checker.checkFixture(file, namespaced(file), rootClass);
      count++;
    }
  }
  const recorded = path.join(context.root, RECORDED_RESPONSES);
  if (existsSync(recorded)) {
    for (const name of readdirSync(recorded).filter((entry) => /\.[A-Z][A-Za-z]+\.json$/.test(entry))) {
      const rootClass = name.split('.').slice(-2, -1)[0]!;
      if (models.has(rootClass.toLowerCase())) {
        checker.checkFixture(path.join(recorded, name), namespaced(path.join(recorded, name)), rootClass);
        count++;
      }
    }
  }
  return {
    findings: checker.problems.map((problem) => ({
      file: problem.file,
      line: 1,
      column: 1,
      rule: 'namespace:contract',
      message: `${problem.path}: ${problem.message} (under the namespace ${context.namespace}: a key that is a custom field name is what a serialised SObject delivers as ${context.namespace}__...; return a wrapper property instead)`,
    })),
    warnings: [],
    checked: `${count} fixture(s) and recorded response(s)`,
  };
}

async function checkGenerator(context: CheckContext): Promise<NamespaceOutcome> {
  const outcome = empty();
  const inputs = DEFINITIONS_INPUTS.map((file) => path.join(context.root, file)).filter((file) =>
    existsSync(file),
  );
  const copy = inputs.length > 0 ? context.copy() : undefined;
  const ownObjects = new Set(context.schema.objects.keys());
  let recordCount = 0;
  for (const [index, input] of inputs.entries()) {
    const shown = path.relative(context.root, input);
    const text = readFileSync(input, 'utf8');
    const edited = applyEdits(text, modify(text, ['settings', 'namespace'], context.namespace, {}));
    const loaded = loadDefinitionsText(shown, edited);
    if (!loaded.ok) {
      outcome.findings.push({
        file: input,
        line: 1,
        column: 1,
        rule: 'namespace:generator',
        message: `With settings.namespace "${context.namespace}" the definitions are invalid: ${loaded.problems.map((problem) => problem.message).join(' ')}`,
      });
      continue;
    }
    const tree = renderTree(loaded.definitions);
    const records = [...tree.entries()]
      .filter(([file]) => file.startsWith('customMetadata/'))
      .map(([file, xml]) => readRecordFile(file, xml));
    recordCount += records.length;
    const recordOutcome = checkSubscriberRecords(records, context.schema, context.namespace);
    outcome.findings.push(
      ...recordOutcome.findings.map((finding) => ({
        ...finding,
        file: input,
        message: `generated ${finding.file}: ${finding.message}`,
      })),
    );
    for (const [file, xml] of tree) {
      if (!file.startsWith('permissionsets/')) continue;
      for (const match of xml.matchAll(/<(object|field)>([\w.]+)<\/\1>/g)) {
        const objectName = match[2]!.split('.')[0]!.toLowerCase();
        if (ownObjects.has(objectName)) {
          outcome.findings.push({
            file: input,
            line: 1,
            column: 1,
            rule: 'namespace:generator',
            message: `generated ${file}: <${match[1]}>${match[2]}</${match[1]}> grants access to the package's own object without the namespace: in an org that installed the package it is ${context.namespace}__${match[2]!.split('.')[0]}.`,
          });
        }
      }
    }
    // The namespaced tree converts like any other (source-deploy-retrieve, offline).
    const output = path.join(copy!.root, '.namespace-generated', String(index));
    for (const [file, content] of tree) {
      mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
      writeFileSync(path.join(output, file), content);
    }
    const verified = await verifyMetadata({ root: copy!.root, packageDirectories: [output], convert: true });
    for (const problem of verified.findings) {
      outcome.findings.push({
        file: input,
        line: 1,
        column: 1,
        rule: 'namespace:generator',
        message: `The namespaced output does not verify: ${problem.file}: ${problem.message}`,
      });
    }
  }
  outcome.checked = `${inputs.length} definitions file(s), ${recordCount} record(s)`;
  return outcome;
}
