import type {ProviderName} from '../types.js';
import {genericLocale} from './generic.js';
import {gridLocale} from './grid.js';
import {jumioLocale} from './jumio.js';
import {smileLocale} from './smile.js';
import {sumsubLang} from './sumsub-shared.js';

/**
 * The page locale in the form each provider accepts (SPEC §2 `providerLocale`), so the provider's page
 * speaks the element's language. Each mapping lives in its adapter's file.
 */
export const PROVIDER_LOCALES: Readonly<Record<ProviderName, (locale: string) => string>> = {
  sumsub: sumsubLang,
  jumio: jumioLocale,
  smile: smileLocale,
  trusset: genericLocale,
  grid: gridLocale,
  generic: genericLocale,
};

/**
 * The request body fields for a locale: `providerLocale` for a pinned (or already detected) provider;
 * with `provider="auto"`, `providerLocales` with every provider's form, since the backend picks one.
 */
export function providerLocaleFields(
  provider: ProviderName | 'auto',
  locale: string,
): {providerLocale: string} | {providerLocales: Record<ProviderName, string>} {
  if (provider !== 'auto') return {providerLocale: PROVIDER_LOCALES[provider](locale)};
  const entries = Object.entries(PROVIDER_LOCALES).map(([name, map]) => [name, map(locale)]);
  return {providerLocales: Object.fromEntries(entries) as Record<ProviderName, string>};
}
