/**
 * Writes Metadata API XML the way Salesforce's own tools lay out source files: UTF-8 declaration, the
 * metadata namespace on the root, four-space indentation, one element per line. Callers pass children
 * already in Metadata API (WSDL) order; this module never reorders, so the order stays visible and
 * testable next to each renderer.
 */
export type XmlValue = string | number | boolean;
export type XmlChild = XmlElement | undefined | false;
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

/** Element only when a value is present: optional metadata fields are left out, never written empty. */
export function optional(name: string, value: XmlValue | undefined): XmlElement | undefined {
  return value === undefined || value === '' ? undefined : { name, value };
}

export function renderDocument(root: string, children: XmlChild[], attributes: Record<string, string> = {}): string {
  const attributeText = Object.entries({ xmlns: METADATA_NAMESPACE, ...attributes })
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<${root}${attributeText}>`];
  for (const child of children) if (child) renderElement(child, 1, lines);
  lines.push(`</${root}>`);
  return `${lines.join('\n')}\n`;
}

function renderElement(node: XmlElement, depth: number, lines: string[]): void {
  const indent = '    '.repeat(depth);
  const open = `${node.name}${Object.entries(node.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('')}`;
  if (node.children) {
    lines.push(`${indent}<${open}>`);
    for (const child of node.children) if (child) renderElement(child, depth + 1, lines);
    lines.push(`${indent}</${node.name}>`);
  } else if (node.value === undefined) {
    lines.push(`${indent}<${open}/>`);
  } else {
    lines.push(`${indent}<${open}>${escapeXml(String(node.value))}</${node.name}>`);
  }
}

export function escapeXml(text: string): string {
  return text
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
