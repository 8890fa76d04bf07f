/**
 * Help and error texts live in messages/<bundle>.md, in sf's format, and are read with
 * @salesforce/core's Messages (its light `messages` entry point, so the launcher does not load the
 * whole library). Both adapters read the same files: the package root is the plugin's root.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Messages } from '@salesforce/core/messages';

export const PACKAGE_NAME = 'integration-user-kit';

const imported = new Set<string>();
let messagesClass: typeof Messages | undefined;

/**
 * Loads the Messages class (about 25 ms): call it before the synchronous functions below. Commands that
 * print no help and hit no error never pay for it.
 */
export async function useMessages(): Promise<void> {
  messagesClass ??= (await import('@salesforce/core/messages')).Messages;
}

function messagesClassLoaded(): typeof Messages {
  if (!messagesClass) throw new Error('Internal: useMessages() must be awaited before messages are read.');
  return messagesClass;
}

/** Registers the messages/ folder of the package at `root` (once per root). */
export function useMessagesOf(root: string): void {
  if (imported.has(root)) return;
  messagesClassLoaded().importMessagesDirectory(root, true, PACKAGE_NAME);
  imported.add(root);
}

export function loadMessages(root: string, bundle: string): Messages<string> {
  useMessagesOf(root);
  return messagesClassLoaded().loadMessages(PACKAGE_NAME, bundle);
}

/** The package root (where package.json and messages/ are) above `from`. */
export function packageRoot(from: string): string {
  let directory = from;
  while (!existsSync(path.join(directory, 'package.json')) || !existsSync(path.join(directory, 'messages'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`No package.json with a messages/ folder above ${from}.`);
    directory = parent;
  }
  return directory;
}

/** The message, or undefined when the bundle has no such key (optional texts such as descriptions). */
export function optionalMessage(messages: Messages<string>, key: string): string | undefined {
  return messages.messages.has(key) ? messages.getMessage(key) : undefined;
}

/** The text of a flag: the command's own bundle, or the shared `flags` bundle. */
export function flagMessages(
  root: string,
  own: Messages<string>,
  shared: boolean | undefined,
): Messages<string> {
  return shared ? loadMessages(root, 'flags') : own;
}

/** A command's texts, read on first use. */
export function lazyTexts(root: string, bundle: string) {
  const bundleOf = async () => {
    await useMessages();
    return loadMessages(root, bundle);
  };
  return {
    getMessage: async (key: string, tokens?: (string | number)[]) =>
      (await bundleOf()).getMessage(key, tokens),
    getMessages: async (key: string, tokens?: (string | number)[]) =>
      (await bundleOf()).getMessages(key, tokens),
  };
}
