import { CLIENT_CODES, checkDraft } from 'c/iukDefinitionChecks';

// The shared definition-rule vectors (also run by the definitions file's rules and the org's
// validator): the client-side checks never report a problem the others do not, and find every
// problem of the kinds they check (the schema and the character rules).
const { draftOf, problemKey, readDefinitionVectors } = require('iuk-test/jest/definition-vectors');

const vectors = readDefinitionVectors();
const keys = (problems) => [...new Set(problems.map(problemKey))].sort();

describe('c-iuk-definition-checks against the shared vectors', () => {
  it.each(vectors.vectors.map((vector) => [vector.name, vector]))('%s', (name, vector) => {
    const found = keys(checkDraft(draftOf(vectors, vector)));
    const expected = keys(vector.expect);
    // Never a problem the others do not report; every problem when all of its kinds are checked here.
    const checksAll = vector.expect.every((problem) => CLIENT_CODES.includes(problem.code));
    expect([name, found.filter((problem) => !expected.includes(problem))]).toEqual([name, []]);
    expect([name, checksAll ? expected.filter((problem) => !found.includes(problem)) : []]).toEqual([
      name,
      [],
    ]);
  });

  it.each(vectors.orgOnly.map((vector) => [vector.name, vector]))(
    'refuses what the org refuses: %s',
    (name, vector) => {
      expect(keys(checkDraft(draftOf(vectors, vector)))).toEqual(keys(vector.expect));
    },
  );

  it('checks enough of the vectors to matter, and a planted problem is found', () => {
    const checked = vectors.vectors.filter((vector) =>
      vector.expect.every((problem) => CLIENT_CODES.includes(problem.code)),
    );
    expect(checked.length).toBeGreaterThan(30);
    const planted = draftOf(vectors, { set: { 'integration.user.alias': 'toolongalias' } });
    expect(keys(checkDraft(planted))).toEqual(['too-long integration.user.alias']);
  });

  it('gives every problem a message and the path of its field', () => {
    const draft = draftOf(vectors, {
      set: { 'integration.label': 'Billing Sync ', 'integration.user.alias': '' },
    });
    const problems = checkDraft(draft);
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const problem of problems) {
      expect(problem.message).toMatch(/\w/);
      expect(problem.path).toMatch(/^integration\./);
    }
  });
});
