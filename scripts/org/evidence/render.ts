/**
 * Serializes report blocks as Markdown (for a repository or a ticket) and as one self-contained HTML
 * page (inline styles, no scripts, no external files) that an auditor opens in any browser.
 */
import type { Block } from './report.js';

/** Markdown-significant characters escaped (intraword underscores need none in CommonMark). */
const mdInline = (value: string): string => value.replace(/([\\`*[\]<>])/g, '\\$1');
/** At the start of a line, #, + and - would start a heading or a list. */
const mdText = (value: string): string => mdInline(value).replace(/^([#+-])/, '\\$1');
const mdCell = (value: string): string => mdInline(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${mdText(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(mdText(block.text), '');
        break;
      case 'facts':
        for (const [term, value] of block.entries) out.push(`- **${mdText(term)}:** ${mdText(value)}`);
        out.push('');
        break;
      case 'list':
        for (const item of block.items) out.push(`- ${mdText(item)}`);
        out.push('');
        break;
      case 'table':
        out.push(`*${mdText(block.caption)}*`, '');
        if (block.rows.length === 0) {
          out.push('(none)', '');
          break;
        }
        out.push(`| ${block.headers.map(mdCell).join(' | ')} |`);
        out.push(`| ${block.headers.map(() => '---').join(' | ')} |`);
        for (const row of block.rows) out.push(`| ${row.map(mdCell).join(' | ')} |`);
        out.push('');
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const escape = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Status words get a badge; the word itself carries the meaning (colour is only a second cue). */
const STATUS_CLASS: Record<string, string> = {
  MET: 'ok',
  GAP: 'gap',
  INFO: 'info',
  HIGH: 'gap',
  MEDIUM: 'warn',
  LOW: 'info',
};

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#181818;margin:0;background:#fff}
main{max-width:1200px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 12px}h2{font-size:21px;margin:32px 0 8px;border-bottom:2px solid #c9c9c9;padding-bottom:4px}
h3{font-size:17px;margin:20px 0 6px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:8px 0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.scroll{overflow-x:auto;margin:8px 0 16px}
table{border-collapse:collapse;width:100%;font-size:14px}caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid #c9c9c9;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f3f3f3}
.badge{display:inline-block;padding:0 6px;border-radius:4px;font-weight:700;font-size:12px;border:1px solid}
.ok{background:#ebf7e6;color:#194e31;border-color:#2e844a}.gap{background:#fef1ee;color:#8c1003;border-color:#ba0517}
.warn{background:#fef1cd;color:#6a3e00;border-color:#a96404}.info{background:#eef4ff;color:#032d60;border-color:#0176d3}
@media print{.scroll{overflow:visible}h2{break-before:auto}}
`;

function cell(value: string, isStatus: boolean): string {
  const badge = isStatus ? STATUS_CLASS[value] : undefined;
  return badge ? `<span class="badge ${badge}">${escape(value)}</span>` : escape(value);
}

export function renderHtml(blocks: Block[], title: string): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(
          `<h${block.level}${block.id ? ` id="${escape(block.id)}"` : ''}>${escape(block.text)}</h${block.level}>`,
        );
        break;
      case 'paragraph':
        out.push(`<p>${escape(block.text)}</p>`);
        break;
      case 'facts':
        out.push(
          `<dl>${block.entries.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>`,
        );
        break;
      case 'list':
        out.push(`<ul>${block.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`);
        break;
      case 'table': {
        if (block.rows.length === 0) {
          out.push(`<p><strong>${escape(block.caption)}</strong>: none.</p>`);
          break;
        }
        const head = block.headers.map((header) => `<th scope="col">${escape(header)}</th>`).join('');
        const rows = block.rows
          .map(
            (row) =>
              `<tr>${row
                .map((value, index) =>
                  index === 0
                    ? `<th scope="row">${cell(value, block.status === 0)}</th>`
                    : `<td>${cell(value, block.status === index)}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('\n');
        out.push(
          `<div class="scroll"><table><caption>${escape(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`,
        );
        break;
      }
    }
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    `<style>${STYLE.trim()}</style>`,
    '</head>',
    '<body><main>',
    ...out,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
