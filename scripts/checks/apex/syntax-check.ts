/**
 * Check 1a: every Apex file parses with @apexdevtools/apex-parser (the grammar the Apex language
 * server uses). A parse error is reported at its line and column.
 */
import type { ApexCheck, Finding } from './finding.js';

export const syntaxCheck: ApexCheck = {
  name: 'syntax',
  description: 'every .cls and .trigger parses (@apexdevtools/apex-parser)',
  async run(project) {
    const findings: Finding[] = project.files.flatMap((file) =>
      project.parse(file).errors.map((error) => ({
        file: file.path,
        line: error.line,
        column: error.column,
        rule: 'syntax',
        message: shortenExpectedTokens(error.message),
      })),
    );
    return { findings };
  },
};

/** ANTLR lists every token it would accept; past a handful that hides the point of the message. */
export function shortenExpectedTokens(message: string): string {
  return message.replace(/expecting \{([^}]*)\}/, (whole, list: string) => {
    const options = list.split(', ');
    return options.length <= 6 ? whole : `expecting one of ${options.length} other tokens`;
  });
}
