/**
 * A user's time zone, locale and language must be values Salesforce knows, or creating the user fails
 * in the org ("bad value for restricted picklist field"), long after the deploy succeeded. The lists
 * shipped in data/ come from Salesforce's published values; they can lag behind a new release, so a
 * value not in them is a warning with the nearest known value, never an error.
 */
import { END_USER_LANGUAGES, FULLY_SUPPORTED_LANGUAGES } from '../data/salesforce-languages.js';
import { SALESFORCE_TIME_ZONES } from '../data/salesforce-time-zones.js';
import type { PathSegment, ProblemList } from '../problems.js';
import { quote } from '../problems.js';
import { nearest } from '../nearest.js';

const TIME_ZONES = new Set(SALESFORCE_TIME_ZONES);
const LANGUAGES = [...FULLY_SUPPORTED_LANGUAGES, ...END_USER_LANGUAGES];
const LANGUAGE_SET = new Set(LANGUAGES);

let displayNames: { language: Intl.DisplayNames; region: Intl.DisplayNames } | undefined;

export function checkLocaleSettings(
  user: { timeZone: string; locale: string; language: string },
  path: PathSegment[],
  problems: ProblemList,
): void {
  if (!TIME_ZONES.has(user.timeZone)) {
    const suggestion = suggest(user.timeZone, SALESFORCE_TIME_ZONES);
    problems.warning(
      'user-time-zone-unknown',
      [...path, 'timeZone'],
      `${quote(user.timeZone)} is not one of Salesforce's time zones (TimeZoneSidKey); creating the user would fail.`,
      suggestion
        ? `Did you mean "${suggestion}"?`
        : 'Use an IANA zone Salesforce lists, such as "Europe/London".',
    );
  }
  if (!LANGUAGE_SET.has(user.language)) {
    const suggestion = suggest(user.language, LANGUAGES);
    problems.warning(
      'user-language-unknown',
      [...path, 'language'],
      `${quote(user.language)} is not one of Salesforce's fully supported or end-user languages (LanguageLocaleKey); on a platform-only language the user sees standard labels in English, and an unknown one fails.`,
      suggestion ? `Did you mean "${suggestion}"?` : 'Use a language Salesforce supports, such as "en_US".',
    );
  }
  const localeProblem = describeLocale(user.locale);
  if (localeProblem) {
    problems.warning(
      'user-locale-unknown',
      [...path, 'locale'],
      `${quote(user.locale)} is not a locale (LocaleSidKey): ${localeProblem}.`,
      'Write a language and a country code, such as "en_GB" or "de_DE".',
    );
  }
}

/**
 * Salesforce locales are language_COUNTRY (with an optional variant). No published list of them was
 * found, so the check is that both parts are real ISO codes (ICU knows them) and the form is right.
 */
function describeLocale(locale: string): string | undefined {
  // Thousands of users share a handful of locales: ask ICU once per value.
  if (localeVerdicts.has(locale)) return localeVerdicts.get(locale);
  const verdict = judgeLocale(locale);
  if (localeVerdicts.size < 1000) localeVerdicts.set(locale, verdict);
  return verdict;
}

/** Locale → what is wrong with it (undefined: nothing); bounded, as a hostile file can hold millions. */
const localeVerdicts = new Map<string, string | undefined>();

function judgeLocale(locale: string): string | undefined {
  const [language = '', region, ...variants] = locale.split('_');
  displayNames ??= {
    language: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }),
    region: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
  };
  if (!/^[a-z]{2,3}$/.test(language) || !safeOf(displayNames.language, language))
    return `"${language}" is not a language code`;
  if (region === undefined) return undefined;
  if (!/^[A-Z]{2}$/.test(region) || region === 'UK' || !safeOf(displayNames.region, region))
    return region === 'UK'
      ? 'the country code of the United Kingdom is "GB"'
      : `"${region}" is not a country code`;
  if (variants.some((variant) => !/^[A-Za-z0-9]+$/.test(variant))) return 'the variant is malformed';
  return undefined;
}

function safeOf(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** An exact match in another letter case first, then the nearest by edit distance. */
function suggest(value: string, known: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  return known.find((candidate) => candidate.toLowerCase() === lower) ?? nearest(value, [...known]);
}
