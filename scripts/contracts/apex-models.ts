/**
 * Reads the Apex wrapper classes (IntegrationUserModels.cls) into a plain model:
 * inner class name → its @AuraEnabled properties and their declared Apex types.
 * Syntax only (@apexdevtools/apex-parser): it does not resolve types beyond their text.
 */
import {
  ApexErrorListener,
  ApexParserFactory,
  type ClassDeclarationContext,
  type ModifierContext,
} from '@apexdevtools/apex-parser';

export interface ApexProperty {
  name: string;
  /** The declared type as written, whitespace removed, e.g. `List<String>`. */
  type: string;
}

/** Inner classes keyed by lower-case name (Apex names are case-insensitive). */
export type ApexModels = Map<string, { name: string; properties: ApexProperty[] }>;

class CollectingErrorListener extends ApexErrorListener {
  readonly errors: string[] = [];
  override apexSyntaxError(line: number, column: number, message: string): void {
    this.errors.push(`${line}:${column} ${message}`);
  }
}

function isAuraEnabled(modifiers: ModifierContext[]): boolean {
  return modifiers.some((modifier) => modifier.annotation()?.id().getText().toLowerCase() === 'auraenabled');
}

function readClass(declaration: ClassDeclarationContext, models: ApexModels, isOuter: boolean): void {
  const name = declaration.id().getText();
  const properties: ApexProperty[] = [];
  for (const member of declaration.classBody().classBodyDeclaration_list()) {
    const memberDeclaration = member.memberDeclaration();
    if (!memberDeclaration) {
      continue;
    }
    const inner = memberDeclaration.classDeclaration();
    if (inner) {
      readClass(inner, models, false);
      continue;
    }
    if (!isAuraEnabled(member.modifier_list())) {
      continue;
    }
    const property = memberDeclaration.propertyDeclaration();
    if (property) {
      properties.push({ name: property.id().getText(), type: property.typeRef().getText() });
      continue;
    }
    const field = memberDeclaration.fieldDeclaration();
    if (field) {
      const type = field.typeRef().getText();
      for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
        properties.push({ name: declarator.id().getText(), type });
      }
    }
  }
  // The outer class is only a namespace for the wrappers; keep it only if it carries properties itself.
  if (!isOuter || properties.length > 0) {
    models.set(name.toLowerCase(), { name, properties });
  }
}

/** Parses Apex source; throws with the file name and the parser's messages when it is not valid Apex. */
export function parseApexModels(source: string, fileName: string): ApexModels {
  const listener = new CollectingErrorListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const unit = parser.compilationUnit();
  if (listener.errors.length > 0) {
    throw new Error(
      `${fileName}: not valid Apex (${listener.errors.join('; ')}). Fix the syntax errors first.`,
    );
  }
  const declaration = unit.typeDeclaration().classDeclaration();
  if (!declaration) {
    throw new Error(`${fileName}: expected a class declaration.`);
  }
  const models: ApexModels = new Map();
  readClass(declaration, models, true);
  return models;
}
