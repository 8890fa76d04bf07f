import { getIn, namesOf, newDraft, problemsByPath, setIn, toSubmission } from 'c/iukDrafts';

describe('c-iuk-drafts', () => {
  it('reads and writes values at dotted paths without changing the original', () => {
    const draft = newDraft({ profile: 'Minimum Access - API Only Integrations', timeZone: 'Europe/London' });
    const changed = setIn(draft, 'integration.objects.0', { object: 'Account', access: ['read'] });
    expect(getIn(changed, 'integration.objects.0.object')).toBe('Account');
    expect(getIn(draft, 'integration.objects.0')).toBeUndefined();
    expect(getIn(changed, 'integration.profile')).toBe('Minimum Access - API Only Integrations');
    expect(getIn(changed, 'integration.user.timeZone')).toBe('Europe/London');
    const removed = setIn(changed, 'integration.objects.0', undefined);
    expect(removed.integration.objects).toEqual([]);
    expect(
      getIn(
        setIn({}, 'profileRestrictions.loginIpRanges.0.start', '192.0.2.1'),
        'profileRestrictions.loginIpRanges.0.start',
      ),
    ).toBe('192.0.2.1');
  });

  it('sends what a definitions file would hold: empty optional values and defaults left out', () => {
    const draft = newDraft({ profile: 'P' });
    draft.integration.active = true;
    draft.integration.whenInactive = 'freeze';
    draft.integration.permissionSets = [];
    draft.integration.objects = [
      { object: 'Account', access: ['read'], fields: { read: [], edit: [] }, justification: '' },
    ];
    draft.profileRestrictions = { loginIpRanges: [], loginHours: {} };
    const sent = toSubmission(draft);
    expect(sent.integration.user).not.toHaveProperty('firstName');
    expect(sent.integration).not.toHaveProperty('active');
    expect(sent.integration).not.toHaveProperty('whenInactive');
    expect(sent.integration).not.toHaveProperty('permissionSets');
    expect(sent.integration.objects[0]).toEqual({ object: 'Account', access: ['read'] });
    expect(sent).not.toHaveProperty('profileRestrictions');
    expect(sent.integration.label).toBe('', 'required values stay, so the checks name them');
  });

  it('turns a box of names into a list and groups problems by field', () => {
    expect(namesOf(' Reports_Reader \n\nFinance_Set\r\n')).toEqual(['Reports_Reader', 'Finance_Set']);
    const grouped = problemsByPath([
      { code: 'too-long', path: 'integration.user.alias' },
      { code: 'alias-duplicate', path: 'integration.user.alias' },
    ]);
    expect(grouped.get('integration.user.alias')).toHaveLength(2);
  });
});
