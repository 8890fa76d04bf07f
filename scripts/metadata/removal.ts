/**
 * The last step of removing an integration from an org: the components the kit generated for the
 * retired integrations, as a destructive-changes deploy (an empty package.xml and a
 * destructiveChangesPost.xml listing them; Metadata API guide, "Deleting Components from an
 * Organization"). Only what the kit itself generated is ever listed: the retired integration's own
 * permission set, its definition record, its External Client App (with the app's settings and
 * policies) when the kit generated one, and a generated profile that no other (unretired)
 * integration uses. Never an `existing` profile, never a permission set or group listed by name,
 * never the app of an "external" integration.
 *
 * Usage (the deploy command): components = removalComponents(definitions); show them; when the engine
 * reports the integrations removal-ready (user deactivated, assignments removed), deploy
 * renderRemovalManifests(components, apiVersion) with the destructive changes applied after the
 * (empty) deploy. Both functions are pure: no file or org is touched.
 */
import type { ResolvedDefinitions } from '../definitions/model.js';
import { compareText } from '../definitions/rules/least-privilege.js';
import { retiredProfiles } from '../definitions/summary.js';

export { retiredProfiles };
import { DEFINITION_TYPE } from './definition-record.js';
import { appComponents } from './eca/components.js';

export type RemovableType =
  | 'CustomMetadata'
  | 'PermissionSet'
  | 'Profile'
  | 'ExternalClientApplication'
  | 'ExtlClntAppOauthSettings'
  | 'ExtlClntAppGlobalOauthSettings'
  | 'ExtlClntAppConfigurablePolicies'
  | 'ExtlClntAppOauthConfigurablePolicies';

export interface RemovalComponent {
  /** Metadata API type name. */
  type: RemovableType;
  /** Metadata API full name, as package.xml lists it. */
  fullName: string;
  /** The retired integrations this component belongs to. */
  integrations: string[];
  /** Why it is removed, for the confirmation an admin reads. */
  reason: string;
}

export interface RemovalManifests {
  'package.xml': string;
  'destructiveChangesPost.xml': string;
}

/** The retired integrations' components, sorted by type then name (stable, reviewable output). */
export function removalComponents(definitions: ResolvedDefinitions): RemovalComponent[] {
  const retired = definitions.integrations.filter((integration) => integration.retired);
  const namespace = definitions.settings.namespace ? `${definitions.settings.namespace}__` : '';
  const components: RemovalComponent[] = [];
  for (const integration of retired) {
    components.push(
      {
        type: 'PermissionSet',
        fullName: integration.permissionSetName,
        integrations: [integration.name],
        reason: `the permission set generated for ${integration.name}`,
      },
      {
        type: 'CustomMetadata',
        fullName: `${namespace}${DEFINITION_TYPE}.${integration.name}`,
        integrations: [integration.name],
        reason: `the definition record of ${integration.name}`,
      },
    );
    // The External Client App the kit generated (clientCredentials, jwtBearer), with its settings and
    // policies; never an app of "external" integrations, which the kit did not write.
    const app = integration.authentication.app;
    if (app) {
      for (const component of appComponents(app)) {
        components.push({
          type: component.type as RemovableType,
          fullName: component.fullName,
          integrations: [integration.name],
          reason:
            component.kind === 'app'
              ? `the External Client App generated for ${integration.name}`
              : `the ${component.type} of ${integration.name}'s External Client App`,
        });
      }
    }
  }
  for (const profile of retiredProfiles(definitions)) {
    const users = retired.filter((integration) => integration.profile.name === profile);
    components.push({
      type: 'Profile',
      fullName: profile,
      integrations: users.map((integration) => integration.name),
      reason: `the generated profile used only by retired integrations (${users.map((integration) => integration.name).join(', ')})`,
    });
  }
  return components.sort((a, b) => compareText(a.type, b.type) || compareText(a.fullName, b.fullName));
}

/**
 * The destructive deploy pair, written by source-deploy-retrieve's manifest support: package.xml
 * lists nothing (a destructive deploy still needs one), destructiveChangesPost.xml lists the
 * components, so that any other part of the deploy lands before they are deleted.
 */
export async function renderRemovalManifests(
  components: readonly RemovalComponent[],
  apiVersion: string,
): Promise<RemovalManifests> {
  // Loaded here, not at the top: `generate` imports this module and must start fast.
  const { ComponentSet, DestructiveChangesType } = await import('@salesforce/source-deploy-retrieve');
  const destructive = new ComponentSet();
  destructive.apiVersion = apiVersion;
  destructive.sourceApiVersion = apiVersion;
  for (const component of components)
    destructive.add({ type: component.type, fullName: component.fullName }, DestructiveChangesType.POST);
  const empty = new ComponentSet();
  empty.apiVersion = apiVersion;
  empty.sourceApiVersion = apiVersion;
  return {
    'package.xml': await empty.getPackageXml(4),
    'destructiveChangesPost.xml': await destructive.getPackageXml(4, DestructiveChangesType.POST),
  };
}
