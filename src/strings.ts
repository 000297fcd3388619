import type {ModeStrings} from './mode-strings.js';

export type {ModeStrings};

/**
 * The element's own UI text, in several languages; hosts override any entry with the `strings`
 * property. The texts only a mode shows (QR, popup, redirect) live in `mode-strings.ts`, which loads
 * with the lazy engine; `KycStrings` is both.
 */
export interface ElementStrings {
  start: string;
  loading: string;
  frameTitle: string;
  flowLoading: string;
  doneTitle: string;
  doneBody: string;
  cancelledTitle: string;
  errorTitle: string;
  expiredTitle: string;
  retry: string;
  continueOnPhone: string;
  returnForwarded: string;
  returnElsewhere: string;
  announceLoading: string;
  announceActive: string;
  /** The end view after `approved`. */
  approvedTitle: string;
  approvedBody: string;
  /** The end view after `rejected`; `rejectedRetryBody` when a new attempt may pass. */
  rejectedTitle: string;
  rejectedBody: string;
  rejectedRetryBody: string;
  /** Body of the `cancelled` view when the user may start again. */
  cancelledBody: string;
  /** Body of the `expired` view when the user may start again. */
  expiredBody: string;
  /** Body of a `cancelled` or `expired` view without "Try again". */
  contactSupport: string;
  /** Error bodies: a provider's error that may pass on a new attempt, and one that will not. */
  errorBody: string;
  errorFinalBody: string;
  /** `network`, `*-timeout`, `sdk-load`, `token-refresh`, HTTP 5xx, 408 and 429. */
  errorNetworkBody: string;
  /** `config`, `invalid-response`, `unsafe-url`, `unsupported-mode` and other HTTP 4xx. */
  errorSetupBody: string;
  /** `popup-blocked`. */
  errorPopupBody: string;
  /** A camera error: the view offers "Continue on your phone". */
  errorCameraBody: string;
  /** The code under an error, for support; `{code}` is replaced. */
  errorCode: string;
}

export interface KycStrings extends ElementStrings, ModeStrings {}

/** The texts the element shows before any result; the end view's English texts load with it (`end-view.ts`). */
export type ShellStrings = Pick<ElementStrings, 'start' | 'loading' | 'frameTitle' | 'flowLoading' | 'returnForwarded' | 'returnElsewhere' | 'announceLoading' | 'announceActive'>;

const en: ShellStrings = {
  start: 'Verify your identity',
  loading: 'Preparing your verification…',
  frameTitle: 'Identity verification',
  flowLoading: 'Loading the verification…',
  returnForwarded: 'You can close this window.',
  returnElsewhere: 'Verification finished — continue where you started.',
  announceLoading: 'Preparing verification',
  announceActive: 'Verification opened',
};

/** The catalog a bare language gets when only regional ones exist (CLDR's defaults: `pt` is Brazil's). */
const LANGUAGE_DEFAULTS: Record<string, string> = {pt: 'pt-BR', zh: 'zh-CN'};

/** Languages written right to left: the element sets `dir="rtl"` on its own UI for them. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

/**
 * Every catalog but English, each a chunk of its own (`src/locales/<key>.ts`, element and mode texts
 * together): a page loads only the language it speaks, and English is in the entry, so the first paint
 * never waits for a catalog.
 */
const LOADERS: Readonly<Record<string, () => Promise<{default: KycStrings}>>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  it: () => import('./locales/it.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  'pt-PT': () => import('./locales/pt-PT.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  tr: () => import('./locales/tr.js'),
  ar: () => import('./locales/ar.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
  'zh-TW': () => import('./locales/zh-TW.js'),
  ja: () => import('./locales/ja.js'),
};

/** Languages the element ships strings for, as catalog keys. */
export const SHIPPED_LANGUAGES = ['en', ...Object.keys(LOADERS)];

export const baseLanguage = (locale: string) => locale.toLowerCase().split(/[-_]/)[0];

/**
 * The catalog keys to try for a locale, most specific first: language-REGION (`pt-BR`, `pt-PT`);
 * for Chinese, the script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` → `zh-TW`; other Chinese → `zh-CN`);
 * the language (`pt`, `de`); the language's default region (`pt` → `pt-BR`); then `en`. So `pt-BR` →
 * `pt` → `en`, `de-CH` → `de`, `es-419` → `es`, `pt_PT` → `pt-PT`, `fy` → `en`.
 */
export function localeFallbacks(locale: string): string[] {
  const [first = '', ...rest] = locale.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = first.toLowerCase();
  const script = rest.find((part) => part.length === 4)?.toLowerCase();
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part))?.toUpperCase();
  const keys: string[] = [];
  if (region) keys.push(`${language}-${region}`);
  if (language === 'zh') keys.push(script === 'hant' || ['TW', 'HK', 'MO'].includes(region ?? '') ? 'zh-TW' : 'zh-CN');
  keys.push(language);
  if (LANGUAGE_DEFAULTS[language]) keys.push(LANGUAGE_DEFAULTS[language]);
  keys.push('en');
  return [...new Set(keys)];
}

/** The entry of `catalog` for a locale, along `localeFallbacks`. */
export function pickLocale<T>(catalog: Readonly<Record<string, T>>, locale: string): T {
  const key = localeFallbacks(locale).find((candidate) => Object.prototype.hasOwnProperty.call(catalog, candidate));
  return catalog[key ?? 'en'];
}

/** The shipped catalog a locale gets, along `localeFallbacks` (`de-CH` → `de`, `fy` → `en`). */
export const catalogKey = (locale: string): string =>
  localeFallbacks(locale).find((key) => key === 'en' || Object.prototype.hasOwnProperty.call(LOADERS, key)) ?? 'en';

const loading = new Map<string, Promise<Partial<KycStrings>>>();

/**
 * Loads a catalog once per page. English, and a catalog that cannot load (offline, a CSP that blocks
 * the chunks), resolve to `{}`: the English texts stay, and a later call tries again.
 */
export function loadCatalog(key: string): Promise<Partial<KycStrings>> {
  const loader = Object.prototype.hasOwnProperty.call(LOADERS, key) ? LOADERS[key] : undefined;
  if (!loader) return Promise.resolve({});
  let pending = loading.get(key);
  if (!pending) {
    pending = loader().then(
      (module) => module.default,
      () => {
        loading.delete(key);
        return {};
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** The shell's strings: English, then a loaded catalog, then the host's overrides. */
export function stringsFor(catalog: Partial<KycStrings> = {}, overrides: Partial<KycStrings> = {}): ShellStrings & Partial<KycStrings> {
  return {...en, ...catalog, ...overrides};
}

/** The English shell texts (the entry's own). */
export const EN_SHELL_STRINGS: ShellStrings = en;

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL.has(baseLanguage(locale)) ? 'rtl' : 'ltr');
