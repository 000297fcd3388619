/**
 * Every catalog, loaded at once: for tests and tools that need any language synchronously. The element
 * never imports this file (it loads one catalog at a time through `loadCatalog`).
 */
import {EN_END_STRINGS} from '../end-view.js';
import {EN_MODE_STRINGS} from '../mode-strings.js';
import {EN_SHELL_STRINGS, pickLocale, type KycStrings} from '../strings.js';
import es from './es.js';
import fr from './fr.js';
import de from './de.js';
import it from './it.js';
import ptBR from './pt-BR.js';
import ptPT from './pt-PT.js';
import nl from './nl.js';
import pl from './pl.js';
import tr from './tr.js';
import ar from './ar.js';
import zhCN from './zh-CN.js';
import zhTW from './zh-TW.js';
import ja from './ja.js';

export const CATALOGS: Readonly<Record<string, KycStrings>> = {
  en: {...EN_MODE_STRINGS, ...EN_SHELL_STRINGS, ...EN_END_STRINGS},
  es: es,
  fr: fr,
  de: de,
  it: it,
  'pt-BR': ptBR,
  'pt-PT': ptPT,
  nl: nl,
  pl: pl,
  tr: tr,
  ar: ar,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja: ja,
};

/** Every text for a locale, along the element's fallback order, with overrides on top. */
export const textsFor = (locale: string, overrides: Partial<KycStrings> = {}): KycStrings => ({...CATALOGS.en, ...pickLocale(CATALOGS, locale), ...overrides});
