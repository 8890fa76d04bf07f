import type { AnyCommandSpec } from './command.js';

/**
 * Every command, in the order help lists them. The modules are light (their heavy dependencies load
 * inside `run`), so listing them all for help costs little. The sf plugin has one file per command in
 * src/commands/iuk/ over the same modules (`start` is the launcher's own: `npm start`).
 */
export const commandLoaders = {
  start: async () => (await import('./start.js')).startCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  generate: async () => (await import('./generate.js')).generateCommand,
  verify: async () => (await import('./verify.js')).verifyCommand,
  // Org workflow commands.
  deploy: async () => (await import('./deploy.js')).deployCommand,
  plan: async () => (await import('./plan.js')).planCommand,
  provision: async () => (await import('./provision.js')).provisionCommand,
  status: async () => (await import('./status.js')).statusCommand,
  pull: async () => (await import('./pull.js')).pullCommand,
  evidence: async () => (await import('./evidence.js')).evidenceCommand,
  freeze: async () => (await import('./user-state.js')).freezeCommand,
  unfreeze: async () => (await import('./user-state.js')).unfreezeCommand,
  deactivate: async () => (await import('./user-state.js')).deactivateCommand,
  reactivate: async () => (await import('./user-state.js')).reactivateCommand,
  'auth-info': async () => (await import('./auth-info.js')).authInfoCommand,
} satisfies Record<string, () => Promise<AnyCommandSpec>>;

export type CommandName = keyof typeof commandLoaders;

export const commandNames = Object.keys(commandLoaders) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandLoaders, name);
}

/** All commands, loaded: for help and tests. */
export async function loadAllCommands(): Promise<AnyCommandSpec[]> {
  return Promise.all(commandNames.map((name) => commandLoaders[name]()));
}
