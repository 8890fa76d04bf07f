/**
 * Check 1b: every class has its `-meta.xml` and that file's apiVersion equals sfdx-project.json's
 * sourceApiVersion. Source-deploy-retrieve accepts a class without one, so nothing else catches it
 * before a deploy fails. Triggers need the same file, so they are checked too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApexCheck, Finding } from './finding.js';

const API_VERSION = /<apiVersion>\s*([^<\s]*)\s*<\/apiVersion>/;

export const metaXmlCheck: ApexCheck = {
  name: 'meta-xml',
  description: 'every .cls/.trigger has its -meta.xml with apiVersion = sourceApiVersion',
  async run(project) {
    const findings: Finding[] = [];
    for (const file of project.files) {
      const metaFile = `${file.path}-meta.xml`;
      const at = (line: number, message: string): Finding => ({
        file: metaFile,
        line,
        column: 1,
        rule: 'meta-xml',
        message,
      });
      if (!existsSync(metaFile)) {
        findings.push({
          file: file.path,
          line: 1,
          column: 1,
          rule: 'meta-xml',
          message: `${path.basename(metaFile)} is missing; add it with <apiVersion>${project.sourceApiVersion}</apiVersion> and <status>Active</status>`,
        });
        continue;
      }
      const xml = readFileSync(metaFile, 'utf8');
      const match = API_VERSION.exec(xml);
      if (!match) {
        findings.push(
          at(1, `<apiVersion> is missing; add <apiVersion>${project.sourceApiVersion}</apiVersion>`),
        );
      } else if (match[1] !== project.sourceApiVersion) {
        const line = xml.slice(0, match.index).split('\n').length;
        findings.push(
          at(
            line,
            `apiVersion ${match[1]} differs from sourceApiVersion ${project.sourceApiVersion} in sfdx-project.json; set it to ${project.sourceApiVersion}`,
          ),
        );
      }
    }
    return { findings };
  },
};
