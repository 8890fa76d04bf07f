import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProblemList } from '../problems.js';
import type { IpRange } from '../schema.js';
import {
  assertCodes,
  assertPointsAt,
  expectProblem,
  loadValid,
  problemsOf,
  setAt,
  toText,
  validDocument,
} from '../testing/fixtures.js';
import { formatAddress, parseAddress, resolveIpRanges } from './ip-ranges.js';

const RANGES = ['profiles', 0, 'loginIpRanges'];

/** The base document with these login IP ranges on its profile. */
function withRanges(ranges: unknown[]) {
  const document = validDocument();
  setAt(document, RANGES, ranges);
  return document;
}

function resolve(ranges: IpRange[]) {
  const list = new ProblemList();
  const resolved = resolveIpRanges(ranges, ['ranges'], list);
  return { resolved, problems: list.items };
}

describe('login IP ranges', () => {
  describe('resolution', () => {
    it('turns a CIDR block into its first and last address', () => {
      const { resolved, problems } = resolve([{ cidr: '192.0.2.0/24' }]);
      assert.deepEqual(problems, []);
      assert.equal(resolved.length, 1);
      assert.equal(resolved[0]!.startAddress, '192.0.2.0');
      assert.equal(resolved[0]!.endAddress, '192.0.2.255');
      assert.equal(resolved[0]!.version, 4);
    });

    for (const [cidr, start, end] of [
      ['203.0.113.0/26', '203.0.113.0', '203.0.113.63'],
      ['198.51.100.7/32', '198.51.100.7', '198.51.100.7'],
      ['10.0.0.0/8', '10.0.0.0', '10.255.255.255'],
      ['2001:db8:1::/48', '2001:db8:1::', '2001:db8:1:ffff:ffff:ffff:ffff:ffff'],
      ['2001:db8::1/128', '2001:db8::1', '2001:db8::1'],
      ['2001:db8:abcd:12::/64', '2001:db8:abcd:12::', '2001:db8:abcd:12:ffff:ffff:ffff:ffff'],
    ] as const) {
      it(`${cidr} covers ${start} to ${end}`, () => {
        const { resolved, problems } = resolve([{ cidr }]);
        assert.deepEqual(problems, []);
        assert.deepEqual([resolved[0]!.startAddress, resolved[0]!.endAddress], [start, end]);
      });
    }

    it('keeps a start/end pair and its description', () => {
      const { resolved, problems } = resolve([
        { start: '198.51.100.10', end: '198.51.100.20', description: '  Backup site  ' },
      ]);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        {
          start: resolved[0]!.startAddress,
          end: resolved[0]!.endAddress,
          description: resolved[0]!.description,
        },
        { start: '198.51.100.10', end: '198.51.100.20', description: 'Backup site' },
      );
    });

    it('accepts a single address as a range whose start and end are equal', () => {
      const { resolved, problems } = resolve([{ start: '192.0.2.5', end: '192.0.2.5' }]);
      assert.deepEqual(problems, []);
      assert.equal(resolved.length, 1);
    });

    it('sorts ranges by IP version, then address', () => {
      const { resolved } = resolve([
        { cidr: '2001:db8::/64' },
        { cidr: '203.0.113.0/24' },
        { start: '192.0.2.10', end: '192.0.2.20' },
      ]);
      assert.deepEqual(
        resolved.map((range) => range.startAddress),
        ['192.0.2.10', '203.0.113.0', '2001:db8::'],
      );
    });

    it('writes IPv6 addresses in the RFC 5952 canonical form', () => {
      const { resolved, problems } = resolve([
        { start: '2001:0DB8:0000:0000:0000:0000:0000:0001', end: '2001:DB8:0:0:1:0:0:0' },
      ]);
      assert.deepEqual(problems, []);
      assert.equal(resolved[0]!.startAddress, '2001:db8::1');
      assert.equal(resolved[0]!.endAddress, '2001:db8:0:0:1::');
    });
  });

  describe('IPv6 normalisation (RFC 5952)', () => {
    for (const [input, canonical, rule] of [
      ['2001:DB8::1', '2001:db8::1', 'lower case'],
      ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1', 'no leading zeros, zeros compressed'],
      ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1', 'the first of two equal zero runs is compressed'],
      ['2001:db8:0:1:0:0:0:1', '2001:db8:0:1::1', 'the longest zero run is compressed'],
      ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1', 'a single zero field is not compressed'],
      ['0:0:0:0:0:0:0:0', '::', 'all zeros'],
      ['0:0:0:0:0:0:0:1', '::1', 'loopback'],
    ] as const) {
      it(`${input} → ${canonical} (${rule})`, () => {
        assert.deepEqual(parseAddress(input), {
          version: 6,
          value: parseAddress(canonical)!.value,
          text: canonical,
        });
      });
    }

    it('formats numbers back into addresses', () => {
      assert.equal(formatAddress(0xc0000201n, 4), '192.0.2.1');
      assert.equal(formatAddress((0x20010db8n << 96n) | 1n, 6), '2001:db8::1');
    });
  });

  describe('parseAddress', () => {
    it('parses dotted-quad IPv4', () => {
      assert.deepEqual(parseAddress(' 192.0.2.1 '), { version: 4, value: 0xc0000201n, text: '192.0.2.1' });
    });

    for (const text of [
      '10',
      '192.0.2',
      '192.0.2.256',
      '0x0a.0.0.1',
      'fe80::1%eth0',
      '2001:db8::g',
      'host',
      '',
    ]) {
      it(`rejects "${text}"`, () => {
        assert.equal(parseAddress(text), undefined);
      });
    }
  });

  describe('errors', () => {
    it('reports an invalid start address, pointing at it', () => {
      const text = toText(withRanges([{ start: '192.0.2.300', end: '192.0.2.310' }]));
      const problems = problemsOf(text);
      assertCodes(problems, ['ip-address-invalid', 'ip-address-invalid']);
      const problem = expectProblem(problems, {
        code: 'ip-address-invalid',
        path: [...RANGES, 0, 'start'],
        message: ['"192.0.2.300"', 'not a valid IPv4 or IPv6 address'],
        fix: ['203.0.113.10'],
      });
      assertPointsAt(problem, text, '"start"');
      expectProblem(problems, {
        code: 'ip-address-invalid',
        path: [...RANGES, 0, 'end'],
        message: ['"192.0.2.310"'],
        fix: ['Write an address'],
      });
    });

    it('reports a reversed range and says how to swap it', () => {
      const text = toText(withRanges([{ start: '192.0.2.20', end: '192.0.2.10' }]));
      const problems = problemsOf(text);
      assertCodes(problems, ['ip-range-reversed']);
      const problem = expectProblem(problems, {
        code: 'ip-range-reversed',
        path: [...RANGES, 0],
        message: ['reversed', '192.0.2.20 comes after 192.0.2.10'],
        fix: ['"start": "192.0.2.10", "end": "192.0.2.20"'],
      });
      assertPointsAt(problem, text, '{\n          "start"');
    });

    it('reports a reversed IPv6 range', () => {
      expectProblem(problemsOf(withRanges([{ start: '2001:db8::ff', end: '2001:db8::1' }])), {
        code: 'ip-range-reversed',
        path: [...RANGES, 0],
        message: ['2001:db8::ff comes after 2001:db8::1'],
        fix: ['Swap them'],
      });
    });

    it('reports a range that mixes IPv4 and IPv6', () => {
      const problems = problemsOf(withRanges([{ start: '192.0.2.1', end: '2001:db8::1' }]));
      assertCodes(problems, ['ip-version-mismatch']);
      expectProblem(problems, {
        code: 'ip-version-mismatch',
        path: [...RANGES, 0],
        message: ['starts with an IPv4 address and ends with an IPv6 address'],
        fix: ['same IP version', 'split it into two ranges'],
      });
    });

    for (const [cidr, reason] of [
      ['192.0.2.0', 'exactly one "/"'],
      ['192.0.2.0/24/8', 'exactly one "/"'],
      ['192.0.2.0/33', 'prefix length must be 0 to 32'],
      ['2001:db8::/129', 'prefix length must be 0 to 128'],
      ['192.0.2.0/abc', 'prefix length'],
      ['192.0.2/24', '"192.0.2" is not an IPv4 or IPv6 address'],
      ['example.com/24', 'not an IPv4 or IPv6 address'],
    ] as const) {
      it(`reports the malformed CIDR block "${cidr}" (${reason})`, () => {
        const text = toText(withRanges([{ cidr }]));
        const problems = problemsOf(text);
        assertCodes(problems, ['ip-cidr-invalid']);
        const problem = expectProblem(problems, {
          code: 'ip-cidr-invalid',
          path: [...RANGES, 0, 'cidr'],
          message: [`"${cidr}" is not a valid CIDR block`, reason],
          fix: ['203.0.113.0/24'],
        });
        assertPointsAt(problem, text, `"cidr": "${cidr}"`);
      });
    }

    it('reports a CIDR block with host bits set and gives the network address', () => {
      const text = toText(withRanges([{ cidr: '192.0.2.10/24' }]));
      const problems = problemsOf(text);
      assertCodes(problems, ['ip-cidr-host-bits']);
      const problem = expectProblem(problems, {
        code: 'ip-cidr-host-bits',
        path: [...RANGES, 0, 'cidr'],
        message: ['"192.0.2.10/24"', 'host bits set'],
        fix: ['"192.0.2.0/24"'],
      });
      assertPointsAt(problem, text, '"cidr"');
    });

    it('reports an IPv6 CIDR block with host bits set', () => {
      expectProblem(problemsOf(withRanges([{ cidr: '2001:db8::1/64' }])), {
        code: 'ip-cidr-host-bits',
        path: [...RANGES, 0, 'cidr'],
        message: ['"2001:db8::1/64"'],
        fix: ['"2001:db8::/64"'],
      });
    });

    it('reports overlapping IPv4 ranges at the later one, naming both', () => {
      const text = toText(
        withRanges([
          { cidr: '192.0.2.0/24' },
          { cidr: '198.51.100.0/24' },
          { start: '192.0.2.200', end: '192.0.3.10' },
        ]),
      );
      const problems = problemsOf(text);
      assertCodes(problems, ['ip-range-overlap']);
      const problem = expectProblem(problems, {
        code: 'ip-range-overlap',
        path: [...RANGES, 2],
        message: ['192.0.2.200-192.0.3.10', 'overlaps range 0', '192.0.2.0-192.0.2.255'],
        fix: ['Merge', 'disjoint'],
      });
      assertPointsAt(problem, text, '{\n          "start": "192.0.2.200"');
    });

    it('reports overlapping IPv6 ranges', () => {
      const problems = problemsOf(
        withRanges([{ cidr: '2001:db8:1:2::/64' }, { cidr: '192.0.2.0/24' }, { cidr: '2001:db8:1::/48' }]),
      );
      assertCodes(problems, ['ip-range-overlap']);
      expectProblem(problems, {
        code: 'ip-range-overlap',
        path: [...RANGES, 2],
        message: ['2001:db8:1::-2001:db8:1:ffff:ffff:ffff:ffff:ffff', 'overlaps range 0'],
        fix: ['Merge'],
      });
    });

    it('reports a range inside a wider one even with a narrower range between them (planted: adjacent pairs only)', () => {
      const problems = problemsOf(
        withRanges([
          { start: '192.0.2.1', end: '192.0.2.100' },
          { start: '192.0.2.10', end: '192.0.2.20' },
          { start: '192.0.2.30', end: '192.0.2.40' },
        ]),
      );
      for (const index of [1, 2]) {
        expectProblem(problems, {
          code: 'ip-range-overlap',
          path: [...RANGES, index],
          message: ['overlaps range 0', '192.0.2.1-192.0.2.100'],
          fix: ['Merge'],
        });
      }
    });

    it('reports a range that shares only one address with another', () => {
      const problems = problemsOf(
        withRanges([
          { start: '192.0.2.10', end: '192.0.2.20' },
          { start: '192.0.2.20', end: '192.0.2.30' },
        ]),
      );
      expectProblem(problems, {
        code: 'ip-range-overlap',
        path: [...RANGES, 1],
        message: ['overlaps range 0'],
        fix: ['Merge'],
      });
    });

    it('accepts adjacent ranges and the same numbers in different IP versions', () => {
      loadValid(
        withRanges([
          { start: '192.0.2.10', end: '192.0.2.20' },
          { start: '192.0.2.21', end: '192.0.2.30' },
          { start: '::c000:20a', end: '::c000:214' },
        ]),
      );
    });

    it('warns that a range covering every address is no restriction', () => {
      const problems = problemsOf(withRanges([{ cidr: '0.0.0.0/0' }]));
      assertCodes(problems, ['ip-range-everything']);
      expectProblem(problems, {
        code: 'ip-range-everything',
        severity: 'warning',
        path: [...RANGES, 0],
        message: ['every address'],
        fix: ['egress addresses'],
      });
    });

    it('reports every bad range of a profile at once', () => {
      const problems = problemsOf(
        withRanges([
          { cidr: '192.0.2.1/24' },
          { start: '198.51.100.9', end: '198.51.100.1' },
          { start: '198.51.100.1', end: '2001:db8::1' },
          { cidr: '203.0.113.0/40' },
        ]),
      );
      assertCodes(problems, [
        'ip-cidr-host-bits',
        'ip-range-reversed',
        'ip-version-mismatch',
        'ip-cidr-invalid',
      ]);
    });

    it('checks IP ranges that an environment sets for a profile, at their own path', () => {
      const document = validDocument();
      setAt(
        document,
        ['environments', 1, 'profiles'],
        [{ name: 'Integration - Base', loginIpRanges: [{ start: '10.0.0.9', end: '10.0.0.1' }] }],
      );
      expectProblem(problemsOf(document), {
        code: 'ip-range-reversed',
        path: ['environments', 1, 'profiles', 0, 'loginIpRanges', 0],
        message: ['10.0.0.9 comes after 10.0.0.1'],
        fix: ['Swap them'],
      });
    });
  });
});
