/**
 * One parse of an Apex file with @apexdevtools/apex-parser: the tree for the project rules, every
 * lexer and parser error (1-based line and column), and the comment tokens (the grammar keeps them on
 * their own channel) for rules that read comments.
 */
import {
  ApexErrorListener,
  ApexLexer,
  ApexParserFactory,
  type ApexParserRuleContext,
  type ApexToken,
} from '@apexdevtools/apex-parser';

export interface SyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface ParsedApex {
  /** CompilationUnitContext for a class, TriggerUnitContext for a trigger. */
  tree: ApexParserRuleContext;
  errors: SyntaxError[];
  comments: ApexToken[];
}

class CollectingErrorListener extends ApexErrorListener {
  readonly errors: SyntaxError[] = [];

  apexSyntaxError(line: number, column: number, message: string): void {
    this.errors.push({ line, column: column + 1, message });
  }
}

export function parseApex(source: string, kind: 'class' | 'trigger'): ParsedApex {
  const listener = new CollectingErrorListener();
  const { lexer, parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const tree = kind === 'trigger' ? parser.triggerUnit() : parser.compilationUnit();
  // The parser has pulled every token by now; re-lexing would double the cost, so read its buffer.
  const stream = parser.getTokenStream() as unknown as { tokens: ApexToken[] };
  const comments = stream.tokens.filter((token) => token.channel === ApexLexer.COMMENT_CHANNEL);
  void lexer;
  return { tree, errors: listener.errors, comments };
}
