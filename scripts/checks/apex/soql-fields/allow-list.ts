/**
 * Known false positives of the SOQL field check: fields the platform has at the project's API
 * version that apexlink's API 61 SObject schema lacks. Same rules as the apexlink allow-list
 * (../apexlink/allow-list.ts): confirm the field exists at our API version first, use the narrowest
 * message pattern, say why; an entry that matches nothing is reported as a stale warning.
 */
import type { AllowListEntry } from '../apexlink/allow-list.js';

export const SOQL_FIELDS_ALLOW_LIST: readonly AllowListEntry[] = [];
