import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertCodes,
  assertPointsAt,
  expectProblem,
  load,
  loadValid,
  problemsOf,
  setAt,
  toText,
  validDocument,
} from './testing/fixtures.js';

const ALPHA = ['integrations', 0];
const BETA = ['integrations', 1];
const UAT = ['environments', 1];

function byName<T extends { name: string }>(items: T[], name: string): T {
  const found = items.find((item) => item.name === name);
  assert.ok(found, `no ${name}`);
  return found;
}

describe('resolveDefinitions', () => {
  describe('duplicates', () => {
    it('rejects two integrations with the same name, ignoring case', () => {
      const document = validDocument();
      setAt(document, [...BETA, 'name'], 'ALPHA_SYNC');
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['integration-duplicate']);
      const problem = expectProblem(problems, {
        code: 'integration-duplicate',
        path: [...BETA, 'name'],
        message: ['"ALPHA_SYNC" is defined twice', 'integrations[0]'],
        fix: ['unique API name', 'case-insensitive'],
      });
      assertPointsAt(problem, text, '"name": "ALPHA_SYNC"');
    });

    it('rejects two integrations with the same username, ignoring case', () => {
      const document = validDocument();
      setAt(document, [...BETA, 'user', 'username'], 'Alpha.Integration@acme.example');
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['username-duplicate']);
      const problem = expectProblem(problems, {
        code: 'username-duplicate',
        path: [...BETA, 'user', 'username'],
        message: ['"Alpha.Integration@acme.example"', 'integrations[0]'],
        fix: ['its own user', 'unique across all Salesforce orgs'],
      });
      assertPointsAt(problem, text, '"username": "Alpha.Integration@acme.example"');
    });

    it('rejects two integrations with the same alias, ignoring case', () => {
      const document = validDocument();
      setAt(document, [...BETA, 'user', 'alias'], 'AlphaInt');
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['alias-duplicate']);
      const problem = expectProblem(problems, {
        code: 'alias-duplicate',
        path: [...BETA, 'user', 'alias'],
        message: ['"AlphaInt"', 'integrations[0]'],
        fix: ['distinct alias'],
      });
      assertPointsAt(problem, text, '"alias": "AlphaInt"');
    });

    it('rejects a username that only collides in one environment, pointing at the override', () => {
      // uat appends ".uat" to Alpha's username; Beta's uat override is taken as written, without the suffix.
      const document = validDocument();
      setAt(
        document,
        [...UAT, 'integrations'],
        [{ name: 'Beta_Sync', username: 'alpha.integration@acme.example.uat' }],
      );
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['username-duplicate']);
      const problem = expectProblem(problems, {
        code: 'username-duplicate',
        path: [...UAT, 'integrations', 0, 'username'],
        message: ['"alpha.integration@acme.example.uat"', 'integrations[0]', 'environment "uat"'],
        fix: ['its own user'],
      });
      assertPointsAt(problem, text, '"username": "alpha.integration@acme.example.uat"');
    });

    it('rejects usernames that only collide once an environment suffix is added', () => {
      // Beta's base username is distinct, but uat adds ".uat" to it while Alpha's uat override already is that.
      const document = validDocument();
      setAt(
        document,
        [...UAT, 'integrations'],
        [{ name: 'Alpha_Sync', username: 'beta.integration@acme.example.uat' }],
      );
      const problems = problemsOf(document);
      assertCodes(problems, ['username-duplicate']);
      expectProblem(problems, {
        code: 'username-duplicate',
        path: [...BETA, 'user', 'username'],
        message: ['"beta.integration@acme.example.uat"', 'environment "uat"'],
        fix: ['its own user'],
      });
    });

    it('rejects two profiles with the same name, ignoring case', () => {
      const document = validDocument();
      setAt(document, ['profiles', 1], { name: 'INTEGRATION - BASE' });
      expectProblem(problemsOf(document), {
        code: 'profile-duplicate',
        path: ['profiles', 1, 'name'],
        message: ['"INTEGRATION - BASE" is defined twice'],
        fix: ['unique name'],
      });
    });

    it('rejects two environments with the same name, ignoring case', () => {
      const document = validDocument();
      setAt(document, ['environments', 2], { name: 'UAT' });
      expectProblem(problemsOf(document), {
        code: 'environment-duplicate',
        path: ['environments', 2, 'name'],
        message: ['"UAT" is defined twice', 'environments[1]'],
        fix: ['unique name'],
      });
    });

    it('rejects listing the generated permission set as an extra one', () => {
      const document = validDocument();
      setAt(document, [...ALPHA, 'permissionSets'], ['IUK_Alpha_Sync']);
      expectProblem(problemsOf(document), {
        code: 'permission-set-collision',
        path: [...ALPHA, 'permissionSets'],
        message: ['"IUK_Alpha_Sync" is the permission set generated for this integration'],
        fix: ['Remove it'],
      });
    });
  });

  describe('profiles', () => {
    it('rejects a reference to an undefined profile, listing the defined ones', () => {
      const document = validDocument();
      setAt(document, [...BETA, 'profile'], 'Integration - Missing');
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['profile-undefined']);
      const problem = expectProblem(problems, {
        code: 'profile-undefined',
        path: [...BETA, 'profile'],
        message: ['"Integration - Missing" is not defined'],
        fix: ['Integration - Base', 'add it to "profiles"'],
      });
      assertPointsAt(problem, text, '"profile": "Integration - Missing"');
    });

    it('matches profile references without regard to case', () => {
      const document = validDocument();
      setAt(document, [...BETA, 'profile'], 'integration - base');
      const beta = byName(loadValid(document).integrations, 'Beta_Sync');
      assert.equal(beta.profile.name, 'Integration - Base');
    });

    it('rejects a profile that is not on the Salesforce Integration licence', () => {
      const document = validDocument();
      setAt(document, ['profiles', 0, 'userLicense'], 'Salesforce');
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, [
        'profile-generated-wrong-license',
        'profile-wrong-license',
        'profile-wrong-license',
      ]);
      for (const integration of [ALPHA, BETA]) {
        const problem = expectProblem(problems, {
          code: 'profile-wrong-license',
          path: [...integration, 'profile'],
          message: ['"Integration - Base"', '"Salesforce" licence', '"Salesforce Integration"'],
          fix: ['Salesforce Integration licence', 'Minimum Access - API Only Integrations'],
        });
        assert.ok(problem.line);
      }
    });

    it('defaults the licence to Salesforce Integration', () => {
      assert.equal(loadValid(validDocument()).profiles[0]!.userLicense, 'Salesforce Integration');
    });

    it('rejects restrictions on an existing profile, which is never generated', () => {
      const document = validDocument();
      setAt(document, ['profiles', 0, 'existing'], true);
      expectProblem(problemsOf(document), {
        code: 'profile-existing-restrictions',
        path: ['profiles', 0],
        message: ['"existing"', 'would be ignored'],
        fix: ['Remove loginIpRanges/loginHours'],
      });
    });

    it('warns about a profile no integration uses', () => {
      const document = validDocument();
      setAt(document, ['profiles', 1], { name: 'Integration - Spare' });
      const result = load(document);
      assert.ok(result.ok);
      assertCodes(result.warnings, ['profile-unused']);
      expectProblem(result.warnings, {
        code: 'profile-unused',
        severity: 'warning',
        path: ['profiles', 1, 'name'],
        message: ['"Integration - Spare" is not used'],
        fix: ['Remove it'],
      });
    });

    it('does not warn about an unused existing profile', () => {
      const document = validDocument();
      setAt(document, ['profiles', 1], { name: 'Minimum Access - API Only Integrations', existing: true });
      loadValid(document);
    });
  });

  describe('username length', () => {
    it('rejects a username whose environment suffix makes it longer than 80 characters', () => {
      const document = validDocument();
      const long = `${'a'.repeat(60)}@acme.example`; // 73 characters
      setAt(document, [...ALPHA, 'user', 'username'], long);
      setAt(document, [...UAT, 'usernameSuffix'], '.{sandboxName}');
      const problems = problemsOf(document);
      assertCodes(problems, ['username-too-long']);
      expectProblem(problems, {
        code: 'username-too-long',
        path: [...ALPHA, 'user', 'username'],
        message: [`"${long}.{sandboxName}"`, '84 characters', 'environment "uat"', '80'],
        fix: ['Shorten the username or the environment suffix'],
      });
    });
  });

  describe('environments', () => {
    it('rejects an environment that is not defined, listing the defined ones', () => {
      const problems = problemsOf(validDocument(), { environment: 'staging' });
      assertCodes(problems, ['environment-not-found']);
      expectProblem(problems, {
        code: 'environment-not-found',
        path: ['environments'],
        message: ['no environment named "staging"'],
        fix: ['production, uat'],
      });
    });

    it('rejects a requested environment when the file defines none', () => {
      const document = validDocument();
      delete document.environments;
      expectProblem(problemsOf(document, { environment: 'uat' }), {
        code: 'environment-not-found',
        path: ['environments'],
        message: ['"uat"'],
        fix: ['Add an "environments" list', 'leave out --environment'],
      });
    });

    it('rejects two default environments at the second one', () => {
      const document = validDocument();
      setAt(document, [...UAT, 'default'], true);
      const text = toText(document);
      const problems = problemsOf(text);
      assertCodes(problems, ['environment-multiple-default']);
      const problem = expectProblem(problems, {
        code: 'environment-multiple-default',
        path: [...UAT, 'default'],
        message: ['More than one environment is marked "default"', 'production, uat'],
        fix: ['Mark only one environment "default": true'],
      });
      assertPointsAt(problem, text, '"default": true\n    }\n  ]');
    });

    it('rejects two sandbox environments', () => {
      const document = validDocument();
      setAt(document, ['environments', 2], { name: 'qa', sandbox: true });
      expectProblem(problemsOf(document), {
        code: 'environment-multiple-sandbox',
        path: ['environments', 2, 'sandbox'],
        message: ['"sandbox"', 'uat, qa'],
        fix: ['Mark only one'],
      });
    });

    it('rejects environments without a default', () => {
      const document = validDocument();
      delete document.environments![0]!.default;
      const problems = problemsOf(document);
      assertCodes(problems, ['environment-no-default']);
      expectProblem(problems, {
        code: 'environment-no-default',
        path: ['environments'],
        message: ['No environment is marked "default": true'],
        fix: ['Add "default": true'],
      });
    });

    it('rejects an override of an undefined integration', () => {
      const document = validDocument();
      setAt(document, [...UAT, 'integrations'], [{ name: 'Gamma_Sync', email: 'gamma@acme.example' }]);
      const text = toText(document);
      const problem = expectProblem(problemsOf(text), {
        code: 'environment-unknown-integration',
        path: [...UAT, 'integrations', 0, 'name'],
        message: ['"uat"', '"Gamma_Sync", which is not defined'],
        fix: ['Alpha_Sync, Beta_Sync'],
      });
      assertPointsAt(problem, text, '"name": "Gamma_Sync"');
    });

    it('rejects an override of an undefined profile', () => {
      const document = validDocument();
      setAt(
        document,
        [...UAT, 'profiles'],
        [{ name: 'Integration - Other', loginHours: { monday: 'closed' } }],
      );
      const text = toText(document);
      const problem = expectProblem(problemsOf(text), {
        code: 'environment-unknown-profile',
        path: [...UAT, 'profiles', 0, 'name'],
        message: ['"uat"', '"Integration - Other", which is not defined'],
        fix: ['Integration - Base'],
      });
      assertPointsAt(problem, text, '"name": "Integration - Other"');
    });

    it('uses the default environment when none is chosen, and any case of a name when one is', () => {
      assert.equal(loadValid(validDocument()).environment, 'production');
      assert.equal(loadValid(validDocument(), { environment: 'UAT' }).environment, 'uat');
    });

    it('summarises the environments in file order', () => {
      assert.deepEqual(loadValid(validDocument()).environments, [
        { name: 'production', default: true, sandbox: false },
        { name: 'uat', default: false, sandbox: true },
      ]);
    });

    it('resolves a file without environments as it is written', () => {
      const document = validDocument();
      delete document.environments;
      const definitions = loadValid(document);
      assert.equal(definitions.environment, undefined);
      assert.deepEqual(definitions.environments, []);
      assert.equal(
        byName(definitions.integrations, 'Alpha_Sync').user.username,
        'alpha.integration@acme.example',
      );
    });

    it('appends the username suffix, keeping tokens for the engine to resolve in the org', () => {
      const document = validDocument();
      setAt(document, [...UAT, 'usernameSuffix'], '.{sandboxName}');
      setAt(document, ['environments', 2], { name: 'scratch', usernameSuffix: '.{orgId}' });
      const uat = loadValid(document, { environment: 'uat' });
      assert.equal(
        byName(uat.integrations, 'Alpha_Sync').user.username,
        'alpha.integration@acme.example.{sandboxName}',
      );
      const scratch = loadValid(document, { environment: 'scratch' });
      assert.equal(
        byName(scratch.integrations, 'Beta_Sync').user.username,
        'beta.integration@acme.example.{orgId}',
      );
      const production = loadValid(document, { environment: 'production' });
      assert.equal(
        byName(production.integrations, 'Alpha_Sync').user.username,
        'alpha.integration@acme.example',
      );
    });

    it('takes an overridden username as written, without the suffix', () => {
      const document = validDocument();
      setAt(document, [...UAT, 'integrations'], [{ name: 'beta_sync', username: 'beta.uat@acme.example' }]);
      const uat = loadValid(document, { environment: 'uat' });
      assert.equal(byName(uat.integrations, 'Beta_Sync').user.username, 'beta.uat@acme.example');
      assert.equal(
        byName(uat.integrations, 'Alpha_Sync').user.username,
        'alpha.integration@acme.example.uat',
      );
    });

    it('overrides email and active per environment, leaving other environments alone', () => {
      const document = validDocument();
      setAt(
        document,
        [...UAT, 'integrations'],
        [{ name: 'Alpha_Sync', email: 'alpha-team+uat@acme.example', active: false }],
      );
      const uatAlpha = byName(loadValid(document, { environment: 'uat' }).integrations, 'Alpha_Sync');
      assert.equal(uatAlpha.user.email, 'alpha-team+uat@acme.example');
      assert.equal(uatAlpha.active, false);
      const productionAlpha = byName(loadValid(document).integrations, 'Alpha_Sync');
      assert.equal(productionAlpha.user.email, 'alpha-team@acme.example');
      assert.equal(productionAlpha.active, true);
    });

    it('overrides a profile’s IP ranges and login hours per environment', () => {
      const document = validDocument();
      setAt(
        document,
        [...UAT, 'profiles'],
        [
          {
            name: 'Integration - Base',
            loginIpRanges: [{ cidr: '203.0.113.0/26', description: 'Test system' }],
            loginHours: { saturday: '10:00-12:00' },
          },
        ],
      );
      const uatProfile = loadValid(document, { environment: 'uat' }).profiles[0]!;
      assert.deepEqual(
        uatProfile.loginIpRanges.map(({ startAddress, endAddress, description }) => [
          startAddress,
          endAddress,
          description,
        ]),
        [['203.0.113.0', '203.0.113.63', 'Test system']],
      );
      assert.deepEqual(uatProfile.loginHours, [{ day: 'saturday', start: 600, end: 720 }]);
      const uatBeta = byName(loadValid(document, { environment: 'uat' }).integrations, 'Beta_Sync');
      assert.equal(uatBeta.profile.loginIpRanges[0]!.startAddress, '203.0.113.0');
      const productionProfile = loadValid(document).profiles[0]!;
      assert.equal(productionProfile.loginIpRanges[0]!.startAddress, '192.0.2.0');
      assert.equal(productionProfile.loginHours[0]!.day, 'monday');
    });

    it('checks every environment, not only the one requested', () => {
      const document = validDocument();
      setAt(
        document,
        [...UAT, 'profiles'],
        [{ name: 'Integration - Base', loginIpRanges: [{ cidr: '203.0.113.1/26' }] }],
      );
      expectProblem(problemsOf(document, { environment: 'production' }), {
        code: 'ip-cidr-host-bits',
        path: [...UAT, 'profiles', 0, 'loginIpRanges', 0, 'cidr'],
        message: ['"203.0.113.1/26"'],
        fix: ['"203.0.113.0/26"'],
      });
    });
  });

  describe('defaults', () => {
    it('fills in the defaults the renderers rely on', () => {
      const definitions = loadValid(validDocument());
      assert.deepEqual(definitions.settings, {
        permissionSetPrefix: 'IUK_',
        permissionSetLicense: 'SalesforceAPIIntegrationPsl',
      });
      const alpha = byName(definitions.integrations, 'Alpha_Sync');
      assert.equal(alpha.permissionSetName, 'IUK_Alpha_Sync');
      assert.equal(alpha.active, true);
      assert.equal(alpha.whenInactive, 'freeze');
      assert.equal(alpha.user.emailEncoding, 'UTF-8');
      assert.equal(alpha.removeUnlistedAssignments, false);
      assert.deepEqual(alpha.extraPermissionSets, []);
    });

    it('names permission sets with a custom prefix', () => {
      const document = validDocument();
      document.settings = { permissionSetPrefix: 'ACME' };
      assert.equal(byName(loadValid(document).integrations, 'Beta_Sync').permissionSetName, 'ACMEBeta_Sync');
    });
  });
});
