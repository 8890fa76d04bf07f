import type { Command } from './command.js';

/**
 * Every command the CLI knows, in the order `--help` lists them. Each is loaded only when it runs:
 * the org commands pull in @salesforce/core and jsforce, which would otherwise add seconds to every
 * `generate`.
 */
export const commandLoaders: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start.js')).startCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  generate: async () => (await import('./generate.js')).generateCommand,
  verify: async () => (await import('./verify.js')).verifyCommand,
  // Org workflow commands.
  deploy: async () => (await import('./deploy.js')).deployCommand,
  plan: async () => (await import('./plan.js')).planCommand,
  provision: async () => (await import('./provision.js')).provisionCommand,
  status: async () => (await import('./status.js')).statusCommand,
  freeze: async () => (await import('./user-state.js')).freezeCommand,
  unfreeze: async () => (await import('./user-state.js')).unfreezeCommand,
  deactivate: async () => (await import('./user-state.js')).deactivateCommand,
  'auth-info': async () => (await import('./auth-info.js')).authInfoCommand,
};

export const commandNames = Object.keys(commandLoaders);

/** All commands, loaded: for `--help` and tests. */
export async function loadAllCommands(): Promise<Command[]> {
  return Promise.all(commandNames.map((name) => commandLoaders[name]!()));
}
