/** The org workflow commands, in the order `--help` lists them (registered in index.ts). */
import type { Command } from './command.js';
import { deployCommand } from './deploy.js';
import { planCommand } from './plan.js';
import { provisionCommand } from './provision.js';
import { statusCommand } from './status.js';
import { deactivateCommand, freezeCommand, unfreezeCommand } from './user-state.js';

export const orgCommands: Command[] = [
  deployCommand,
  planCommand,
  provisionCommand,
  statusCommand,
  freezeCommand,
  unfreezeCommand,
  deactivateCommand,
];
