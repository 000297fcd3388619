import type {ProviderName} from '../types.js';

/**
 * Each provider's locale table (SPEC §2 `providerLocale`), re-exported by its adapter. They live in this
 * one small module, not in the adapters' files, because the element's entry sends them with the first
 * session request, before the engine chunk with the adapters has loaded.
 */

/**
 * Maps a BCP 47 locale to a language Sumsub's WebSDK accepts (docs.sumsub.com "Supported SDK
 * languages": ISO 639-1 codes, plus `zh-tw`): the primary language subtag, lowercased (`de-CH` → `de`,
 * `pt-BR` → `pt`), with these exceptions: Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`)
 * → `zh-tw`; other Chinese → `zh`; Norwegian `nb`/`nn` → `no`; Filipino `fil`/`tl` → `fl`; the legacy
 * codes `iw` → `he` and `in` → `id`. A language Sumsub lacks falls back inside the SDK. Used for the SDK's
 * `lang` and sent to the backend as `providerLocale` (the `lang` of `websdkLink` and of the dashboard link).
 */
export function sumsubLang(locale: string): string {
  const parts = locale.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const language = parts[0] || 'en';
  const rest = parts.slice(1);
  if (language === 'zh') return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-tw' : 'zh';
  return SUMSUB_LANGUAGE_ALIASES[language] ?? language;
}

const SUMSUB_LANGUAGE_ALIASES: Record<string, string> = {nb: 'no', nn: 'no', fil: 'fl', tl: 'fl', iw: 'he', in: 'id'};

/**
 * The locales Jumio's web client accepts for `web.locale` (its code's locale enum, which corrects the
 * docs: Burmese is `my`, Filipino `fil`, Hebrew `he`; `en-US`, `hy` and `km` are accepted too). The
 * locale ends up in `web.href` and must not be rewritten there, so the backend sets it when it creates
 * the account: the element sends it as `providerLocale`.
 */
const JUMIO_LOCALES = new Set(
  (
    'ar az bg bn bn-IN ca ceb ceb-PH cs da de el en en-GB en-US es es-MX et fi fil fil-PH fr fr-CA ga he hi hi-IN ' +
    'hr hu hy id it is ja jv jv-ID ka-GE kk km km-KH ko lt lv ms my my-MM nl no pl pt pt-BR ro ru sk sr sr-Cyrl ' +
    'sr-Latn sl sv sq sw th tr uk ur uz vi zh zh-CN zh-HK'
  ).split(' '),
);

/** Other tags for Jumio's languages: legacy codes, Norwegian, Georgian (only `ka-GE`), Chinese scripts. */
const JUMIO_ALIASES: Record<string, string> = {iw: 'he', in: 'id', tl: 'fil', nb: 'no', nn: 'no', ka: 'ka-GE', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-HK', 'zh-TW': 'zh-HK', 'zh-MO': 'zh-HK', 'zh-SG': 'zh-CN'};

/** Regions whose Spanish is Latin American (Jumio's `es-MX`) and whose English is British (`en-GB`). */
const LATIN_AMERICA = new Set(['419', 'AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PR', 'PY', 'SV', 'US', 'UY', 'VE']);
const BRITISH_ENGLISH = new Set(['GB', 'IE', 'AU', 'NZ', 'ZA', 'IN', 'SG', 'HK', 'MT']);

/**
 * A BCP 47 locale as Jumio's `web.locale`: the exact locale (`pt-BR`, `sr-Latn`), an alias (`zh-TW` →
 * `zh-HK`, `nb` → `no`, `iw` → `he`), Spanish of the Americas → `es-MX`, Commonwealth English → `en-GB`,
 * then the language (`de-AT` → `de`), then `en`.
 */
export function jumioLocale(locale: string): string {
  const [first = '', ...rest] = locale.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = first.toLowerCase();
  const scriptPart = rest.find((part) => part.length === 4);
  const script = scriptPart && scriptPart[0].toUpperCase() + scriptPart.slice(1).toLowerCase();
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part))?.toUpperCase();
  const candidates = [
    script && `${language}-${script}`,
    region && `${language}-${region}`,
    language === 'es' && region && LATIN_AMERICA.has(region) ? 'es-MX' : undefined,
    language === 'en' && region && BRITISH_ENGLISH.has(region) ? 'en-GB' : undefined,
    language,
  ].filter((candidate): candidate is string => !!candidate);
  for (const candidate of candidates) {
    const tag = JUMIO_ALIASES[candidate] ?? candidate;
    if (JUMIO_LOCALES.has(tag)) return tag;
  }
  return 'en';
}

/**
 * The languages of Smile ID's web components (`setCurrentLocale` in `@smileid/web-components`
 * localisation: `en`, `fr`, `ar`, right to left). Smile Links documents no language parameter, so the
 * backend decides what to do with it; everything else is `en`.
 */
const SMILE_LANGUAGES = new Set(['en', 'fr', 'ar']);

/** A BCP 47 locale as Smile ID's language: `fr-CI` → `fr`, `ar-EG` → `ar`, others → `en`. */
export function smileLocale(locale: string): string {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0];
  return SMILE_LANGUAGES.has(language) ? language : 'en';
}

/**
 * A generic flow (and Trusset, which documents no language) gets the locale as a canonical BCP 47 tag
 * (`pt_br` → `pt-BR`, `zh-hant-tw` → `zh-Hant-TW`), for the backend to pass on as the flow expects.
 */
export function genericLocale(locale: string): string {
  const [first = 'en', ...rest] = locale.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const parts = rest.map((part) =>
    part.length === 4 ? part[0].toUpperCase() + part.slice(1).toLowerCase() : /^([a-z]{2}|\d{3})$/i.test(part) ? part.toUpperCase() : part.toLowerCase(),
  );
  return [first.toLowerCase(), ...parts].join('-');
}

/**
 * Grid's `kyc-link` takes no language, and both its hosted flow and its `token` are Sumsub's: Grid's
 * provider locale is Sumsub's `lang` (`pt-BR` → `pt`, `zh-TW` → `zh-tw`).
 */
export const gridLocale = (locale: string): string => sumsubLang(locale);

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
