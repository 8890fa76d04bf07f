/**
 * Salesforce's standard profiles, by the name Setup shows and by the file name a Metadata API
 * retrieve gives them (profiles/Admin.profile-meta.xml is "System Administrator"). A generated profile
 * with one of these names would be deployed onto the standard profile itself: login IP ranges meant
 * for an integration would land on every administrator. Source: the file names of a full profile
 * retrieve in a public repository (docs/salesforce-facts.md, "Definitions and generated metadata").
 */
import { INTEGRATION_LICENSE } from './model.js';

export interface StandardProfile {
  /** The English name Setup shows. */
  label: string;
  /** The profile's file name in Metadata API source, when it differs from the label. */
  fullName?: string;
  /** Its user licence, where this kit relies on it. */
  userLicense?: string;
}

export const STANDARD_PROFILES: readonly StandardProfile[] = [
  { label: 'Minimum Access - API Only Integrations', userLicense: INTEGRATION_LICENSE },
  // Replaced by the profile above; older orgs still have it.
  { label: 'Salesforce API Only System Integrations' },
  { label: 'System Administrator', fullName: 'Admin' },
  { label: 'Standard User', fullName: 'Standard' },
  { label: 'Standard Platform User', fullName: 'StandardAul' },
  { label: 'Marketing User', fullName: 'MarketingProfile' },
  { label: 'Contract Manager', fullName: 'ContractManager' },
  { label: 'Solution Manager', fullName: 'SolutionManager' },
  { label: 'Read Only' },
  { label: 'Minimum Access - Salesforce' },
  { label: 'Chatter Free User' },
  { label: 'Chatter External User' },
  { label: 'Chatter Moderator User' },
  { label: 'Identity User' },
  { label: 'Analytics Cloud Integration User' },
  { label: 'Analytics Cloud Security User' },
];

/** The standard profile a name refers to (either spelling, any letter case), if any. */
export function standardProfile(name: string): StandardProfile | undefined {
  const key = name.toLowerCase();
  return STANDARD_PROFILES.find(
    (profile) => profile.label.toLowerCase() === key || profile.fullName?.toLowerCase() === key,
  );
}
