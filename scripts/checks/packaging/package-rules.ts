/**
 * What a second-generation managed package can carry and still work in every subscriber org, beyond
 * the rules scripts/metadata/verify.ts applies to every packaged directory (no profile, no
 * licence-bound permission set). Sources: 2GP guide, "Permission Set Groups" (object permissions for
 * standard objects are ignored at install; only permissions for metadata in the package can be
 * packaged; permission sets constrained by a permission set licence cannot be packaged) and
 * salesforce-facts.md §3 (packaged permission sets carry no user permissions).
 *
 * - A packaged permission set grants only user-permission-free access to components of its own
 *   package: custom objects and their fields, custom metadata types, Apex classes, custom
 *   permissions, tabs.
 * - A definition record (Integration_User_Definition) in a package is org-independent: its username
 *   carries `{orgId}` (usernames are unique across all orgs, so a fixed one works in one org only),
 *   and the permission sets it lists without a prefix are the package's own. The package that
 *   defines the type carries no records at all: those describe one customer's integrations.
 * - Of an External Client App, a package carries only the header (distributed as Packaged) and its
 *   OAuth settings: the global OAuth settings cannot be packaged, and the policies name a user of one
 *   org (eca/components.ts, docs/authentication.md "What ships where").
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';
import { XMLParser } from 'fast-xml-parser';
import { APP_COMPONENT_TYPES } from '../../metadata/eca/components.js';

export interface PackageFinding {
  file: string;
  message: string;
}

/** The custom metadata type the engine reads, without namespace or suffix. */
export const DEFINITION_TYPE = 'Integration_User_Definition';

const parser = new XMLParser({
  ignoreAttributes: true,
  isArray: (name) =>
    [
      'objectPermissions',
      'fieldPermissions',
      'userPermissions',
      'customMetadataTypeAccesses',
      'classAccesses',
      'customPermissions',
      'tabSettings',
      'values',
    ].includes(name),
});

interface PermissionSetXml {
  userPermissions?: { name: string; enabled: boolean }[];
  objectPermissions?: { object: string }[];
  fieldPermissions?: { field: string }[];
  customMetadataTypeAccesses?: { name: string; enabled: boolean }[];
  classAccesses?: { apexClass: string; enabled: boolean }[];
  customPermissions?: { name: string; enabled: boolean }[];
  tabSettings?: { tab: string }[];
}

/**
 * @param components every component of the project (SDR)
 * @param packagedDirectory absolute path of one packaged directory
 * @param relativeTo root that file names in findings are relative to
 */
export async function packageProblems(
  components: SourceComponent[],
  packagedDirectory: string,
  relativeTo: string,
): Promise<PackageFinding[]> {
  const inside = (component: SourceComponent) =>
    path.resolve(component.xml ?? component.content ?? '').startsWith(packagedDirectory + path.sep);
  const own = components.filter(inside);
  const names = (type: string) =>
    new Set(own.filter((component) => component.type.name === type).map((c) => c.fullName.toLowerCase()));
  const objects = names('CustomObject');
  const classes = names('ApexClass');
  const permissions = names('CustomPermission');
  const tabs = names('CustomTab');
  const permissionSets = names('PermissionSet');
  const definesType = objects.has(`${DEFINITION_TYPE}__mdt`.toLowerCase());
  const shown = (file: string) => path.relative(relativeTo, file) || file;
  const findings: PackageFinding[] = [];

  for (const component of own) {
    if (!component.xml) continue;
    const appType = APP_COMPONENT_TYPES.find((type) => type.type === component.type.name);
    if (appType && !appType.packageSafe) {
      findings.push({
        file: shown(component.xml),
        message: `${appType.type} cannot ship in a package: it belongs to the org that installs it (global OAuth settings are never packaged; policies name that org's run-as user). Keep only the app's header and OAuth settings in the package.`,
      });
      continue;
    }
    if (appType?.kind === 'app') {
      const header =
        (
          parser.parse(await readFile(component.xml, 'utf8')) as {
            ExternalClientApplication?: { distributionState?: string };
          }
        ).ExternalClientApplication ?? {};
      if (header.distributionState !== 'Packaged') {
        findings.push({
          file: shown(component.xml),
          message: `distributionState is "${header.distributionState ?? ''}": an External Client App in a package is distributed as Packaged.`,
        });
      }
    }
    if (component.type.name === 'PermissionSet') {
      const xml =
        (parser.parse(await readFile(component.xml, 'utf8')) as { PermissionSet?: PermissionSetXml })
          .PermissionSet ?? {};
      const file = shown(component.xml);
      const refuse = (message: string) => findings.push({ file, message });
      for (const permission of (xml.userPermissions ?? []).filter((item) => item.enabled)) {
        refuse(
          `grants the user permission ${permission.name}: packaged permission sets cannot carry user permissions; grant it from the subscriber's own permission set.`,
        );
      }
      const notOurs = (objectName: string, what: string) => {
        if (objects.has(objectName.toLowerCase())) return;
        refuse(
          /__/.test(objectName)
            ? `${what} ${objectName}, which this package does not define: a package can only carry permissions for its own metadata.`
            : `${what} the standard object ${objectName}: object permissions for standard objects are ignored when a package is installed; the subscriber grants them with a permission set of their own.`,
        );
      };
      for (const permission of xml.objectPermissions ?? []) notOurs(permission.object, 'grants access to');
      const fieldObjects = new Set(
        (xml.fieldPermissions ?? []).map((permission) => permission.field.split('.')[0]!),
      );
      for (const objectName of fieldObjects) notOurs(objectName, 'grants field access on');
      for (const access of (xml.customMetadataTypeAccesses ?? []).filter((item) => item.enabled)) {
        if (!objects.has(access.name.toLowerCase()))
          refuse(
            `grants access to the custom metadata type ${access.name}, which this package does not define.`,
          );
      }
      for (const access of (xml.classAccesses ?? []).filter((item) => item.enabled)) {
        if (!classes.has(access.apexClass.toLowerCase()))
          refuse(`grants access to the Apex class ${access.apexClass}, which this package does not define.`);
      }
      for (const access of (xml.customPermissions ?? []).filter((item) => item.enabled)) {
        if (!permissions.has(access.name.toLowerCase()))
          refuse(`grants the custom permission ${access.name}, which this package does not define.`);
      }
      for (const setting of xml.tabSettings ?? []) {
        if (!tabs.has(setting.tab.toLowerCase()))
          refuse(`sets the tab ${setting.tab}, which this package does not define.`);
      }
    }
    if (
      component.type.name === 'CustomMetadata' &&
      component.fullName.split('.')[0]!.replace(/^\w+?__(?=\w)/, '') === DEFINITION_TYPE
    ) {
      const file = shown(component.xml);
      if (definesType) {
        findings.push({
          file,
          message: `a definition record in the package that defines ${DEFINITION_TYPE}__mdt: records describe one org's integrations; generate them into force-app/generated instead.`,
        });
        continue;
      }
      const values =
        (
          parser.parse(await readFile(component.xml, 'utf8')) as {
            CustomMetadata?: { values?: { field: string; value?: unknown }[] };
          }
        ).CustomMetadata?.values ?? [];
      const value = (field: string) => {
        const entry = values.find((item) => item.field.replace(/^\w+?__(?=\w+__c$)/, '') === field);
        return typeof entry?.value === 'string' ? entry.value : '';
      };
      if (!/\{orgId\}/i.test(value('Username__c'))) {
        findings.push({
          file,
          message: `Username__c "${value('Username__c')}" is the same in every org that installs the package, but usernames are unique across all Salesforce orgs: add {orgId} (an environment with "usernameSuffix": ".{orgId}").`,
        });
      }
      for (const name of value('Permission_Sets__c')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)) {
        if (!name.includes('__') && !permissionSets.has(name.toLowerCase())) {
          findings.push({
            file,
            message: `Permission_Sets__c lists ${name}, which this package does not carry: a name without a prefix means the package's own permission set.`,
          });
        }
      }
    }
  }
  return findings;
}
