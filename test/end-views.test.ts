/**
 * Issue 11 items 2 and 4: the end views speak to people (human text per outcome and per error code
 * family, in every language; the backend's own message; the code only as small print; one primary
 * action; a done view with an icon, a headline and what happens next), and the defaults hold WCAG AA
 * on light and dark pages (axe in both), with the host's font or the system's UI font.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendMouse, setViewport} from '@web/test-runner-commands';
import {render} from 'lit';
import '../src/define.js';
import {renderEndView} from '../src/end-view.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {KycError, type ElementErrorCode} from '../src/result.js';
import type {ElementStrings} from '../src/strings.js';
import {textsFor as stringsFor} from '../src/locales/all.js';
import type {KycFetcher, KycResult} from '../src/types.js';
import {scenarios, type ScenarioName} from '../stories/fixtures.js';
import {EventLog, mockEndpoint} from './helpers.js';

(globalThis as {KYC_SIM_BASE?: string}).KYC_SIM_BASE = '/demo/sim/';

const WAIT = {timeout: 10000};

const THEMES = {
  light: 'background: #fff; color: #1b1b1b',
  /** A dark page that says so: `color-scheme: dark` on the element itself, no custom properties. */
  dark: 'background: #121212; color: #eee',
  /** A dark page that only paints itself dark (no `color-scheme` anywhere). */
  'dark, no color-scheme': 'background: #181a1f; color: #e6e6e6',
} as const;
type Theme = keyof typeof THEMES;

async function mount(fetcher: KycFetcher, {locale = 'en', theme = 'light' as Theme, hostStyle = '', endpoint = ''} = {}) {
  const style = theme === 'dark' ? `color-scheme: dark; ${hostStyle}` : hostStyle;
  const wrapper = await fixture<HTMLElement>(html`<div style="${THEMES[theme]}; padding: 1rem; font-family: system-ui, sans-serif">
    <kyc-verify locale=${locale} style=${style} .fetcher=${endpoint ? undefined : fetcher} endpoint=${endpoint || undefined}></kyc-verify>
  </div>`);
  const el = wrapper.querySelector('kyc-verify') as KycVerifyElement;
  // A language other than English is a chunk of its own: the element renders again once it arrived.
  await el.texts();
  await el.updateComplete;
  return {wrapper, el, log: new EventLog(el)};
}

const part = <T extends Element = HTMLElement>(el: KycVerifyElement, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const textOf = (el: KycVerifyElement, name: string) => part(el, name)?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';

/** A real pointer click at the centre of one of the element's parts. */
async function clickPart(el: KycVerifyElement, name: string) {
  await waitUntil(() => part(el, name), `no ${name}`, WAIT);
  const target = part(el, name)!;
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
}

async function startAndEnd(el: KycVerifyElement) {
  await clickPart(el, 'start-button');
  await waitUntil(() => part(el, 'end'), `no end view (state ${el.getAttribute('state')})`, WAIT);
  await el.updateComplete;
}

const failWith = (code: ElementErrorCode): KycFetcher => () => {
  throw KycError.of(code);
};

const codeLine = (text: ElementStrings, code: string) => text.errorCode.replace('{code}', code);

/** The element's own error codes, by the body text their family gets. */
const FAMILIES: Array<[ElementErrorCode, keyof ElementStrings, boolean]> = [
  ['network', 'errorNetworkBody', true],
  ['session-timeout', 'errorNetworkBody', true],
  ['status-timeout', 'errorNetworkBody', true],
  ['sdk-load', 'errorNetworkBody', true],
  ['token-refresh', 'errorNetworkBody', true],
  ['session-http-503', 'errorNetworkBody', true],
  ['session-http-408', 'errorNetworkBody', true],
  ['status-http-429', 'errorNetworkBody', true],
  ['session-http-404', 'errorSetupBody', false],
  ['status-http-403', 'errorSetupBody', false],
  ['config', 'errorSetupBody', false],
  ['invalid-response', 'errorSetupBody', false],
  ['unsafe-url', 'errorSetupBody', false],
  ['unsupported-mode', 'errorSetupBody', false],
  ['popup-blocked', 'errorPopupBody', true],
  ['unrecognized-return', 'errorFinalBody', false],
];

describe('End views: human text (issue 11 item 2)', function () {
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({colorScheme: 'light'});
  });

  for (const locale of ['en', 'de', 'ja']) {
    it(`says what went wrong per element error family, never the raw code as text (${locale})`, async () => {
      const text = stringsFor(locale);
      for (const [code, body, retryable] of FAMILIES) {
        const {el} = await mount(failWith(code), {locale});
        await startAndEnd(el);
        expect(textOf(el, 'heading'), code).to.equal(text.errorTitle);
        expect(textOf(el, 'body'), code).to.equal(text[body]);
        expect(textOf(el, 'heading') + textOf(el, 'body'), code).to.not.include(code);
        expect(textOf(el, 'code'), code).to.equal(codeLine(text, code));
        expect(!!part(el, 'retry-button'), `${code} retry`).to.equal(retryable);
      }
    });
  }

  it('shows the code as small secondary text, after the heading, body and actions', async () => {
    const {el} = await mount(failWith('network'));
    await startAndEnd(el);
    const code = part(el, 'code')!;
    const body = part(el, 'body')!;
    expect(parseFloat(getComputedStyle(code).fontSize)).to.be.below(parseFloat(getComputedStyle(body).fontSize));
    expect(parseFloat(getComputedStyle(part(el, 'heading')!).fontSize)).to.be.above(parseFloat(getComputedStyle(body).fontSize));
    expect(body.compareDocumentPosition(code) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(part(el, 'retry-button')!.compareDocumentPosition(code) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(code.querySelector('.code-value')?.textContent).to.equal('network');
  });

  it("shows the backend's own message as the body, with its code in small print (fetcher)", async () => {
    const fetcher: KycFetcher = () => ({error: {code: 'kyc-disabled', message: 'KYC is off for this account'}});
    for (const locale of ['en', 'fr']) {
      const {el, log} = await mount(fetcher, {locale});
      await startAndEnd(el);
      expect(log.results[0]).to.include({code: 'kyc-disabled', source: 'element'});
      expect(textOf(el, 'heading')).to.equal(stringsFor(locale).errorTitle);
      expect(textOf(el, 'body')).to.equal('KYC is off for this account');
      expect(textOf(el, 'code')).to.equal(codeLine(stringsFor(locale), 'kyc-disabled'));
    }
  });

  it("shows the backend's message from an HTTP error answer, and its own text when the backend gave none", async () => {
    const withMessage = mockEndpoint({status: 403, body: {error: {code: 'kyc-disabled', message: 'KYC ist für dieses Konto deaktiviert'}}});
    const first = await mount(() => undefined, {locale: 'de', endpoint: withMessage.endpoint});
    await startAndEnd(first.el);
    expect(textOf(first.el, 'body')).to.equal('KYC ist für dieses Konto deaktiviert');

    const bare = await mount(() => ({error: {code: 'kyc-disabled'}}), {locale: 'de'});
    await startAndEnd(bare.el);
    // Not the element's English fallback ("The verification service refused the request.").
    expect(textOf(bare.el, 'body')).to.equal(stringsFor('de').errorFinalBody);
    expect(textOf(bare.el, 'code')).to.equal('Fehlercode: kyc-disabled');
  });

  it('never shows the English message of an element error (its code is the element’s)', async () => {
    const {el, log} = await mount(failWith('unsupported-mode'), {locale: 'es'});
    await startAndEnd(el);
    expect(log.results[0].message).to.be.a('string').and.not.equal('');
    expect(el.shadowRoot!.textContent).to.not.include(log.results[0].message!);
    expect(textOf(el, 'body')).to.equal(stringsFor('es').errorSetupBody);
  });

  describe('per outcome and provider code (the view itself)', () => {
    const result = (extra: Partial<KycResult>): KycResult => ({attempt: 'a1', status: 'error', provider: 'jumio', retryable: true, source: 'message', params: {}, ...extra});
    const view = async (r: KycResult, locale: string, offerPhone = false) => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      render(renderEndView(r, stringsFor(locale), {offerPhone, onRetry: () => undefined, onPhone: () => undefined}), host);
      const get = (name: string) => host.querySelector(`[part~="${name}"]`)?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? null;
      return {host, heading: get('heading'), body: get('body'), code: get('code'), retry: !!host.querySelector('[part~="retry-button"]')};
    };

    for (const locale of ['en', 'fr', 'ar']) {
      const text = stringsFor(locale);
      it(`gives every outcome a heading and a body (${locale})`, async () => {
        const cases: Array<[Partial<KycResult>, keyof ElementStrings, keyof ElementStrings]> = [
          [{status: 'completed', retryable: false}, 'doneTitle', 'doneBody'],
          [{status: 'approved', retryable: false}, 'approvedTitle', 'approvedBody'],
          [{status: 'rejected', retryable: false, code: 'REJECTED'}, 'rejectedTitle', 'rejectedBody'],
          [{status: 'rejected', retryable: true, code: 'RETRY'}, 'rejectedTitle', 'rejectedRetryBody'],
          [{status: 'cancelled', retryable: true, code: 'popup-closed'}, 'cancelledTitle', 'cancelledBody'],
          [{status: 'cancelled', retryable: false, code: 'revoked'}, 'cancelledTitle', 'contactSupport'],
          [{status: 'expired', retryable: true, code: 'J040412'}, 'expiredTitle', 'expiredBody'],
          [{status: 'expired', retryable: false}, 'expiredTitle', 'contactSupport'],
          // Provider error codes: retryable or not; the provider's English message is never shown.
          [{status: 'error', retryable: true, code: '9100', message: 'Error occurred on our server.'}, 'errorTitle', 'errorBody'],
          [{status: 'error', retryable: false, code: 'fail', message: 'Verification failed'}, 'errorTitle', 'errorFinalBody'],
          [{status: 'error', retryable: true, code: 'provider-unavailable', message: 'Not the backend: source is "status"', source: 'status'}, 'errorTitle', 'errorBody'],
        ];
        for (const [extra, heading, body] of cases) {
          const v = await view(result(extra), locale);
          expect(v.heading, JSON.stringify(extra)).to.equal(text[heading]);
          expect(v.body, JSON.stringify(extra)).to.equal(text[body]);
          expect(v.retry, JSON.stringify(extra)).to.equal(!!extra.retryable);
          // Only errors carry the code, as small print.
          expect(v.code, JSON.stringify(extra)).to.equal(extra.status === 'error' ? codeLine(text, extra.code!) : null);
        }
      });

      it(`explains a camera error and offers the phone (${locale})`, async () => {
        const v = await view(result({code: 'H000000'}), locale, true);
        expect(v.body).to.equal(text.errorCameraBody);
        expect(v.code).to.equal(codeLine(text, 'H000000'));
      });
    }
  });

  describe('the done view', () => {
    it('has a success icon (hidden from assistive tech), a clear headline and what happens next', async () => {
      const {el} = await mount(scenarios.completed);
      await clickPart(el, 'start-button');
      await waitUntil(() => el.getAttribute('state') === 'done' && part(el, 'end'), 'no done view', WAIT);
      const icon = part(el, 'icon')!;
      const svg = icon.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'end')!.dataset.tone).to.equal('success');
      expect(icon.getBoundingClientRect().width).to.be.at.least(32);
      expect(textOf(el, 'heading')).to.equal('Verification submitted');
      expect(textOf(el, 'body')).to.match(/will let you know/);
      expect(part(el, 'code')).to.equal(null);
      // The success colour is not the error colour.
      expect(getComputedStyle(icon).color).to.not.equal(getComputedStyle(part(el, 'end')!).getPropertyValue('--kyc-verify-error'));
    });

    it('stays replaceable through the done slot and restylable through its parts', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .themed::part(icon) { display: none; }
          .themed::part(heading) { font-size: 2rem; }
        </style>
        <kyc-verify class="themed" .fetcher=${scenarios.completed}></kyc-verify>
        <kyc-verify class="slotted" .fetcher=${scenarios.completed}><p slot="done">All set</p></kyc-verify>
      </div>`);
      const [themed, slotted] = [...wrapper.querySelectorAll('kyc-verify')];
      themed.start();
      slotted.start();
      await waitUntil(() => part(themed, 'end') && slotted.getAttribute('state') === 'done', 'no done views', WAIT);
      expect(getComputedStyle(part(themed, 'icon')!).display).to.equal('none');
      expect(getComputedStyle(part(themed, 'heading')!).fontSize).to.equal('32px');
      const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="done"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['All set']);
    });
  });

  describe('one primary action', () => {
    it('makes "Continue on your phone" primary and "Try again" secondary after a camera error', async () => {
      const {el, log} = await mount(scenarios.noCamera);
      await clickPart(el, 'start-button');
      await waitUntil(() => part(el, 'phone-button'), 'no phone button', WAIT);
      const phone = part(el, 'phone-button')!;
      const retry = part(el, 'retry-button')!;
      expect(phone.classList.contains('secondary')).to.equal(false);
      expect(retry.classList.contains('secondary')).to.equal(true);
      expect(getComputedStyle(retry).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(phone).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      // Primary first (reading order), and side by side or stacked, never the same look.
      expect(phone.compareDocumentPosition(retry) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(textOf(el, 'body')).to.equal(stringsFor('en').errorCameraBody);

      // A real click on the secondary action starts a new attempt.
      await clickPart(el, 'retry-button');
      await waitUntil(() => log.starts.length === 2, 'retry did not start a new attempt', WAIT);
    });

    it('"Continue on your phone" (a real click) starts the QR hand-off', async () => {
      const {el, log} = await mount(scenarios.noCamera);
      await clickPart(el, 'start-button');
      await clickPart(el, 'phone-button');
      await waitUntil(() => log.ready.some((r) => r.mode === 'qr'), 'no QR attempt', WAIT);
    });

    const primaries = (el: KycVerifyElement) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('.end button')].filter((b) => getComputedStyle(b).backgroundColor !== 'rgba(0, 0, 0, 0)');

    for (const scenario of ['backendDown', 'expired', 'noCamera', 'completed', 'unsafeLink'] as ScenarioName[]) {
      it(`has at most one filled button (${scenario})`, async () => {
        const {el} = await mount(scenarios[scenario]);
        await clickPart(el, 'start-button');
        await waitUntil(() => part(el, 'end') && el.getAttribute('state') !== 'active', 'no end view', WAIT);
        if (scenario === 'noCamera') await waitUntil(() => part(el, 'phone-button'), 'no phone button', WAIT);
        expect(primaries(el).length).to.be.at.most(1);
      });
    }
  });
});

describe('Light and dark pages (issue 11 item 4)', function () {
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({colorScheme: 'light'});
  });

  const VIEWS: Array<{name: string; scenario: ScenarioName; cancel?: boolean; wait?: string}> = [
    {name: 'done', scenario: 'completed'},
    {name: 'retryable backend error', scenario: 'backendDown', wait: 'retry-button'},
    {name: 'error, not retryable', scenario: 'unsafeLink'},
    {name: 'expired', scenario: 'expired', wait: 'retry-button'},
    {name: 'camera error', scenario: 'noCamera', wait: 'phone-button'},
    {name: 'cancelled', scenario: 'pending', cancel: true, wait: 'retry-button'},
  ];

  async function endView(view: (typeof VIEWS)[number], theme: Theme, locale = 'en') {
    const {el, wrapper} = await mount(scenarios[view.scenario], {locale, theme});
    await clickPart(el, 'start-button');
    if (view.cancel) {
      await waitUntil(() => el.getAttribute('state') === 'loading', 'not loading', WAIT);
      el.cancel();
    }
    await waitUntil(() => part(el, 'end') && el.getAttribute('state') !== 'active', 'no end view', WAIT);
    if (view.wait) await waitUntil(() => part(el, view.wait!), `no ${view.wait}`, WAIT);
    await el.updateComplete;
    return {el, wrapper};
  }

  for (const theme of Object.keys(THEMES) as Theme[]) {
    for (const view of VIEWS) {
      it(`${view.name}: axe on a ${theme} page`, async () => {
        const {el} = await endView(view, theme);
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const view of VIEWS.slice(0, 2)) {
    it(`${view.name}: axe in the dark scheme the user prefers (page declares color-scheme: light dark)`, async () => {
      await emulateMedia({colorScheme: 'dark'});
      const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 1rem">
        <kyc-verify .fetcher=${scenarios[view.scenario]}></kyc-verify>
      </div>`);
      const el = wrapper.querySelector('kyc-verify')!;
      await clickPart(el, 'start-button');
      await waitUntil(() => part(el, 'end') && el.getAttribute('state') !== 'active', 'no end view', WAIT);
      if (view.wait) await waitUntil(() => part(el, view.wait!), `no ${view.wait}`, WAIT);
      // The dark accent, not the light one.
      const button = el.shadowRoot!.querySelector('.end button');
      if (button) expect(getComputedStyle(button).backgroundColor).to.equal('rgb(138, 180, 248)');
      await expect(el).to.be.accessible();
    });
  }

  it('keeps axe happy right to left on a dark page, the primary action first (on the right)', async () => {
    const {el} = await endView(VIEWS[4], 'dark', 'ar');
    await expect(el).to.be.accessible();
    const phone = part(el, 'phone-button')!.getBoundingClientRect();
    const retry = part(el, 'retry-button')!.getBoundingClientRect();
    if (Math.abs(phone.top - retry.top) < 1) expect(phone.left).to.be.greaterThan(retry.right - 1);
  });

  it('draws the loading layer in the page scheme (never white on a dark page)', async () => {
    for (const theme of ['light', 'dark'] as Theme[]) {
      const {el} = await mount(scenarios.pending, {theme});
      // The layer's own styles, on a probe in the element's tree (the real layer only lives until the flow loads).
      const probe = document.createElement('p');
      probe.className = 'flow-loading';
      probe.textContent = 'Loading';
      el.shadowRoot!.querySelector('.root')!.append(probe);
      const {backgroundColor, color} = getComputedStyle(probe);
      probe.remove();
      if (theme === 'light') expect(backgroundColor).to.equal('rgb(255, 255, 255)');
      else {
        expect(backgroundColor).to.not.equal('rgb(255, 255, 255)');
        expect(luminance(backgroundColor)).to.be.below(0.05);
        expect(luminance(color)).to.be.above(0.8);
      }
    }
  });

  it('shows a visible focus ring on a dark page (3:1 against the background)', async () => {
    for (const theme of ['light', 'dark', 'dark, no color-scheme'] as Theme[]) {
      const {el, wrapper} = await endView(VIEWS[1], theme);
      // The ring's colour, as the element's :focus-visible rule resolves it for a button.
      const probe = document.createElement('button');
      probe.style.outlineColor = 'var(--_focus)';
      part(el, 'actions')!.append(probe);
      const ring = getComputedStyle(probe).outlineColor;
      probe.remove();
      expect(contrast(ring, getComputedStyle(wrapper).backgroundColor), `${theme}: ${ring}`).to.be.at.least(3);
    }
  });

  describe('fonts', () => {
    it("uses the page's font when it has one", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif"><kyc-verify></kyc-verify></div>`);
      const el = wrapper.querySelector('kyc-verify')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'start-button')!).fontFamily).to.equal('Georgia, serif');
    });

    it("uses the system's UI font instead of the browser's default serif", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-family: initial"><kyc-verify></kyc-verify></div>`);
      const el = wrapper.querySelector('kyc-verify')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'start-button')!).fontFamily).to.match(/^system-ui/);
    });

    it('lets --kyc-verify-font choose', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-family: initial; --kyc-verify-font: monospace"><kyc-verify></kyc-verify></div>`);
      const el = wrapper.querySelector('kyc-verify')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'start-button')!).fontFamily).to.equal('monospace');
    });
  });
});

/** For people: PNGs of every end view in test/screenshots/end-*.png (light/dark, narrow/wide). */
describe('End view screenshots', function () {
  this.timeout(60000);
  const VIEWS: Array<[string, ScenarioName, string?]> = [
    ['done', 'completed'],
    ['backend-error', 'backendDown', 'retry-button'],
    ['unsafe', 'unsafeLink'],
    ['expired', 'expired', 'retry-button'],
    ['camera', 'noCamera', 'phone-button'],
  ];
  after(() => setViewport({width: 800, height: 600}));

  for (const width of [360, 800]) {
    for (const theme of (width === 360 ? Object.keys(THEMES) : ['light', 'dark']) as Theme[]) {
      it(`${theme}, ${width}px`, async () => {
        await setViewport({width, height: 900});
        for (const [name, scenario, wait] of VIEWS) {
          const {el, wrapper} = await mount(scenarios[scenario], {theme, locale: name === 'camera' && theme === 'dark' ? 'de' : 'en'});
          await clickPart(el, 'start-button');
          await waitUntil(() => part(el, 'end') && el.getAttribute('state') !== 'active', 'no end view', WAIT);
          if (wait) await waitUntil(() => part(el, wait), `no ${wait}`, WAIT);
          (document.activeElement as HTMLElement | null)?.blur();
          await el.updateComplete;
          window.scrollTo(0, 0);
          const box = wrapper.getBoundingClientRect();
          const clip = {x: Math.round(box.left), y: Math.round(box.top + window.scrollY), width: Math.round(box.width), height: Math.round(box.height)};
          await executeServerCommand('element-screenshot', {...clip, name: `end-${name}-${theme.replace(/\W+/g, '-')}-${width}`});
          wrapper.remove();
        }
      });
    }
  }
});

describe('Unstyled page screenshot', () => {
  it('uses the system UI font where the page left the browser default (test/screenshots/end-done-unstyled.png)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="font-family: initial; padding: 1rem; width: 360px"><kyc-verify .fetcher=${scenarios.completed}></kyc-verify></div>`);
    const el = wrapper.querySelector('kyc-verify')!;
    await clickPart(el, 'start-button');
    await waitUntil(() => el.getAttribute('state') === 'done' && part(el, 'end'), 'no done view', WAIT);
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    const box = wrapper.getBoundingClientRect();
    await executeServerCommand('element-screenshot', {x: Math.round(box.left), y: Math.round(box.top + window.scrollY), width: Math.round(box.width), height: Math.round(box.height), name: 'end-done-unstyled'});
    expect(getComputedStyle(part(el, 'heading')!).fontFamily).to.match(/^system-ui/);
  });
});

// ---- contrast helpers (WCAG 2 relative luminance) ----

function rgb(value: string): [number, number, number] {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function luminance(value: string): number {
  const [r, g, b] = rgb(value).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

