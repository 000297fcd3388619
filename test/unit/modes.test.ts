/**
 * SPEC §3 modes, without the element: the `auto` choice (`resolveMode`, `modeServes`, the camera
 * check), the QR encoder's path and countdown text, and the SDK's language mapping.
 */
import {expect} from '@open-wc/testing';
import {cameraAvailable} from '../../src/client.js';
import {hasSdk, modeServes, resolveMode, type AutoFacts} from '../../src/modes/index.js';
import {formatTimeLeft, loadQrEncoder, qrPath} from '../../src/modes/qr-code.js';
import {adapterFor} from '../../src/providers/index.js';
import type {Session} from '../../src/providers/index.js';
import {CAMERA, MIC_ONLY, stubDevices, stubPolicy} from '../camera-stubs.js';
import {sumsubLang} from '../../src/providers/sumsub-sdk.js';
import {textsFor as stringsFor} from '../../src/locales/all.js';
import {SHIPPED_LANGUAGES, type KycStrings} from '../../src/strings.js';

const JUMIO_URL = 'https://a.web.amer-1.jumio.ai/web/v4/app?locale=en';
const facts = (camera: boolean, autostart = false): AutoFacts => ({camera, autostart, hasSdk: (adapter) => !!adapter.sdk});

describe('SPEC §3 `auto`: resolveMode', () => {
  const jumio = adapterFor('jumio');
  const sumsub = adapterFor('sumsub');
  const trusset = adapterFor('trusset');
  const generic = adapterFor('generic');
  const link = (extra: Partial<Session> = {}): Session => ({provider: 'jumio', url: JUMIO_URL, ...extra});

  it('an explicit mode is used as is', () => {
    for (const mode of ['iframe', 'sdk', 'qr', 'popup', 'redirect'] as const) expect(resolveMode(mode, link({mode: 'qr'}), jumio, facts(true))).to.equal(mode);
  });

  it('1. the backend’s `mode` wins under auto', () => {
    expect(resolveMode('auto', link({mode: 'popup'}), jumio, facts(true), '/s')).to.equal('popup');
    expect(resolveMode('auto', link({mode: 'redirect'}), jumio, facts(false), '/s')).to.equal('redirect');
  });

  it('2. a token of a provider with an SDK → sdk (even without a camera)', () => {
    expect(resolveMode('auto', {provider: 'sumsub', token: '_act-1'}, sumsub, facts(true))).to.equal('sdk');
    expect(resolveMode('auto', {provider: 'sumsub', token: '_act-1', url: 'https://in.sumsub.com/x'}, sumsub, facts(false), '/s')).to.equal('sdk');
    expect(resolveMode('auto', {provider: 'grid', token: '_act-1', url: 'https://grid.example/kyc'}, adapterFor('grid'), facts(true))).to.equal('sdk');
  });

  it('3. no camera here and a status URL → qr', () => {
    expect(resolveMode('auto', link(), jumio, facts(false), '/api/kyc/status')).to.equal('qr');
    expect(resolveMode('auto', {provider: 'trusset', url: 'https://verify.trusset.org/l'}, trusset, facts(false), '/s')).to.equal('qr');
  });

  it('3. no camera but no status URL → not qr (nothing could learn the outcome)', () => {
    expect(resolveMode('auto', link(), jumio, facts(false))).to.equal('iframe');
  });

  it('4. a camera and a provider known to allow framing (Jumio, Smile ID, Sumsub link, generic) → iframe', () => {
    for (const provider of ['jumio', 'smile', 'sumsub', 'generic'] as const) {
      expect(resolveMode('auto', {provider, url: 'https://flow.example/x'}, adapterFor(provider), facts(true), '/s'), provider).to.equal('iframe');
    }
  });

  it('5. otherwise popup, or redirect under autostart', () => {
    expect(resolveMode('auto', {provider: 'trusset', url: 'https://verify.trusset.org/l'}, trusset, facts(true), '/s')).to.equal('popup');
    expect(resolveMode('auto', {provider: 'grid', url: 'https://grid.example/kyc'}, adapterFor('grid'), facts(true))).to.equal('popup');
    expect(resolveMode('auto', {provider: 'trusset', url: 'https://verify.trusset.org/l'}, trusset, facts(true, true))).to.equal('redirect');
    // a token of a provider without an SDK: popup, which then cannot serve it (unsupported-mode)
    expect(resolveMode('auto', {provider: 'generic', token: 'tok'}, generic, facts(true))).to.equal('popup');
  });
});

describe('SPEC §3 a mode that cannot serve the session: modeServes', () => {
  it('sdk needs a token and an SDK; every other mode needs a link', () => {
    const link: Session = {provider: 'generic', url: 'https://kyc.example.com/flow'};
    const token: Session = {provider: 'sumsub', token: '_act-1'};
    const both: Session = {provider: 'grid', token: '_act-1', url: 'https://grid.example/kyc'};
    expect(modeServes('sdk', token, true)).to.equal(true);
    expect(modeServes('sdk', token, false)).to.equal(false);
    expect(modeServes('sdk', link, true)).to.equal(false);
    expect(modeServes('sdk', both, true)).to.equal(true);
    for (const mode of ['iframe', 'qr', 'popup', 'redirect'] as const) {
      expect(modeServes(mode, link, false), mode).to.equal(true);
      expect(modeServes(mode, token, true), mode).to.equal(false);
      expect(modeServes(mode, both, true), mode).to.equal(true);
    }
  });

  it('hasSdk: Sumsub and Grid (its Sumsub token) have one; the others do not', () => {
    expect((['sumsub', 'jumio', 'smile', 'trusset', 'grid', 'generic'] as const).map((name) => hasSdk(adapterFor(name)))).to.deep.equal([true, false, false, false, true, false]);
  });
});

describe('SPEC §3 `auto`: is a camera usable here (cameraAvailable)', () => {
  let restore: Array<() => void> = [];
  afterEach(() => {
    restore.forEach((undo) => undo());
    restore = [];
  });

  it('true with a video input, false with none', async () => {
    restore.push(stubDevices(CAMERA));
    expect(await cameraAvailable()).to.equal(true);
    restore.pop()!();
    restore.push(stubDevices(MIC_ONLY));
    expect(await cameraAvailable()).to.equal(false);
  });

  it('false when the Permissions-Policy blocks the camera, whatever the devices', async () => {
    restore.push(stubDevices(CAMERA), stubPolicy(false));
    expect(await cameraAvailable()).to.equal(false);
  });

  it('false when enumerateDevices fails', async () => {
    Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {configurable: true, value: () => Promise.reject(new Error('denied'))});
    restore.push(() => delete (navigator.mediaDevices as unknown as Record<string, unknown>).enumerateDevices);
    expect(await cameraAvailable()).to.equal(false);
  });

  it('false in an insecure context', async () => {
    // `isSecureContext` may be an own property of the global: put back exactly what was there.
    const own = Object.getOwnPropertyDescriptor(globalThis, 'isSecureContext');
    Object.defineProperty(globalThis, 'isSecureContext', {configurable: true, value: false});
    restore.push(() => {
      if (own) Object.defineProperty(globalThis, 'isSecureContext', own);
      else delete (globalThis as unknown as Record<string, unknown>).isSecureContext;
    });
    restore.push(stubDevices(CAMERA));
    expect(await cameraAvailable()).to.equal(false);
  });

  it('the stubs are undone: a secure context with a camera again', async () => {
    expect(globalThis.isSecureContext).to.equal(true);
    restore.push(stubDevices(CAMERA));
    expect(await cameraAvailable()).to.equal(true);
  });
});

describe('SPEC §3 `qr`: the code and the time left', () => {
  it('qrPath: one run per row segment, offset by the quiet zone', () => {
    const data = [1, 1, 0, 0, 1, 0, 1, 1, 1];
    expect(qrPath({size: 3, data})).to.equal('M4 4h2v1h-2zM5 5h1v1h-1zM4 6h3v1h-3z');
    expect(qrPath({size: 2, data: [true, false, false, true]}, 0)).to.equal('M0 0h1v1h-1zM1 1h1v1h-1z');
    expect(qrPath({size: 2, data: [0, 0, 0, 0]})).to.equal('');
  });

  it('the encoder draws a code with a 4-module quiet zone around its matrix', async () => {
    const draw = await loadQrEncoder();
    const drawing = draw('https://verify.example/flow/abc');
    expect(drawing.target).to.equal('https://verify.example/flow/abc');
    // Version 2 or 3 at level M for this text: 25 or 29 modules, plus 2 × 4.
    expect([33, 37]).to.include(drawing.side);
    expect(drawing.path).to.match(/^M4 4h7v1h-7z/);
  });

  it('formatTimeLeft rounds up to the second', () => {
    expect(formatTimeLeft(300_000)).to.equal('5:00');
    expect(formatTimeLeft(299_001)).to.equal('5:00');
    expect(formatTimeLeft(299_000)).to.equal('4:59');
    expect(formatTimeLeft(59_000)).to.equal('0:59');
    expect(formatTimeLeft(3_600_000)).to.equal('1:00:00');
    expect(formatTimeLeft(3_725_000)).to.equal('1:02:05');
    expect(formatTimeLeft(-5)).to.equal('0:00');
  });

  it('speaks every shipped language: QR and popup texts exist and are translated', () => {
    const keys: Array<keyof KycStrings> = [
      'qrInstructions', 'qrLabel', 'qrOpenHere', 'qrExpiresIn', 'qrOpened', 'qrResultOnPhone', 'qrRenewed',
      'qrLinkLabel', 'qrCopyLink', 'qrLinkCopied', 'qrCopyFailed',
      'popupWaiting', 'popupBlocked', 'popupOpen', 'popupClosed', 'popupReopen', 'popupCancel', 'redirecting',
    ];
    expect(SHIPPED_LANGUAGES).to.include.members(['en', 'de', 'fr', 'es', 'ar']);
    const en = stringsFor('en');
    for (const language of SHIPPED_LANGUAGES) {
      const text = stringsFor(language);
      for (const key of keys) {
        expect(text[key], `${language}.${key}`).to.be.a('string').and.not.equal('');
        if (language !== 'en') expect(text[key], `${language}.${key} is translated`).to.not.equal(en[key]);
      }
      expect(text.qrExpiresIn, `${language}.qrExpiresIn`).to.contain('{time}');
    }
  });
});

describe('SPEC §2 `providerLocale` for the SDK: sumsubLang', () => {
  it('maps locales to the languages Sumsub accepts', () => {
    const cases: Record<string, string> = {
      'de-CH': 'de',
      en: 'en',
      'en-GB': 'en',
      'pt-BR': 'pt',
      fr_CA: 'fr',
      'zh-TW': 'zh-tw',
      'zh-Hant-HK': 'zh-tw',
      'zh-MO': 'zh-tw',
      'zh-Hans-CN': 'zh',
      zh: 'zh',
      nb: 'no',
      'nn-NO': 'no',
      fil: 'fl',
      tl: 'fl',
      iw: 'he',
      in: 'id',
      'AR-eg': 'ar',
      ' de ': 'de',
      '': 'en',
    };
    for (const [locale, lang] of Object.entries(cases)) expect(sumsubLang(locale), locale).to.equal(lang);
  });
});
