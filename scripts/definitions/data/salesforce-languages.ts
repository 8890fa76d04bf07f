/**
 * Salesforce's languages for users (LanguageLocaleKey): the fully supported languages and the
 * end-user languages, as the Metadata API Developer Guide lists them on its "Translations" page
 * (developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_translations.htm; the end-user
 * list as of API 34.0 in that page's archived version, read 2026-12 with the search tool). Platform-only
 * languages are not listed here: a user on one sees most standard labels in English, which the warning
 * says. A value missing here is a warning, never an error.
 */
export const FULLY_SUPPORTED_LANGUAGES: readonly string[] = [
  'zh_CN', 'zh_TW', 'da', 'nl_NL', 'en_US', 'fi', 'fr', 'de', 'it', 'ja', 'ko', 'no', 'pt_BR', 'ru', 'es',
  'es_MX', 'sv', 'th',
]; // prettier-ignore

export const END_USER_LANGUAGES: readonly string[] = [
  'ar', 'bg', 'hr', 'cs', 'en_GB', 'el', 'iw', 'hu', 'in', 'pl', 'pt_PT', 'ro', 'sk', 'sl', 'tr', 'uk', 'vi',
]; // prettier-ignore
