/**
 * Login IP ranges: accepted as CIDR blocks or start/end pairs, IPv4 or IPv6, and written out as the
 * start/end pairs the Profile metadata type stores. ipaddr.js does the parsing (it is the library
 * Express uses); we add Salesforce-minded rules: same IP version on both ends, start not after end,
 * no overlaps within a profile, and a warning for "any address".
 */
import ipaddr from 'ipaddr.js';
import type { IpRange } from '../schema.js';
import type { PathSegment, ProblemList } from '../problems.js';

export interface ResolvedIpRange {
  startAddress: string;
  endAddress: string;
  description?: string;
  version: 4 | 6;
  /** Numeric bounds, for overlap checks and sorting. */
  first: bigint;
  last: bigint;
}

export function resolveIpRanges(
  ranges: readonly IpRange[],
  path: PathSegment[],
  problems: ProblemList,
): ResolvedIpRange[] {
  const resolved: { range: ResolvedIpRange; index: number }[] = [];
  ranges.forEach((range, index) => {
    const result = resolveIpRange(range, [...path, index], problems);
    if (result) resolved.push({ range: result, index });
  });
  reportOverlaps(resolved, path, problems);
  reportIpv4Mapped(resolved, path, problems);
  return resolved.map(({ range }) => range).sort(compareRanges);
}

const MAPPED_PREFIX = 0xffffn << 32n;
const MAPPED_MASK = ((1n << 128n) - 1n) ^ ((1n << 32n) - 1n);

/**
 * IPv4-mapped IPv6 addresses (::ffff:192.0.2.1) are how some stacks write IPv4 clients. Salesforce
 * sees an IPv4 client as IPv4, so such a range is at best a second spelling of an IPv4 range: say so,
 * and name the IPv4 range it overlaps (the overlap check above compares like with like only).
 */
function reportIpv4Mapped(
  ranges: { range: ResolvedIpRange; index: number }[],
  path: PathSegment[],
  problems: ProblemList,
) {
  for (const { range, index } of ranges) {
    if (
      range.version !== 6 ||
      (range.first & MAPPED_MASK) !== MAPPED_PREFIX ||
      (range.last & MAPPED_MASK) !== MAPPED_PREFIX
    )
      continue;
    const first = range.first & 0xffffffffn;
    const last = range.last & 0xffffffffn;
    const start = formatAddress(first, 4);
    const end = formatAddress(last, 4);
    const overlapped = ranges.find(
      (other) => other.range.version === 4 && other.range.first <= last && first <= other.range.last,
    );
    problems.warning(
      'ip-range-ipv4-mapped',
      [...path, index],
      `This is an IPv4-mapped IPv6 range: it means the IPv4 addresses ${start}-${end}${overlapped ? `, which overlaps range ${overlapped.index} (${overlapped.range.startAddress}-${overlapped.range.endAddress})` : ''}.`,
      `Write it as IPv4: "start": "${start}", "end": "${end}"${overlapped ? ', or drop it if the IPv4 range already covers it' : ''}.`,
    );
  }
}

function resolveIpRange(
  range: IpRange,
  path: PathSegment[],
  problems: ProblemList,
): ResolvedIpRange | undefined {
  const description = range.description?.trim() || undefined;
  if ('cidr' in range) {
    const block = parseCidr(range.cidr);
    if (typeof block === 'string') {
      problems.error(
        'ip-cidr-invalid',
        [...path, 'cidr'],
        `"${range.cidr}" is not a valid CIDR block: ${block}.`,
        'Write an address, a slash and a prefix length, e.g. 203.0.113.0/24 or 2001:db8::/48.',
      );
      return undefined;
    }
    if (block.hostBitsSet) {
      problems.error(
        'ip-cidr-host-bits',
        [...path, 'cidr'],
        `"${range.cidr}" has host bits set, so it is ambiguous.`,
        `Write the network address: "${block.network}/${block.prefix}".`,
      );
      return undefined;
    }
    return withAllAddressWarning({ ...block.range, ...(description ? { description } : {}) }, path, problems);
  }
  const start = parseAddress(range.start);
  const end = parseAddress(range.end);
  if (!start)
    problems.error(
      'ip-address-invalid',
      [...path, 'start'],
      `"${range.start}" is not a valid IPv4 or IPv6 address.`,
      'Write an address such as 203.0.113.10 or 2001:db8::10.',
    );
  if (!end)
    problems.error(
      'ip-address-invalid',
      [...path, 'end'],
      `"${range.end}" is not a valid IPv4 or IPv6 address.`,
      'Write an address such as 203.0.113.20 or 2001:db8::20.',
    );
  if (!start || !end) return undefined;
  if (start.version !== end.version) {
    problems.error(
      'ip-version-mismatch',
      path,
      `The range starts with an IPv${start.version} address and ends with an IPv${end.version} address.`,
      'Use the same IP version for start and end, or split it into two ranges.',
    );
    return undefined;
  }
  if (start.value > end.value) {
    problems.error(
      'ip-range-reversed',
      path,
      `The range is reversed: ${range.start} comes after ${range.end}.`,
      `Swap them: "start": "${range.end}", "end": "${range.start}".`,
    );
    return undefined;
  }
  return withAllAddressWarning(
    {
      startAddress: start.text,
      endAddress: end.text,
      version: start.version,
      first: start.value,
      last: end.value,
      ...(description ? { description } : {}),
    },
    path,
    problems,
  );
}

/** The readable copy of a profile's ranges on the definition record: "start-end description", one a line. */
export function formatIpRangesForRecord(ranges: readonly ResolvedIpRange[]): string {
  return ranges
    .map(
      (range) =>
        `${range.startAddress}-${range.endAddress}${range.description ? ` ${range.description}` : ''}`,
    )
    .join('\n');
}

function withAllAddressWarning(
  range: ResolvedIpRange,
  path: PathSegment[],
  problems: ProblemList,
): ResolvedIpRange {
  const bits = range.version === 4 ? 32 : 128;
  if (range.first === 0n && range.last === (1n << BigInt(bits)) - 1n) {
    problems.warning(
      'ip-range-everything',
      path,
      'This range allows every address, which is the same as no restriction.',
      'List the external system’s egress addresses instead.',
    );
  }
  return range;
}

function reportOverlaps(
  ranges: { range: ResolvedIpRange; index: number }[],
  path: PathSegment[],
  problems: ProblemList,
) {
  const sorted = [...ranges].sort((a, b) => compareRanges(a.range, b.range));
  // The range reaching furthest so far (of the current IP version): a range inside a wider one
  // overlaps it even when a narrower range lies between them in the sorted order.
  let widest = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    const current = sorted[i]!;
    if (widest!.range.version !== current.range.version) {
      widest = current;
      continue;
    }
    const previous = widest!;
    if (current.range.last > previous.range.last) widest = current;
    if (current.range.first <= previous.range.last) {
      const [first, second] = previous.index < current.index ? [previous, current] : [current, previous];
      problems.error(
        'ip-range-overlap',
        [...path, second.index],
        `This range (${second.range.startAddress}-${second.range.endAddress}) overlaps range ${first.index} (${first.range.startAddress}-${first.range.endAddress}).`,
        'Merge the two ranges into one or make them disjoint.',
      );
    }
  }
}

function compareRanges(a: ResolvedIpRange, b: ResolvedIpRange): number {
  if (a.version !== b.version) return a.version - b.version;
  return a.first < b.first ? -1 : a.first > b.first ? 1 : a.last < b.last ? -1 : a.last > b.last ? 1 : 0;
}

interface ParsedAddress {
  version: 4 | 6;
  value: bigint;
  text: string;
}

/** Strict parsing: ipaddr.parse alone accepts legacy forms such as "10" or octal "010.0.0.1". */
export function parseAddress(text: string): ParsedAddress | undefined {
  const trimmed = text.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(trimmed)) {
    const address = ipaddr.IPv4.parse(trimmed);
    return { version: 4, value: toBigInt(address.toByteArray()), text: address.toString() };
  }
  if (trimmed.includes(':') && ipaddr.IPv6.isValid(trimmed) && !trimmed.includes('%')) {
    const address = ipaddr.IPv6.parse(trimmed);
    return { version: 6, value: toBigInt(address.toByteArray()), text: address.toRFC5952String() };
  }
  return undefined;
}

function parseCidr(
  text: string,
): string | { range: ResolvedIpRange; hostBitsSet: boolean; network: string; prefix: number } {
  const [addressText, prefixText, ...rest] = text.trim().split('/');
  if (addressText === undefined || prefixText === undefined || rest.length > 0)
    return 'a CIDR block needs exactly one "/"';
  const address = parseAddress(addressText);
  if (!address) return `"${addressText}" is not an IPv4 or IPv6 address`;
  const bits = address.version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits)
    return `the prefix length must be 0 to ${bits}`;
  const prefix = Number(prefixText);
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  const first = address.value & ~hostMask & ((1n << BigInt(bits)) - 1n);
  const last = first | hostMask;
  return {
    range: {
      startAddress: formatAddress(first, address.version),
      endAddress: formatAddress(last, address.version),
      version: address.version,
      first,
      last,
    },
    hostBitsSet: first !== address.value,
    network: formatAddress(first, address.version),
    prefix,
  };
}

export function formatAddress(value: bigint, version: 4 | 6): string {
  const bytes = version === 4 ? 4 : 16;
  const array: number[] = [];
  for (let index = bytes - 1; index >= 0; index--) array.push(Number((value >> BigInt(index * 8)) & 0xffn));
  return version === 4
    ? ipaddr.fromByteArray(array).toString()
    : (ipaddr.fromByteArray(array) as ipaddr.IPv6).toRFC5952String();
}

function toBigInt(bytes: number[]): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}
