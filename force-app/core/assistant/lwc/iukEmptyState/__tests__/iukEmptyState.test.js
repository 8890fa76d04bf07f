import { createElement } from 'lwc';
import IukEmptyState from 'c/iukEmptyState';
import { LABELS } from 'c/iukLabels';

const { flushPromises, resetDom, textOf } = require('iuk-test/jest/testing');

describe('c-iuk-empty-state', () => {
  afterEach(resetDom);

  it('explains both ways to get definitions: deploy from a repository, later authoring in the org', async () => {
    const element = createElement('c-iuk-empty-state', { is: IukEmptyState });
    document.body.appendChild(element);
    await flushPromises();
    const text = textOf(element);
    expect(text).toContain('config/integration-definitions.json');
    expect(text).toContain('npm run iuk -- deploy --target-org');
    expect(text).toContain(LABELS.emptyInOrg);
    await expect(element).toBeAccessible();
  });
});
