/**
 * The assistant reads the kit's error codes the way the Apex sends them, and the fixtures that replay
 * a stale plan (the preview, Jest, the engine client's REST answer) carry the engine's own message;
 * planted differences fail.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  apexErrorCodes,
  codeSeparator,
  lwcErrorCodes,
  readSource,
  SOURCES,
  stalePlanMessage,
} from './error-codes.js';
import { REPO_ROOT } from './repo-root.js';

const exception = readSource(REPO_ROOT, 'exception');
const format = readSource(REPO_ROOT, 'format');
const separator = codeSeparator(readSource(REPO_ROOT, 'auraErrors'), SOURCES.auraErrors);
const stalePlan = stalePlanMessage(readSource(REPO_ROOT, 'service'));
/** The preview's states module needs the browser harness to load: its constant is read as text. */
const PLAN_CHANGED_MESSAGE = /export const PLAN_CHANGED_MESSAGE =\s*'([^']*)'/.exec(
  readFileSync(path.join(REPO_ROOT, 'scripts/preview/tests/states.ts'), 'utf8'),
)?.[1];

describe('error codes between the Apex and the assistant', () => {
  it('the assistant knows exactly the codes IntegrationUserException defines', () => {
    assert.deepEqual(apexErrorCodes(exception), [
      'NO_PERMISSION',
      'BAD_REQUEST',
      'PLAN_CHANGED',
      'NOT_FOUND',
    ]);
    assert.deepEqual(lwcErrorCodes(format), apexErrorCodes(exception));
  });

  it('reads them after the separator IntegrationUserAuraErrors writes', () => {
    assert.equal(separator, ': ');
    assert.equal(codeSeparator(format, SOURCES.format), separator);
  });

  it('fails a planted difference: a code added in Apex only, and a changed separator', () => {
    const added = exception.replace(
      "public static final String NOT_FOUND = 'NOT_FOUND';",
      "public static final String NOT_FOUND = 'NOT_FOUND';\n    public static final String LOCKED = 'LOCKED';",
    );
    assert.notDeepEqual(lwcErrorCodes(format), apexErrorCodes(added));
    assert.throws(
      () => apexErrorCodes("public static final String GONE = 'NOT_FOUND';"),
      /IntegrationUserException.GONE is 'NOT_FOUND'/,
    );
    assert.notEqual(codeSeparator("const CODE_SEPARATOR = ' - ';", 'x.js'), separator);
  });
});

describe('fixtures replay the stale-plan error as the engine sends it', () => {
  it('the preview and Jest: the code, the separator, then the engine message', () => {
    const expected = `PLAN_CHANGED${separator}${stalePlan}`;
    assert.equal(PLAN_CHANGED_MESSAGE, expected);
    const jest = readFileSync(
      path.join(
        REPO_ROOT,
        'force-app/core/assistant/lwc/integrationUserAssistant/__tests__/integrationUserAssistant.test.js',
      ),
      'utf8',
    );
    assert.ok(
      jest.includes(`'${expected}'`),
      'the Jest PLAN_CHANGED fixture is the message the controller sends',
    );
  });

  it("the engine client's REST answer: errorCode and the engine message", () => {
    const answer = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'scripts/org/__fixtures__/engine/error.PLAN_CHANGED.json'), 'utf8'),
    ) as { errorCode: string; message: string };
    assert.deepEqual(answer, { errorCode: 'PLAN_CHANGED', message: stalePlan });
  });

  it('fails a planted difference: a reworded engine message', () => {
    const reworded = stalePlanMessage(
      "throw IntegrationUserException.withCode(\n IntegrationUserException.PLAN_CHANGED,\n 'Plan is stale.'",
    );
    assert.equal(reworded, 'Plan is stale.');
    assert.notEqual(PLAN_CHANGED_MESSAGE, `PLAN_CHANGED${separator}${reworded}`);
  });
});
