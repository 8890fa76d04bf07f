/**
 * Every Code Analyzer finding of the security review scan that stays, with the reason it is a false
 * positive (or an accepted, reviewed design), matched by rule, file and message. docs/security-review.md
 * lists them; the scan fails on a finding that is not here and on an entry that matches nothing.
 */
export interface Explanation {
  /** `engine:RuleName`, as the scan prints it. */
  rule: string;
  /** Relative to the repository root. */
  file: string;
  /** Narrows the entry to the finding it explains. */
  match: RegExp;
  /** Why it is not a vulnerability, for the reviewer. */
  reason: string;
}

export const EXPLANATIONS: readonly Explanation[] = [
  {
    rule: 'pmd:ProtectSensitiveData',
    file: 'force-app/core/definitions/objects/Integration_User_Definition__mdt/fields/Remove_Unlisted_Assignments__c.field-meta.xml',
    match: /^Remove_Unlisted_Assignments__c is a potential auth token/,
    reason:
      'A checkbox: whether the engine removes permission set assignments the definition does not list. The rule matches "sign" in "Assignments"; the field holds true or false, never a credential. The type is public on purpose: it describes access, and holds no secret (definitions never carry passwords, keys or tokens).',
  },
  {
    rule: 'pmd:ProtectSensitiveData',
    file: 'force-app/core/definitions/objects/Integration_User_Definition__mdt/fields/Object_Access__c.field-meta.xml',
    match: /^Object_Access__c is a potential auth token/,
    reason:
      'One line per object naming the access the integration user gets ("Account access=read read=Name"): a description of permissions, the same facts the permission set holds, shown to admins so they can review them. The rule matches "Access"; no token, key or password is ever stored in it.',
  },
  {
    rule: 'pmd:ProtectSensitiveData',
    file: 'force-app/core/definitions/objects/Integration_User_Definition__mdt/fields/Access_Justifications__c.field-meta.xml',
    match: /^Access_Justifications__c is a potential auth token/,
    reason:
      'One line per object entry saying why the integration needs View All or Modify All on it ("Opportunity Reconciliation must see every opportunity"): the business reason an auditor reviews, written by admins. The rule matches "Access"; no token, key or password is ever stored in it.',
  },
  {
    rule: 'pmd:ProtectSensitiveData',
    file: 'force-app/core/history/objects/Integration_User_Run__c/fields/Plan_Hash__c.field-meta.xml',
    match: /^Plan_Hash__c is a potential auth token/,
    reason:
      'The SHA-256 of the plan an admin reviewed, stored so the run history shows which plan was applied (apply refuses a plan whose hash changed). It is derived from public facts of the org, authenticates nothing and grants nothing; the rule matches the word "Hash".',
  },
  {
    rule: 'pmd:AvoidHardcodedCredentialsInVarAssign',
    file: 'force-app/core/monitoring/classes/IntegrationUserEvidenceService.cls',
    match: /authenticationNote matched the token: AUTHENTICATION/,
    reason:
      'A sentence of the access-review evidence telling the reviewer where to look for how the external system authenticates ("see the integration\'s External Client App"). The rule matches the variable name; the value is prose, never a credential.',
  },
  {
    rule: 'pmd:AvoidHardcodedCredentialsInFieldDecls',
    file: 'force-app/core/monitoring/classes/IntegrationUserLoginCounter.cls',
    match: /FLAG_PASSWORD matched the token: PASSWORD/,
    reason:
      'The code of a login-history flag ("PASSWORD": this login used a password), shown to admins so they can move the integration off passwords. The constant holds the flag\'s name, not a password.',
  },
  {
    rule: 'pmd:AvoidHardcodedCredentialsInFieldDecls',
    file: 'force-app/core/monitoring/classes/IntegrationUserLoginRules.cls',
    match: /(PASSWORD|OAUTH)_LOGIN_TYPES matched the token: (PASSWORD|OAUTH)/,
    reason:
      'LoginHistory.LoginType values ("application", "remote access 2.0", ...) that classify a login as a password or an OAuth login, so the monitoring can flag password logins. Picklist values of a standard field, not credentials.',
  },
  {
    rule: 'pmd:ProtectSensitiveData',
    file: 'force-app/core/monitoring/objects/Integration_User_Activity__c/fields/Key__c.field-meta.xml',
    match: /^Key__c is a potential auth token/,
    reason:
      'The record\'s natural key, integration and day ("ERP_Order_Sync|2026-11-30"), used to upsert one summary per integration and day. The rule matches the word "Key"; it is no key in the cryptographic sense and holds no secret.',
  },
  {
    rule: 'pmd:ProtectSensitiveData',
    file: 'force-app/core/monitoring/objects/Integration_User_Log_Day__c/fields/Key__c.field-meta.xml',
    match: /^Key__c is a potential auth token/,
    reason:
      'The record\'s natural key, event type and day ("ApiTotalUsage|2026-11-30"), used to upsert one coverage record per log and day. The rule matches the word "Key"; it holds no secret.',
  },
  {
    rule: 'pmd:ProtectSensitiveData',
    file: 'force-app/core/monitoring/objects/Integration_User_Activity__c/fields/Password_Logins__c.field-meta.xml',
    match: /^Password_Logins__c is a potential auth token/,
    reason:
      'A number: how many logins of the integration user that day used a password (a finding the kit reports so admins can move the integration to OAuth). The rule matches "Password"; the field never holds one.',
  },
  {
    rule: 'pmd:ProtectSensitiveData',
    file: 'force-app/core/definitions/objects/Integration_User_Definition__mdt/fields/Authentication_Method__c.field-meta.xml',
    match: /^Authentication_Method__c is a potential auth token/,
    reason:
      'A picklist naming how the external system logs in (ClientCredentials, JwtBearer, None, External), shown in the plan and the assistant. The rule matches "Authentication"; the field holds one of four fixed words, never a key, secret or token (the consumer key and secret are created by Salesforce and stay in the External Client App).',
  },
  {
    rule: 'pmd:AvoidHardcodedCredentialsInFieldDecls',
    file: 'force-app/core/engine/classes/IntegrationUserModels.cls',
    match: /AUTH_CLIENT_CREDENTIALS matched the token: CREDENTIAL/,
    reason:
      "The constant 'CLIENT_CREDENTIALS': the name of an OAuth flow in the page model's authenticationMethod, not a credential. The rule matches the variable name.",
  },
  {
    rule: 'pmd:AvoidHardcodedCredentialsInFieldDecls',
    file: 'force-app/core/engine/classes/IntegrationUserModels.cls',
    match: /AUTH_JWT_BEARER matched the token: BEARER/,
    reason:
      "The constant 'JWT_BEARER': the name of an OAuth flow in the page model's authenticationMethod, not a token. The rule matches the variable name.",
  },
];
