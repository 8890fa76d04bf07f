/** Asking an admin before a change: provision's apply and deploy's removal. */
import { createInterface } from 'node:readline/promises';

export interface Confirmation {
  /** True when a person can answer (stdin and stdout are terminals). */
  interactive(): boolean;
  ask(question: string): Promise<boolean>;
}

/** Asks on the terminal; anything but y/yes is a no. */
export const terminalConfirmation: Confirmation = {
  interactive: () => Boolean(process.stdin.isTTY && process.stdout.isTTY),
  async ask(question) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return /^(y|yes)$/i.test((await prompt.question(`${question} [y/N] `)).trim());
    } finally {
      prompt.close();
    }
  },
};
