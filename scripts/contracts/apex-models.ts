/**
 * Reads the Apex wrapper classes (IntegrationUserModels.cls) into a plain model: inner class name →
 * its @AuraEnabled properties (declared Apex type, ApexDoc, whether a value is assigned), and the
 * class's `public static final String` constants (the enumerations). Syntax only
 * (@apexdevtools/apex-parser): it does not resolve types beyond their text.
 */
import {
  ApexErrorListener,
  ApexLexer,
  ApexParserFactory,
  type ClassDeclarationContext,
  type ModifierContext,
} from '@apexdevtools/apex-parser';

export interface ApexProperty {
  name: string;
  /** The declared type as written, whitespace removed, e.g. `List<String>`. */
  type: string;
  /** The ApexDoc comment right above the member, without its markers; undefined when there is none. */
  doc?: string;
  /** True when the declaration assigns a value (`= new List<String>()`), so it is never null. */
  initialized?: boolean;
}

/** Inner classes keyed by lower-case name (Apex names are case-insensitive). */
export type ApexModels = Map<string, { name: string; doc?: string; properties: ApexProperty[] }>;

/** A `static final String NAME = 'VALUE';` of the outer class. */
export interface ApexConstant {
  name: string;
  value: string;
  doc?: string;
}

export interface ApexContract {
  models: ApexModels;
  constants: ApexConstant[];
}

class CollectingErrorListener extends ApexErrorListener {
  readonly errors: string[] = [];
  override apexSyntaxError(line: number, column: number, message: string): void {
    this.errors.push(`${line}:${column} ${message}`);
  }
}

function isAuraEnabled(modifiers: ModifierContext[]): boolean {
  return modifiers.some((modifier) => modifier.annotation()?.id().getText().toLowerCase() === 'auraenabled');
}

/** The text of the /** ... *\/ comment just before a token (only whitespace between), if any. */
type DocOf = (tokenIndex: number) => string | undefined;

function docReader(tokens: { channel: number; text: string }[]): DocOf {
  return (tokenIndex) => {
    for (let index = tokenIndex - 1; index >= 0; index--) {
      const token = tokens[index]!;
      if (token.channel === ApexLexer.COMMENT_CHANNEL) {
        if (!token.text.startsWith('/**')) return undefined;
        return token.text
          .replace(/^\/\*\*|\*\/$/g, '')
          .split('\n')
          .map((line) => line.replace(/^\s*\*?\s?/, '').trimEnd())
          .filter((line) => line.length > 0)
          .join(' ');
      }
      if (token.channel === 0) return undefined;
    }
    return undefined;
  };
}

function isConstant(modifiers: ModifierContext[]): boolean {
  const words = new Set(modifiers.map((modifier) => modifier.getText().toLowerCase()));
  return words.has('static') && words.has('final');
}

function readClass(
  declaration: ClassDeclarationContext,
  contract: ApexContract,
  isOuter: boolean,
  docOf: DocOf,
  classDoc: string | undefined,
): void {
  const name = declaration.id().getText();
  const properties: ApexProperty[] = [];
  for (const member of declaration.classBody().classBodyDeclaration_list()) {
    const memberDeclaration = member.memberDeclaration();
    if (!memberDeclaration) {
      continue;
    }
    const doc = docOf(member.start.tokenIndex);
    const inner = memberDeclaration.classDeclaration();
    if (inner) {
      readClass(inner, contract, false, docOf, doc);
      continue;
    }
    const field = memberDeclaration.fieldDeclaration();
    if (isOuter && field && isConstant(member.modifier_list()) && field.typeRef().getText() === 'String') {
      for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
        const literal = /^'(.*)'$/.exec(declarator.expression()?.getText() ?? '');
        if (literal) {
          contract.constants.push({
            name: declarator.id().getText(),
            value: literal[1]!,
            ...(doc ? { doc } : {}),
          });
        }
      }
      continue;
    }
    if (!isAuraEnabled(member.modifier_list())) {
      continue;
    }
    const property = memberDeclaration.propertyDeclaration();
    if (property) {
      properties.push({
        name: property.id().getText(),
        type: property.typeRef().getText(),
        ...(doc ? { doc } : {}),
        initialized: false,
      });
      continue;
    }
    if (field) {
      const type = field.typeRef().getText();
      for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
        properties.push({
          name: declarator.id().getText(),
          type,
          ...(doc ? { doc } : {}),
          initialized: declarator.expression() !== null && declarator.expression() !== undefined,
        });
      }
    }
  }
  // The outer class is only a namespace for the wrappers; keep it only if it carries properties itself.
  if (!isOuter || properties.length > 0) {
    contract.models.set(name.toLowerCase(), { name, ...(classDoc ? { doc: classDoc } : {}), properties });
  }
}

/** Parses Apex source; throws with the file name and the parser's messages when it is not valid Apex. */
export function parseApexContract(source: string, fileName: string): ApexContract {
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
  const tokens = (parser.getTokenStream() as unknown as { tokens: { channel: number; text: string }[] })
    .tokens;
  const contract: ApexContract = { models: new Map(), constants: [] };
  readClass(declaration, contract, true, docReader(tokens), undefined);
  return contract;
}

/** The wrapper classes only (what the fixture contract needs). */
export function parseApexModels(source: string, fileName: string): ApexModels {
  return parseApexContract(source, fileName).models;
}
