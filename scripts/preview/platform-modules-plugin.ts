/**
 * Rollup plugin (placed BEFORE the LWC plugin) that answers the platform-only imports a component
 * makes: `@salesforce/apex/*` from the jest fixtures, `@salesforce/label/c.*` from the labels in the
 * source, custom permissions, user id, schema tokens, and the `lightning/*` modules that the
 * lightning-base-components npm package does not ship. Every import is checked against the source
 * tree, so an import that would fail to deploy fails the preview build too.
 */
import path from 'node:path';
import type { Plugin, PluginContext } from 'rollup';
import { answersByArgument, DEFAULT_VARIANT, type FixtureSet } from './fixtures.js';
import type { SalesforceSource } from './salesforce-source.js';

export const FIXTURES_MODULE = 'iuk-preview:fixtures';
const VIRTUAL = '\0iuk:';

/** `lightning/*` modules missing from the npm package, answered by local modules in runtime/. */
const LIGHTNING_OVERRIDES: Record<string, string> = {
  'lightning/platformShowToastEvent': 'platformShowToastEvent.js',
  'lightning/navigation': 'navigation.js',
};

export interface PlatformModulesOptions {
  source: SalesforceSource;
  fixtures: FixtureSet;
  runtimeDir: string;
  /** Collects non-fatal findings (for example an Apex class that is not in the source yet). */
  notices: string[];
}

function relative(file: string | undefined, root: string): string {
  return file ? path.relative(root, file) || file : '(entry)';
}

export function platformModules(options: PlatformModulesOptions): Plugin {
  const { source, fixtures, runtimeDir, notices } = options;
  const runtime = (file: string) => path.join(runtimeDir, file);
  const noticed = new Set<string>();
  const notice = (message: string) => {
    if (!noticed.has(message)) notices.push(message);
    noticed.add(message);
  };

  function checkApexImport(
    ctx: PluginContext,
    apexMethod: string,
    importer: string | undefined,
  ): boolean | null {
    const where = `${relative(importer, process.cwd())} imports @salesforce/apex/${apexMethod}`;
    const [className = '', methodName = ''] = apexMethod.split('.');
    const variants = fixtures.table[apexMethod];
    if (!variants || !(DEFAULT_VARIANT in variants)) {
      ctx.error(
        `${where}, but there is no fixture to answer it. Add ${path.join(fixtures.dir, `${apexMethod}.json`)} ` +
          `(the same file the jest tests use).`,
      );
    }
    const apexClass = source.apexClasses.get(className);
    if (!apexClass) {
      notice(
        `Apex class ${className} is not in ${source.root} yet: its methods are answered from fixtures ` +
          `without checking that they exist and are @AuraEnabled.`,
      );
      return null;
    }
    const method = apexClass.methods.get(methodName);
    if (!method?.auraEnabled) {
      ctx.error(
        `${where}, but ${relative(apexClass.file, process.cwd())} has no @AuraEnabled method "${methodName}". ` +
          `Fix the import or the controller.`,
      );
    }
    return method.cacheable;
  }

  return {
    name: 'iuk-platform-modules',

    resolveId(id, importer) {
      if (id === FIXTURES_MODULE) return VIRTUAL + 'fixtures';
      if (id === '@salesforce/apex') return runtime('apex.js');
      const override = LIGHTNING_OVERRIDES[id];
      if (override) return runtime(override);

      if (id.startsWith('@salesforce/apex/')) {
        // `Class.method`, or `namespace.Class.method` once packaged: the last two segments count.
        const apexMethod = id.slice('@salesforce/apex/'.length).split('.').slice(-2).join('.');
        const cacheable = checkApexImport(this, apexMethod, importer);
        return `${VIRTUAL}apex:${apexMethod}:${cacheable === null ? 'unknown' : String(cacheable)}`;
      }
      if (id.startsWith('@salesforce/label/c.')) {
        const label = id.slice('@salesforce/label/c.'.length);
        if (!source.labels.has(label)) {
          const files =
            source.labelFiles.map((file) => relative(file, process.cwd())).join(', ') || 'none found';
          this.error(
            `${relative(importer, process.cwd())} imports ${id}, but no custom label "${label}" exists ` +
              `(label files: ${files}). Add it to a CustomLabels file, as a deploy would require.`,
          );
        }
        return `${VIRTUAL}label:${label}`;
      }
      if (id.startsWith('@salesforce/customPermission/')) {
        const permission = id.slice('@salesforce/customPermission/'.length);
        if (!source.customPermissions.has(permission)) {
          this.error(
            `${relative(importer, process.cwd())} imports ${id}, but there is no ` +
              `customPermissions/${permission}.customPermission-meta.xml in ${source.root}.`,
          );
        }
        return `${VIRTUAL}customPermission:${permission}`;
      }
      if (id === '@salesforce/user/Id' || id === '@salesforce/user/isGuest') return VIRTUAL + id.slice(12);
      if (id.startsWith('@salesforce/schema/'))
        return `${VIRTUAL}schema:${id.slice('@salesforce/schema/'.length)}`;
      return null;
    },

    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const key = id.slice(VIRTUAL.length);
      const state = JSON.stringify(runtime('state.js'));
      if (key === 'fixtures') {
        return `export default ${JSON.stringify({
          table: fixtures.table,
          scenarios: fixtures.scenarios,
          answersByArgument: answersByArgument(fixtures.table),
        })};`;
      }
      if (key.startsWith('apex:')) {
        const [, apexMethod, cacheable] = key.split(':');
        return (
          `import { createApexMethod } from ${JSON.stringify(runtime('apex.js'))};\n` +
          `export default createApexMethod(${JSON.stringify(apexMethod)}, ` +
          `{ cacheable: ${cacheable === 'unknown' ? 'null' : cacheable} });`
        );
      }
      if (key.startsWith('label:')) {
        return `export default ${JSON.stringify(source.labels.get(key.slice('label:'.length)))};`;
      }
      if (key.startsWith('customPermission:')) {
        const permission = JSON.stringify(key.slice('customPermission:'.length));
        return `import { preview } from ${state};\nexport default preview.hasCustomPermission(${permission});`;
      }
      // A fixed, clearly fake user id: the preview has no user.
      if (key === 'Id') return `export default '005000000000000AAA';`;
      if (key === 'isGuest') return `export default false;`;
      if (key.startsWith('schema:')) {
        const [objectApiName, ...field] = key.slice('schema:'.length).split('.');
        const token = field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
        return `export default ${JSON.stringify(token)};`;
      }
      return null;
    },
  };
}
