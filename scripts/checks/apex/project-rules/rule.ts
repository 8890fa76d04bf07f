import type { ApexFile } from '../apex-project.js';
import type { ParsedApex } from '../apex-syntax-tree.js';
import type { Finding } from '../finding.js';

/** One project rule: reads a parsed file, returns its findings. */
export interface ProjectRule {
  id: string;
  check(file: ApexFile, parsed: ParsedApex, isTest: boolean): Finding[];
}
