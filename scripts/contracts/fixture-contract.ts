/**
 * Checks JSON fixtures (jest and browser preview) against the Apex wrapper classes, so the
 * assistant's test data can never describe a shape the controller does not return.
 */
import type { ApexModels } from './apex-models.js';

/** Which wrapper class each controller method returns: fixtures are named `Controller.method[.variant].json`. */
export const METHOD_RETURN_TYPES: Record<string, string> = {
  getPageModel: 'PageModel',
  planProvisioning: 'Plan',
  applyProvisioning: 'ApplyResult',
  setUserState: 'UserStateResult',
  getAuthoringContext: 'AuthoringContext',
  getObjectFields: 'ObjectFields',
  getDefinitionDraft: 'DefinitionDraft',
  checkDefinition: 'DefinitionResult',
  saveDefinition: 'DefinitionResult',
  retireDefinition: 'DefinitionResult',
  getDeploymentStatus: 'DeploymentStatus',
};

export interface ContractProblem {
  file: string;
  /** JSON path inside the fixture, e.g. `integrations[0].access[1].canRead`. */
  path: string;
  message: string;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}

/** The element type of `List<X>` / `Set<X>` / `X[]`, or undefined when the type is not a collection. */
function elementType(apexType: string): string | undefined {
  const generic = /^(list|set)<(.+)>$/i.exec(apexType);
  if (generic) return generic[2];
  if (apexType.endsWith('[]')) return apexType.slice(0, -2);
  return undefined;
}

export class FixtureChecker {
  /** "Class.property" (lower case) seen in at least one fixture, for the coverage check. */
  readonly seen = new Set<string>();
  readonly problems: ContractProblem[] = [];

  /**
   * @param models the wrapper classes
   * @param enumerations constant prefix → its values: a property documented "One of the X_ constants"
   *   must hold one of them
   */
  constructor(
    private readonly models: ApexModels,
    private readonly enumerations: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  /** Checks one fixture whose root is an instance of `rootClass`. */
  checkFixture(file: string, json: unknown, rootClass: string): void {
    this.checkValue(file, '', json, rootClass);
  }

  /** Every @AuraEnabled property that no fixture contains, as `Class.property`. */
  unseenProperties(): string[] {
    const unseen: string[] = [];
    for (const model of this.models.values()) {
      for (const property of model.properties) {
        if (!this.seen.has(`${model.name}.${property.name}`.toLowerCase())) {
          unseen.push(`${model.name}.${property.name}`);
        }
      }
    }
    return unseen;
  }

  private report(file: string, path: string, message: string): void {
    this.problems.push({ file, path: path || '(root)', message });
  }

  private checkValue(file: string, path: string, value: unknown, apexType: string): void {
    if (value === null) {
      return; // Every Apex property may be null.
    }
    const itemType = elementType(apexType);
    if (itemType) {
      if (!Array.isArray(value)) {
        this.report(file, path, `expected an array (${apexType}), found ${describe(value)}`);
        return;
      }
      value.forEach((item, index) => this.checkValue(file, `${path}[${index}]`, item, itemType));
      return;
    }
    const scalarProblem = this.checkScalar(apexType, value);
    if (scalarProblem !== undefined) {
      if (scalarProblem) this.report(file, path, scalarProblem);
      return;
    }
    const model = this.models.get(apexType.toLowerCase());
    if (!model) {
      this.report(
        file,
        path,
        `the Apex type ${apexType} is neither a known scalar nor an inner class of the models file: add the class or teach scripts/contracts/fixture-contract.ts the type`,
      );
      return;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.report(file, path, `expected an object (${model.name}), found ${describe(value)}`);
      return;
    }
    const properties = new Map(model.properties.map((property) => [property.name.toLowerCase(), property]));
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childPath = path ? `${path}.${key}` : key;
      const property = properties.get(key.toLowerCase());
      if (!property) {
        this.report(
          file,
          childPath,
          `${model.name} has no @AuraEnabled property "${key}": remove it from the fixture or add it to the Apex class`,
        );
        continue;
      }
      if (property.name !== key) {
        // Apex is case-insensitive but JSON.serialize and Aura use the declared spelling.
        this.report(file, childPath, `spelled "${key}" but ${model.name} declares "${property.name}"`);
      }
      this.seen.add(`${model.name}.${property.name}`.toLowerCase());
      this.checkValue(file, childPath, child, property.type);
      const prefix = /One of the ([A-Z]+)_ constants/.exec(property.doc ?? '')?.[1];
      const values = prefix ? this.enumerations.get(prefix) : undefined;
      if (values && typeof child === 'string' && !values.includes(child)) {
        this.report(
          file,
          childPath,
          `"${child}" is not one of the ${prefix}_ constants of the Apex models (${values.join(', ')})`,
        );
      }
    }
  }

  /**
   * undefined: not a scalar type. '': a scalar and the value fits. Otherwise the problem.
   */
  private checkScalar(apexType: string, value: unknown): string | undefined {
    const type = apexType.toLowerCase();
    const expect = (ok: boolean, what: string): string =>
      ok ? '' : `expected ${what} for ${apexType}, found ${describe(value)}`;
    switch (type) {
      case 'string':
      case 'id':
        return expect(typeof value === 'string', 'a string');
      case 'integer':
      case 'long':
        return expect(typeof value === 'number' && Number.isInteger(value), 'a whole number');
      case 'decimal':
      case 'double':
        return expect(typeof value === 'number', 'a number');
      case 'boolean':
        return expect(typeof value === 'boolean', 'true or false');
      case 'datetime':
        return expect(typeof value === 'string' && ISO_DATETIME.test(value), 'an ISO 8601 date-time string');
      case 'date':
        return expect(typeof value === 'string' && ISO_DATE.test(value), 'an ISO 8601 date (YYYY-MM-DD)');
      case 'object':
        return '';
      default:
        return undefined;
    }
  }
}

/** `IntegrationUserAssistantController.getPageModel.noPermission.json` → `getPageModel`. */
export function methodOfFixture(fileName: string): string | undefined {
  const match = /^IntegrationUserAssistantController\.([A-Za-z]+)(\.[A-Za-z0-9_-]+)?\.json$/.exec(fileName);
  return match?.[1];
}
