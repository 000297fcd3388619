/**
 * SPEC §1 "Look, feel and accessibility": the element's own strings in every shipped language, the
 * fallback order (`pt-BR` → `pt` → `en`), `strings` overrides, and right to left for Arabic (`dir`
 * set, layout mirrored: checked on a real screenshot and on the boxes of the controls).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/define.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {textsFor as allStringsFor, textsFor as modeStringsFor} from '../src/locales/all.js';
import {SHIPPED_LANGUAGES, directionOf, localeFallbacks} from '../src/strings.js';
import {textsFor as stringsFor} from '../src/locales/all.js';
import {deferred, fetcherFrom, quiet} from './helpers.js';

/** The page's catalog is a chunk of its own: the element renders again once it has arrived. */
async function catalogLoaded(el: KycVerifyElement) {
  await el.texts();
  await el.updateComplete;
}

const REQUIRED = ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'pl', 'tr', 'ar', 'zh-CN', 'ja'];

describe('Languages', () => {
  describe('catalogs', () => {
    it('ships at least en, es, fr, de, it, pt-BR, nl, pl, tr, ar, zh-CN and ja', () => {
      expect(SHIPPED_LANGUAGES).to.include.members(REQUIRED);
    });

    it('translates every text of the element and its modes in every shipped language', () => {
      const english = allStringsFor('en');
      for (const locale of SHIPPED_LANGUAGES) {
        const texts = allStringsFor(locale);
        expect(Object.keys(texts).sort(), locale).to.deep.equal(Object.keys(english).sort());
        for (const [key, value] of Object.entries(texts)) expect(value.trim(), `${locale} ${key}`).to.not.equal('');
        if (locale === 'en') continue;
        // Nothing left in English by mistake (short words such as "Cancel" may not differ everywhere).
        const untranslated = Object.keys(english).filter((key) => texts[key as keyof typeof texts] === english[key as keyof typeof english]);
        expect(untranslated, locale).to.deep.equal([]);
      }
    });

    it('keeps the {time} placeholder in every language', () => {
      for (const locale of SHIPPED_LANGUAGES) expect(modeStringsFor(locale).qrExpiresIn, locale).to.include('{time}');
    });
  });

  describe('fallback order', () => {
    it('tries language-REGION, then the language, then English: pt-BR → pt → en', () => {
      expect(localeFallbacks('pt-BR')).to.deep.equal(['pt-BR', 'pt', 'en']);
      expect(localeFallbacks('de-CH')).to.deep.equal(['de-CH', 'de', 'en']);
      expect(localeFallbacks('fr')).to.deep.equal(['fr', 'en']);
    });

    it('gives a bare language its default region and Chinese its script', () => {
      expect(localeFallbacks('pt')).to.deep.equal(['pt', 'pt-BR', 'en']);
      expect(localeFallbacks('zh')).to.deep.equal(['zh-CN', 'zh', 'en']);
      expect(localeFallbacks('zh-Hant')).to.deep.equal(['zh-TW', 'zh', 'zh-CN', 'en']);
      expect(localeFallbacks('zh-HK')).to.deep.equal(['zh-HK', 'zh-TW', 'zh', 'zh-CN', 'en']);
    });

    it('picks the catalog along that order, whatever the case and separator', () => {
      const start = (locale: string) => stringsFor(locale).start;
      expect(start('pt-BR')).to.equal('Verificar sua identidade');
      expect(start('pt')).to.equal('Verificar sua identidade');
      expect(start('pt_PT')).to.equal('Verificar a sua identidade');
      expect(start('de-CH')).to.equal(stringsFor('de').start);
      expect(start('es-419')).to.equal(stringsFor('es').start);
      expect(start('zh')).to.equal('验证您的身份');
      expect(start('zh-Hans-SG')).to.equal('验证您的身份');
      expect(start('zh-TW')).to.equal('驗證您的身分');
      expect(start('zh-Hant-HK')).to.equal('驗證您的身分');
      expect(start('ja-JP')).to.equal('本人確認を始める');
      expect(start('NL-be')).to.equal(stringsFor('nl').start);
      expect(start('fy')).to.equal(stringsFor('en').start);
      expect(start('')).to.equal(stringsFor('en').start);
    });

    it('lets `strings` override any text, in any language', () => {
      expect(stringsFor('ja', {start: 'Go'}).start).to.equal('Go');
      expect(allStringsFor('pl', {qrLabel: 'Kod', retry: 'Jeszcze raz'})).to.include({qrLabel: 'Kod', retry: 'Jeszcze raz'});
      expect(allStringsFor('pl', {qrLabel: 'Kod'}).popupCancel).to.equal('Anuluj');
    });
  });

  describe('in the element', () => {
    it('speaks the locale attribute and marks its own UI with lang', async () => {
      const el = await fixture<KycVerifyElement>(html`<kyc-verify locale="tr-TR"></kyc-verify>`);
      await catalogLoaded(el);
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(root.getAttribute('lang')).to.equal('tr-TR');
      expect(root.getAttribute('dir')).to.equal('ltr');
      expect(el.shadowRoot!.querySelector('[part~="start-button"]')!.textContent!.trim()).to.equal('Kimliğinizi doğrulayın');
    });

    it('applies `strings` overrides on top of the locale', async () => {
      const el = await fixture<KycVerifyElement>(html`<kyc-verify locale="it" .strings=${{start: 'Inizia'}}></kyc-verify>`);
      expect(el.shadowRoot!.querySelector('[part~="start-button"]')!.textContent!.trim()).to.equal('Inizia');
    });
  });
});

/** Columns of a screenshot holding the accent colour (#1a56db) of the element's buttons. */
async function accentColumns(el: HTMLElement, name: string): Promise<{min: number; max: number; width: number}> {
  window.scrollTo(0, 0);
  const box = el.getBoundingClientRect();
  const clip = {x: Math.round(box.left), y: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height)};
  const base64 = await executeServerCommand<string, typeof clip & {name: string}>('element-screenshot', {...clip, name});
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const {data} = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - 0x1a) < 12 && Math.abs(data[i + 1] - 0x56) < 12 && Math.abs(data[i + 2] - 0xdb) < 12) {
      const x = (i / 4) % bitmap.width;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
  }
  return {min, max, width: bitmap.width};
}

describe('Right to left (ar)', () => {
  const mountAt = (locale: string) =>
    fixture<KycVerifyElement>(html`<div style="width: 480px; padding: 0; margin: 0"><kyc-verify locale=${locale}></kyc-verify></div>`).then(
      (wrapper) => wrapper.querySelector('kyc-verify')!,
    );

  it('sets dir="rtl" for Arabic and other right-to-left languages, ltr otherwise', async () => {
    const el = await mountAt('ar-EG');
    await catalogLoaded(el);
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[part~="start-button"]')!.textContent!.trim()).to.equal('تحقق من هويتك');
    expect(['ar', 'he-IL', 'fa', 'ur-PK'].map(directionOf)).to.deep.equal(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'tr', 'ja', 'zh-TW'].map(directionOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('mirrors the layout on a screenshot: the start button sits at the start edge (left in en, right in ar)', async () => {
    const ltr = await accentColumns(await mountAt('en'), 'start-en');
    const ar = await mountAt('ar');
    await catalogLoaded(ar);
    const rtl = await accentColumns(ar, 'start-ar');
    expect(ltr.max, 'en button on the left').to.be.lessThan(ltr.width / 2);
    expect(ltr.min).to.be.lessThan(4);
    expect(rtl.min, 'ar button on the right').to.be.greaterThan(rtl.width / 2);
    expect(rtl.max).to.be.greaterThan(rtl.width - 5);
  });

  it('centres the end view in both directions (issue 11: icon, heading, body and actions are centred)', async () => {
    const boxes = async (locale: string) => {
      const el = await mountAt(locale);
      const pending = deferred();
      const {fetcher} = fetcherFrom(() => pending.promise);
      el.fetcher = fetcher;
      el.start();
      await quiet(el);
      el.cancel();
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      const retry = el.shadowRoot!.querySelector('[part~="retry-button"]')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el.shadowRoot!.querySelector('[part~="heading"]')!);
      const heading = range.getBoundingClientRect();
      return {host, retry, heading};
    };
    // The order of two actions is mirrored right to left: test/end-views.test.ts.
    for (const locale of ['en', 'ar']) {
      const {host, retry, heading} = await boxes(locale);
      expect(Math.abs(retry.left - host.left - (host.right - retry.right)), locale).to.be.lessThan(2);
      expect(Math.abs(heading.left - host.left - (host.right - heading.right)), locale).to.be.lessThan(2);
    }
  });
});
