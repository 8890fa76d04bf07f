/**
 * The External Client App components the kit writes for one integration, their Metadata API types,
 * source folders, file suffixes and names. Folders and suffixes are source-deploy-retrieve's
 * (metadataRegistry.json: externalClientApps/.eca, extlClntAppOauthSettings/.ecaOauth,
 * extlClntAppGlobalOauthSets/.ecaGlblOauth, extlClntAppPolicies/.ecaPlcy,
 * extlClntAppOauthPolicies/.ecaOauthPlcy); eca.test.ts checks them against the installed registry.
 * The child names follow what Salesforce itself writes when it retrieves an app created in Setup
 * (<App>_oauth, <App>_glbloauth, <App>_plcy, <App>_oauthPlcy).
 */

export type AppComponentKind = 'app' | 'oauthSettings' | 'globalOauthSettings' | 'policies' | 'oauthPolicies';

export interface AppComponentType {
  kind: AppComponentKind;
  /** Metadata API type name. */
  type: string;
  directory: string;
  suffix: string;
  /** Appended to the app's name for the component's full name. */
  nameSuffix: string;
  /** Where it is written: the generated tree, or staged at deploy time once the run-as user exists. */
  staged: boolean;
  /** A second-generation package may carry it (docs/authentication.md, "What ships where"). */
  packageSafe: boolean;
}

export const APP_COMPONENT_TYPES: readonly AppComponentType[] = [
  {
    kind: 'app',
    type: 'ExternalClientApplication',
    directory: 'externalClientApps',
    suffix: 'eca',
    nameSuffix: '',
    staged: false,
    packageSafe: true,
  },
  {
    kind: 'oauthSettings',
    type: 'ExtlClntAppOauthSettings',
    directory: 'extlClntAppOauthSettings',
    suffix: 'ecaOauth',
    nameSuffix: '_oauth',
    staged: false,
    packageSafe: true,
  },
  {
    kind: 'globalOauthSettings',
    type: 'ExtlClntAppGlobalOauthSettings',
    directory: 'extlClntAppGlobalOauthSets',
    suffix: 'ecaGlblOauth',
    nameSuffix: '_glbloauth',
    staged: false,
    // "can't be packaged and must not be added to source control" (Metadata API guide): the kit writes it
    // without the consumer key and secret, and only into the org's own generated directory.
    packageSafe: false,
  },
  {
    kind: 'policies',
    type: 'ExtlClntAppConfigurablePolicies',
    directory: 'extlClntAppPolicies',
    suffix: 'ecaPlcy',
    nameSuffix: '_plcy',
    staged: false,
    packageSafe: false,
  },
  {
    kind: 'oauthPolicies',
    type: 'ExtlClntAppOauthConfigurablePolicies',
    directory: 'extlClntAppOauthPolicies',
    suffix: 'ecaOauthPlcy',
    nameSuffix: '_oauthPlcy',
    staged: true,
    packageSafe: false,
  },
];

export const APP_TYPE_NAMES: ReadonlySet<string> = new Set(APP_COMPONENT_TYPES.map((type) => type.type));

export function componentType(kind: AppComponentKind): AppComponentType {
  return APP_COMPONENT_TYPES.find((type) => type.kind === kind)!;
}

export function componentName(app: string, kind: AppComponentKind): string {
  return `${app}${componentType(kind).nameSuffix}`;
}

/** The source path of one component, relative to its package directory. */
export function componentPath(app: string, kind: AppComponentKind): string {
  const type = componentType(kind);
  return `${type.directory}/${componentName(app, kind)}.${type.suffix}-meta.xml`;
}

/** Every component of one app, as Metadata API type + full name (the removal set, status reads). */
export function appComponents(app: string): { type: string; fullName: string; kind: AppComponentKind }[] {
  return APP_COMPONENT_TYPES.map((type) => ({
    type: type.type,
    fullName: componentName(app, type.kind),
    kind: type.kind,
  }));
}
