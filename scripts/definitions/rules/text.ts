/**
 * Character-level rules for every string in a definitions file, checked before the schema: a value
 * must survive the trip into XML, the org and an admin's eyes unchanged. XML 1.0 cannot carry control
 * characters (they used to be dropped silently, so two different usernames could become one), UTF-8
 * cannot carry an unpaired surrogate, invisible format characters make two identical-looking names
 * differ, Salesforce trims surrounding spaces (so "X " and "X" collide in the org), and a Cyrillic
 * "а" in an API name looks like a Latin "a" but is not one.
 *
 * Hot path: the bench definitions hold 400,000 strings. Each string costs one regular-expression
 * test; only the rare string that fails it is looked at character by character.
 */
import type { PathSegment, ProblemList } from '../problems.js';

/** Anything but printable ASCII. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/** Anything but printable ASCII, or a space at either end: the only strings worth a closer look. */
function isSuspect(text: string): boolean {
  return (
    text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 || NOT_PRINTABLE_ASCII.test(text)
  );
}

/** Keys whose values are free text: line breaks and tabs allowed, surrounding spaces harmless. */
export const FREE_TEXT_KEYS = new Set(['justification', 'description']);

/** Control characters by code point (C0, DEL, and the one C1 control people meet: NEL). */
export const CONTROL_NAMES = [
  'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LINE FEED', 'VT', 'FF',
  'CARRIAGE RETURN', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM',
  'SUB', 'ESC', 'FS', 'GS', 'RS', 'US',
]; // prettier-ignore

/** Invisible format characters (Unicode category Cf) and noncharacters, with their Unicode names. */
export const INVISIBLE = new Map<number, string>([
  [0x00ad, 'SOFT HYPHEN'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
  [0xfffe, 'NONCHARACTER'],
  [0xffff, 'NONCHARACTER'],
]);

/**
 * Letters from other scripts that look like Latin letters (the common part of Unicode's confusables
 * list for Cyrillic and Greek). Reported only in API names, where only ASCII is valid anyway: the
 * point is to say which letter is wrong, since it looks right.
 */
export const LOOK_ALIKES = new Map<number, [string, string]>([
  [0x0430, ['a', 'CYRILLIC SMALL LETTER A']],
  [0x0435, ['e', 'CYRILLIC SMALL LETTER IE']],
  [0x043e, ['o', 'CYRILLIC SMALL LETTER O']],
  [0x0440, ['p', 'CYRILLIC SMALL LETTER ER']],
  [0x0441, ['c', 'CYRILLIC SMALL LETTER ES']],
  [0x0443, ['y', 'CYRILLIC SMALL LETTER U']],
  [0x0445, ['x', 'CYRILLIC SMALL LETTER HA']],
  [0x0456, ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I']],
  [0x0455, ['s', 'CYRILLIC SMALL LETTER DZE']],
  [0x0410, ['A', 'CYRILLIC CAPITAL LETTER A']],
  [0x0412, ['B', 'CYRILLIC CAPITAL LETTER VE']],
  [0x0415, ['E', 'CYRILLIC CAPITAL LETTER IE']],
  [0x041a, ['K', 'CYRILLIC CAPITAL LETTER KA']],
  [0x041c, ['M', 'CYRILLIC CAPITAL LETTER EM']],
  [0x041d, ['H', 'CYRILLIC CAPITAL LETTER EN']],
  [0x041e, ['O', 'CYRILLIC CAPITAL LETTER O']],
  [0x0420, ['P', 'CYRILLIC CAPITAL LETTER ER']],
  [0x0421, ['C', 'CYRILLIC CAPITAL LETTER ES']],
  [0x0422, ['T', 'CYRILLIC CAPITAL LETTER TE']],
  [0x0425, ['X', 'CYRILLIC CAPITAL LETTER HA']],
  [0x0391, ['A', 'GREEK CAPITAL LETTER ALPHA']],
  [0x0392, ['B', 'GREEK CAPITAL LETTER BETA']],
  [0x0395, ['E', 'GREEK CAPITAL LETTER EPSILON']],
  [0x0397, ['H', 'GREEK CAPITAL LETTER ETA']],
  [0x0399, ['I', 'GREEK CAPITAL LETTER IOTA']],
  [0x039a, ['K', 'GREEK CAPITAL LETTER KAPPA']],
  [0x039c, ['M', 'GREEK CAPITAL LETTER MU']],
  [0x039d, ['N', 'GREEK CAPITAL LETTER NU']],
  [0x039f, ['O', 'GREEK CAPITAL LETTER OMICRON']],
  [0x03a1, ['P', 'GREEK CAPITAL LETTER RHO']],
  [0x03a4, ['T', 'GREEK CAPITAL LETTER TAU']],
  [0x03a7, ['X', 'GREEK CAPITAL LETTER CHI']],
  [0x03bf, ['o', 'GREEK SMALL LETTER OMICRON']],
]);

export const JUSTIFICATION_MIN = 20;

/**
 * Checks every string (and reports each problem at the string's path). Returns the paths it
 * reported, so the schema's vaguer finding for the same value can be left out.
 */
export function checkText(value: unknown, problems: ProblemList): Set<string> {
  const reported = new Set<string>();
  const visit = (child: unknown, path: PathSegment[]) => {
    const key = path[path.length - 1];
    const isJustification = key === 'justification';
    if (typeof child !== 'string') return;
    if (isSuspect(child) || (isJustification && child.trim().length < child.length)) {
      if (checkString(child, path, problems)) reported.add(path.join('\u0000'));
    }
    if (isJustification && blankJustification(child)) {
      problems.error(
        'justification-blank',
        path,
        `The justification has fewer than ${JUSTIFICATION_MIN} characters once spaces are left out.`,
        'Write at least a sentence that says why this is needed: whitespace does not count.',
      );
      reported.add(path.join('\u0000'));
    }
  };
  // Iterative walk (the loader has already limited nesting, but a walk should not depend on that).
  // Only containers are pushed and only they get a path array: strings, the vast majority, are
  // tested where they stand, and their path is built only when one is suspect.
  const stack: { value: object; path: PathSegment[] }[] = [];
  if (value !== null && typeof value === 'object') stack.push({ value, path: [] });
  else visit(value, []);
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        const child: unknown = current[index];
        if (child !== null && typeof child === 'object') stack.push({ value: child, path: [...path, index] });
        else if (typeof child === 'string' && isSuspect(child)) visit(child, [...path, index]);
      }
    } else {
      for (const key of Object.keys(current)) {
        const child: unknown = (current as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object')
          stack.push({ value: child as object, path: [...path, key] });
        else if (typeof child === 'string' && (key === 'justification' || isSuspect(child)))
          visit(child, [...path, key]);
      }
    }
  }
  return reported;
}

function blankJustification(text: string): boolean {
  const visible = text.replace(/\s+/gu, ' ').trim();
  return text.length >= JUSTIFICATION_MIN && visible.length < JUSTIFICATION_MIN;
}

/** The slow path for one suspect string; reports at most one problem (the first) per string. */
function checkString(text: string, path: PathSegment[], problems: ProblemList): boolean {
  const key = [...path].reverse().find((segment) => typeof segment === 'string') ?? '';
  const freeText = FREE_TEXT_KEYS.has(key);
  let position = 0;
  for (let index = 0; index < text.length; index++) {
    position++;
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(index + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        index++; // a valid pair: one character
        continue;
      }
      problems.error(
        'text-unpaired-surrogate',
        path,
        `The text holds half of a UTF-16 surrogate pair, U+${hex(code)}, at position ${position}; it cannot be written as UTF-8.`,
        'Remove the escape sequence (\\ud800-\\udfff) or complete the pair.',
      );
      return true;
    }
    const control = controlName(code);
    if (control && !(freeText && (code === 0x0a || code === 0x09))) {
      problems.error(
        'text-control-character',
        path,
        `The text holds the control character U+${hex(code)} (${control}) at position ${position}; XML cannot carry it.`,
        freeText || code !== 0x0a
          ? 'Remove the character (it often comes from pasting).'
          : 'Write the value on one line: Remove the line break.',
      );
      return true;
    }
    const invisible = INVISIBLE.get(code);
    if (invisible) {
      problems.error(
        'text-invisible-character',
        path,
        `The text holds the invisible character U+${hex(code)} (${invisible}) at position ${position}.`,
        'Remove it: it makes values that look the same compare as different.',
      );
      return true;
    }
    const lookAlike = LOOK_ALIKES.get(code);
    if (lookAlike && isApiNamePath(path)) {
      const ascii = [...text]
        .map((character) => LOOK_ALIKES.get(character.codePointAt(0)!)?.[0] ?? character)
        .join('');
      problems.error(
        'text-confusable',
        path,
        `U+${hex(code)} (${lookAlike[1]}) at position ${position} looks like "${lookAlike[0]}" but is not an ASCII letter; API names are ASCII only.`,
        `Write "${ascii}" (retype the name rather than copying it).`,
      );
      return true;
    }
  }
  if (!freeText && text.trim() !== text) {
    problems.error(
      'text-surrounding-space',
      path,
      `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}" starts or ends with a space.`,
      `Write "${text.trim()}": Salesforce trims the spaces, so the value in the org would differ from the file.`,
    );
    return true;
  }
  return false;
}

function controlName(code: number): string | undefined {
  if (code < 0x20) return CONTROL_NAMES[code];
  if (code === 0x7f) return 'DEL';
  if (code === 0x85) return 'NEL';
  if (code > 0x7f && code < 0xa0) return 'C1 control';
  return undefined;
}

/** Paths of values that are Salesforce API names (ASCII by definition). */
function isApiNamePath(path: PathSegment[]): boolean {
  const [first, , third, , fifth] = path;
  const last = path[path.length - 1];
  if (first === 'settings') return true;
  if (first === 'environments') return third === 'name' || (third === 'integrations' && fifth === 'name');
  if (first !== 'integrations') return false;
  if (path.length === 3) return third === 'name';
  if (third === 'permissionSets' || third === 'permissionSetGroups') return true;
  // integrations[i].objects[j].object and integrations[i].objects[j].fields.read|edit[k]
  if (third === 'objects') return last === 'object' || path[4] === 'fields';
  if (third === 'userPermissions') return last === 'name';
  return false;
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
