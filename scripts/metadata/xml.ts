/**
 * Writes Metadata API XML the way Salesforce's own tools lay out source files: UTF-8 declaration, the
 * metadata namespace on the root, four-space indentation, one element per line. Callers pass children
 * already in Metadata API (WSDL) order; this module never reorders, so the order stays visible and
 * testable next to each renderer.
 */
export type XmlValue = string | number | boolean;
export type XmlChild = XmlElement | RawXml | undefined | false;
/** Children of the root that write their own text (see flatElements). */
export interface RawXml {
  write(parts: TextSink): void;
}

/** Where a document's text goes: an array of parts (joined into a string) or a ByteSink. */
export interface TextSink {
  push(text: string): void;
}

/**
 * A reusable, growing UTF-8 buffer that documents are rendered into: large files then never exist as
 * one big string (V8 keeps large strings in a space only a full collection frees) nor as a new Buffer
 * each. bytes() is a view that the next reset() overwrites.
 */
export class ByteSink implements TextSink {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private length = 0;

  push(text: string): void {
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }
}
export interface XmlElement {
  name: string;
  value?: XmlValue;
  children?: XmlChild[];
  attributes?: Record<string, string>;
}

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

export function element(name: string, content: XmlValue | XmlChild[]): XmlElement {
  return Array.isArray(content) ? { name, children: content } : { name, value: content };
}

/**
 * A run of same-named direct children of the root whose own children are all leaves, written straight
 * into the document's text: permission sets hold hundreds of thousands of these in large orgs, and
 * skipping the element objects keeps the generator fast and its memory flat.
 */
export function flatElements<T>(
  name: string,
  items: readonly T[],
  fields: readonly [string, (item: T) => XmlValue][],
): RawXml {
  const open = `    <${name}>\n`;
  const close = `    </${name}>\n`;
  const tags = fields.map(([field]) => [`        <${field}>`, `</${field}>\n`] as const);
  return {
    write(parts) {
      for (const item of items) {
        let text = open;
        for (let index = 0; index < fields.length; index++) {
          const value = fields[index]![1](item);
          text +=
            tags[index]![0] +
            (typeof value === 'string' ? escapeXml(value) : String(value)) +
            tags[index]![1];
        }
        parts.push(text + close);
      }
    },
  };
}

/** Element only when a value is present: optional metadata fields are left out, never written empty. */
export function optional(name: string, value: XmlValue | undefined): XmlElement | undefined {
  return value === undefined || value === '' ? undefined : { name, value };
}

export function renderDocument(
  root: string,
  children: XmlChild[],
  attributes: Record<string, string> = {},
): string {
  const parts: string[] = [];
  renderDocumentInto(parts, root, children, attributes);
  return parts.join('');
}

/** renderDocument, into a sink. */
export function renderDocumentInto(
  sink: TextSink,
  root: string,
  children: XmlChild[],
  attributes: Record<string, string> = {},
): void {
  sink.push(documentStart(root, attributes));
  for (const child of children) {
    if (!child) continue;
    if ('write' in child) child.write(sink);
    else renderElement(child, 1, sink);
  }
  sink.push(documentEnd(root));
}

/** The XML declaration and the root's start tag, with the metadata namespace. */
export function documentStart(root: string, attributes: Record<string, string> = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${attributeText({ xmlns: METADATA_NAMESPACE, ...attributes })}>\n`;
}

export function documentEnd(root: string): string {
  return `</${root}>\n`;
}

/** A leaf element on its own line, as renderDocument writes it: for renderers that write text directly. */
export function leafXml(name: string, value: XmlValue, depth: number): string {
  const text = typeof value === 'string' ? escapeXml(value) : String(value);
  return `${INDENT[depth] ?? '    '.repeat(depth)}<${name}>${text}</${name}>\n`;
}

const INDENT = Array.from({ length: 8 }, (_, depth) => '    '.repeat(depth));

function renderElement(node: XmlElement, depth: number, parts: TextSink): void {
  const indent = INDENT[depth] ?? '    '.repeat(depth);
  const open = node.attributes ? `${node.name}${attributeText(node.attributes)}` : node.name;
  if (node.children) {
    parts.push(`${indent}<${open}>\n`);
    for (const child of node.children) {
      if (!child) continue;
      if ('write' in child) throw new Error('flatElements are only allowed directly under the root element.');
      renderElement(child, depth + 1, parts);
    }
    parts.push(`${indent}</${node.name}>\n`);
  } else if (node.value === undefined) {
    parts.push(`${indent}<${open}/>\n`);
  } else {
    const text = typeof node.value === 'string' ? escapeXml(node.value) : String(node.value);
    parts.push(`${indent}<${open}>${text}</${node.name}>\n`);
  }
}

function attributeText(attributes: Record<string, string>): string {
  let text = '';
  for (const [key, value] of Object.entries(attributes)) text += ` ${key}="${escapeXml(value)}"`;
  return text;
}

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
/** Characters XML 1.0 cannot carry even escaped (pasted control characters): a parser rejects the file. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Metadata text fields have hard limits; cut at a word boundary and say so with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
