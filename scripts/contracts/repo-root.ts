import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/contracts/ is two levels below it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
