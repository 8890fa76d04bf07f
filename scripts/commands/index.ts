import type { Command } from './command.js';
import { generateCommand } from './generate.js';
import { orgCommands } from './org-commands.js';
import { startCommand } from './start.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';

/** Every command the CLI knows, in the order `--help` lists them. */
export const commands: Command[] = [
  startCommand,
  validateCommand,
  generateCommand,
  verifyCommand,
  // Org workflow commands are registered below this line.
  ...orgCommands,
];
