/**
 * SPEC §2 `providerLocale`: the page locale in the form each provider accepts (a table in each
 * adapter), sent to the backend so the provider's page speaks the element's language.
 */
import {expect} from '@open-wc/testing';
import {genericLocale} from '../src/providers/generic.js';
import {gridLocale} from '../src/providers/grid.js';
import {jumioLocale} from '../src/providers/jumio.js';
import {PROVIDER_LOCALES, providerLocaleFields} from '../src/providers/locales.js';
import {smileLocale} from '../src/providers/smile.js';
import {sumsubLang} from '../src/providers/sumsub.js';
import {PROVIDERS, type BackendRequest} from '../src/types.js';
import {deferred, fetcherFrom, html, mount, waitUntil} from './helpers.js';

const check = (map: (locale: string) => string, cases: Record<string, string>) => {
  for (const [locale, expected] of Object.entries(cases)) expect(map(locale), locale).to.equal(expected);
};

describe('SPEC §2 providerLocale', () => {
  describe('tables', () => {
    it('Jumio: its accepted web.locale list, aliases, regional variants, then the language, then en', () => {
      check(jumioLocale, {
        en: 'en',
        'en-US': 'en-US',
        'en-GB': 'en-GB',
        'en-AU': 'en-GB',
        'en-CA': 'en',
        'pt-BR': 'pt-BR',
        pt_BR: 'pt-BR',
        'pt-PT': 'pt',
        'es-ES': 'es',
        'es-AR': 'es-MX',
        'es-419': 'es-MX',
        'fr-CA': 'fr-CA',
        'fr-BE': 'fr',
        'de-CH': 'de',
        'it-IT': 'it',
        'nl-BE': 'nl',
        'pl-PL': 'pl',
        'tr-TR': 'tr',
        'ar-SA': 'ar',
        'ja-JP': 'ja',
        zh: 'zh',
        'zh-CN': 'zh-CN',
        'zh-Hans': 'zh-CN',
        'zh-TW': 'zh-HK',
        'zh-Hant-TW': 'zh-HK',
        'zh-HK': 'zh-HK',
        nb: 'no',
        'nn-NO': 'no',
        iw: 'he',
        'he-IL': 'he',
        tl: 'fil',
        'fil-PH': 'fil-PH',
        ka: 'ka-GE',
        'sr-Latn-RS': 'sr-Latn',
        'sr-Cyrl': 'sr-Cyrl',
        km: 'km',
        hy: 'hy',
        my: 'my',
        fy: 'en',
        '': 'en',
      });
    });

    it("Sumsub: the SDK's and websdkLink's lang", () => {
      check(sumsubLang, {en: 'en', 'pt-BR': 'pt', 'de-CH': 'de', 'zh-CN': 'zh', 'zh-TW': 'zh-tw', 'zh-Hant': 'zh-tw', nb: 'no', fil: 'fl', iw: 'he', in: 'id', 'ar-EG': 'ar'});
    });

    it("Smile ID: its web languages en, fr, ar; everything else en", () => {
      check(smileLocale, {en: 'en', 'en-NG': 'en', 'fr-CI': 'fr', fr_FR: 'fr', 'ar-EG': 'ar', sw: 'en', 'pt-BR': 'en'});
    });

    it("Grid: Sumsub's lang (its hosted flow and token are Sumsub's)", () => {
      check(gridLocale, {'pt-BR': 'pt', 'zh-TW': 'zh-tw', 'es-MX': 'es', 'en-US': 'en'});
    });

    it('Trusset and generic: the locale as a canonical BCP 47 tag', () => {
      check(genericLocale, {pt_br: 'pt-BR', 'zh-hant-tw': 'zh-Hant-TW', 'EN-gb': 'en-GB', 'es-419': 'es-419', de: 'de'});
      expect(PROVIDER_LOCALES.trusset).to.equal(genericLocale);
    });

    it('has a table for every provider', () => {
      expect(Object.keys(PROVIDER_LOCALES).sort()).to.deep.equal([...PROVIDERS].sort());
      expect(providerLocaleFields('jumio', 'pt-BR')).to.deep.equal({providerLocale: 'pt-BR'});
      expect(providerLocaleFields('auto', 'pt-BR')).to.deep.equal({
        providerLocales: {sumsub: 'pt', jumio: 'pt-BR', smile: 'en', trusset: 'pt-BR', grid: 'pt', generic: 'pt-BR'},
      });
    });
  });

  describe('in the request body', () => {
    const firstBody = async (attributes: {provider?: string; locale: string}) => {
      const pending = deferred();
      const {fetcher, calls} = fetcherFrom((_request: BackendRequest) => pending.promise);
      const {el} = await mount(html`<kyc-verify .fetcher=${fetcher} provider=${attributes.provider ?? 'auto'} locale=${attributes.locale}></kyc-verify>`);
      el.start();
      await waitUntil(() => calls.length > 0, 'no backend request');
      el.cancel();
      return calls[0].body!;
    };

    it('sends providerLocale mapped by the pinned adapter', async () => {
      const body = await firstBody({provider: 'jumio', locale: 'zh-TW'});
      expect(body).to.include({locale: 'zh-TW', providerLocale: 'zh-HK'});
      expect(body).to.not.have.property('providerLocales');
      expect(await firstBody({provider: 'sumsub', locale: 'pt-BR'})).to.include({providerLocale: 'pt'});
    });

    it('sends providerLocales for every adapter with provider="auto"', async () => {
      const body = await firstBody({locale: 'es-AR'});
      expect(body.providerLocales).to.deep.equal({sumsub: 'es', jumio: 'es-MX', smile: 'en', trusset: 'es-AR', grid: 'es', generic: 'es-AR'});
      expect(body).to.not.have.property('providerLocale');
    });
  });
});
