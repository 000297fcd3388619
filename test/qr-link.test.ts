/**
 * SPEC §3 qr mode, for people who cannot scan (issue 9 items 5 and 6): the link under the code as
 * selectable text and a "Copy link" button. The clipboard is stubbed on `navigator` (a headless page
 * cannot be granted it, and reading it back would need a permission prompt): the stub records what
 * was written. Clicks are the browser's own pointer (`sendMouse`), keys its own keyboard (`sendKeys`).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {textsFor} from '../src/locales/all.js';
import type {KycFetcher} from '../src/types.js';
import {useFakeClock, type FakeClock} from './fake-clock.js';
import {waitUntilFound} from './pointer.js';
import {EventLog, fetcherFrom, waitUntil} from './helpers.js';

const READY = {timeout: 5000};
const LINK = 'https://verify.example/flow/abc-123?lang=en&token=bearer-secret-42';
/** A long link of one "word", as providers' links are: it must wrap, not overflow. */
const LONG_LINK = `https://verify.example/flow/${'a1b2c3d4e5'.repeat(16)}?token=${'Zz9'.repeat(20)}`;

const part = (el: KycVerifyElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const linkText = (el: KycVerifyElement) => part(el, 'qr-link')!;
const notice = (el: KycVerifyElement) => el.shadowRoot!.querySelector<HTMLElement>('.qr-notice')!;

/** Replaces `navigator.clipboard` (an accessor of `Navigator.prototype`) with an own property of `navigator`. */
function stubClipboard(clipboard: {writeText(text: string): Promise<void>} | undefined) {
  Object.defineProperty(navigator, 'clipboard', {value: clipboard, configurable: true});
  return () => delete (navigator as unknown as Record<string, unknown>).clipboard;
}

function recordingClipboard(answer: (text: string) => Promise<void> = () => Promise.resolve()) {
  const written: string[] = [];
  const restore = stubClipboard({
    writeText(text: string) {
      written.push(text);
      return answer(text);
    },
  });
  return {written, restore};
}

/** Every text the live region took, each change once (as a screen reader hears a polite region). */
function announcements(region: Element) {
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text && text !== heard[heard.length - 1]) heard.push(text);
  });
  observer.observe(region, {childList: true, characterData: true, subtree: true});
  return {heard, stop: () => observer.disconnect()};
}

async function clickPart(el: KycVerifyElement, name: string) {
  const target = await waitUntilFound(() => part(el, name));
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
}

/** A QR attempt of `link`, in a wrapper with `style`, on screen (`kyc-ready`). */
async function showQr(options: {link?: string; style?: string; locale?: string; fetcher?: KycFetcher} = {}) {
  const link = options.link ?? LINK;
  const {fetcher} = fetcherFrom((request) =>
    request.purpose === 'status' ? {status: 'pending'} : {provider: 'generic', url: link, statusUrl: '/s', expiresAt: Date.now() + 10 * 60_000},
  );
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${options.style ?? 'padding: 1rem'}><kyc-verify mode="qr" locale=${options.locale ?? 'en'} .fetcher=${options.fetcher ?? fetcher}></kyc-verify></div>`,
  );
  const el = wrapper.querySelector('kyc-verify')!;
  const log = new EventLog(el);
  el.start();
  await waitUntil(() => log.ready.length === 1, 'QR not ready', READY);
  await el.updateComplete;
  return {el, log, wrapper};
}

/** The text the page's selection holds (a selection inside a shadow root reads through the document's). */
const selectedText = () => document.getSelection()?.toString() ?? '';

describe('SPEC §3 qr mode: the link as text, with "Copy link"', function () {
  this.timeout(20000);
  let clock: FakeClock;
  // Polling and the countdown run on a fake clock: nothing happens unless a test moves time.
  useFakeClock((installed) => (clock = installed));
  let restore: (() => unknown) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    document.getSelection()?.removeAllRanges();
  });

  it('shows the link under the code as selectable, left-to-right text, with a "Copy link" button', async () => {
    const {el} = await showQr();
    const text = textsFor('en');
    const link = linkText(el);
    expect(link.textContent!.trim()).to.equal(LINK);
    expect(link.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(link).userSelect).to.equal('all');
    // Under the code, before the button.
    expect(part(el, 'qr-code')!.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const button = part(el, 'qr-copy-button')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    expect(button.textContent!.trim()).to.equal(text.qrCopyLink);
    expect(link.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(el.shadowRoot!.querySelector('.qr')!.textContent).to.contain(text.qrLinkLabel);
    el.cancel();
  });

  it('a real click copies the exact link and announces "Link copied" once in the live region', async () => {
    const clipboard = recordingClipboard();
    restore = clipboard.restore;
    const {el} = await showQr();
    const region = notice(el);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim()).to.equal('');
    const heard = announcements(region);
    await clickPart(el, 'qr-copy-button');
    await waitUntil(() => clipboard.written.length === 1, 'nothing written to the clipboard');
    expect(clipboard.written).to.deep.equal([LINK]);
    const copied = textsFor('en').qrLinkCopied;
    await waitUntil(() => region.textContent!.trim() === copied, `live region says "${region.textContent}"`);
    // The countdown redraws the view every second: the announcement is not repeated.
    await clock.tick(3000);
    await el.updateComplete;
    heard.stop();
    expect(heard.heard).to.deep.equal([copied]);
    // Said in one live region only (not also in the element's own).
    const regions = [...el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')].filter((node) => node.textContent!.includes(copied));
    expect(regions).to.have.length(1);
    // Nothing is selected after a copy that worked.
    expect(selectedText()).to.equal('');
    el.cancel();
  });

  it('when the clipboard refuses, selects the link text and shows a hint to copy it by hand', async () => {
    const clipboard = recordingClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    restore = clipboard.restore;
    const {el} = await showQr();
    const heard = announcements(notice(el));
    await clickPart(el, 'qr-copy-button');
    const hint = textsFor('en').qrCopyFailed;
    await waitUntil(() => notice(el).textContent!.trim() === hint, 'no hint');
    expect(clipboard.written).to.deep.equal([LINK]);
    expect(selectedText()).to.equal(LINK);
    // Visible, not only announced.
    const box = notice(el).getBoundingClientRect();
    expect(box.width).to.be.greaterThan(10);
    expect(box.height).to.be.greaterThan(10);
    expect(getComputedStyle(notice(el)).visibility).to.equal('visible');
    heard.stop();
    expect(heard.heard).to.deep.equal([hint]);
    el.cancel();
  });

  it('without a Clipboard API (a page not served over HTTPS), selects the link and shows the hint', async () => {
    restore = stubClipboard(undefined);
    const {el, log} = await showQr();
    await clickPart(el, 'qr-copy-button');
    await waitUntil(() => notice(el).textContent!.trim() === textsFor('en').qrCopyFailed, 'no hint');
    expect(selectedText()).to.equal(LINK);
    // The attempt goes on.
    expect(el.state).to.equal('active');
    expect(log.results).to.have.length(0);
    el.cancel();
  });

  it('is reached with Tab from the instructions and copies with Enter and with Space', async () => {
    const clipboard = recordingClipboard();
    restore = clipboard.restore;
    const {el} = await showQr();
    // `start()` counts as the user's: focus is on the instructions.
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.qr-instructions'));
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('qr-copy-button');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => clipboard.written.length === 1, 'Enter did not copy');
    await sendKeys({press: 'Space'});
    await waitUntil(() => clipboard.written.length === 2, 'Space did not copy');
    expect(clipboard.written).to.deep.equal([LINK, LINK]);
    await waitUntil(() => notice(el).textContent!.trim() === textsFor('en').qrLinkCopied, 'not announced');
    // The next stop is "Open on this device instead".
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('open-here');
    el.cancel();
  });

  it('puts the link nowhere else: no attribute but the "open here" href, no accessible name, no console output', async () => {
    const calls: unknown[][] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const saved = methods.map((method) => console[method]);
    methods.forEach((method) => (console[method] = (...args: unknown[]) => void calls.push(args)));
    try {
      let fail = false;
      const clipboard = recordingClipboard(() => (fail ? Promise.reject(new Error('denied')) : Promise.resolve()));
      restore = clipboard.restore;
      const {el} = await showQr();
      await clickPart(el, 'qr-copy-button');
      await waitUntil(() => notice(el).textContent!.trim() === textsFor('en').qrLinkCopied, 'not copied');
      fail = true;
      await clickPart(el, 'qr-copy-button');
      await waitUntil(() => notice(el).textContent!.trim() === textsFor('en').qrCopyFailed, 'no hint');
      const carriers: string[] = [];
      for (const node of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
        for (const attribute of node.attributes) {
          if (attribute.value.includes('bearer-secret-42') && !(node.matches('a[part~="open-here"]') && attribute.name === 'href')) {
            carriers.push(`${node.localName}[${attribute.name}]`);
          }
        }
      }
      expect(carriers).to.deep.equal([]);
      expect(el.outerHTML).to.not.contain('bearer-secret-42');
      expect(JSON.stringify(calls.map((args) => args.map(String)))).to.not.contain('bearer-secret-42');
      // Shown once as text (the code and the href carry it too, as before).
      const shown = [...el.shadowRoot!.querySelectorAll('.qr *')].filter((node) => node.children.length === 0 && node.textContent!.includes('bearer-secret-42'));
      expect(shown).to.deep.equal([linkText(el)]);
      el.cancel();
    } finally {
      methods.forEach((method, i) => (console[method] = saved[i]));
    }
  });

  it('a renewed link replaces the text; "The code was renewed." takes the live region', async () => {
    let sessions = 0;
    const {fetcher} = fetcherFrom((request) =>
      request.purpose === 'status'
        ? {status: 'pending'}
        : {provider: 'generic', url: `${LINK}&n=${sessions++}`, statusUrl: '/s', expiresAt: clock.now() + 60_000},
    );
    const clipboard = recordingClipboard();
    restore = clipboard.restore;
    const {el, log} = await showQr({fetcher});
    await clickPart(el, 'qr-copy-button');
    await waitUntil(() => notice(el).textContent!.trim() === textsFor('en').qrLinkCopied, 'not copied');
    await clock.tick(30_000);
    await waitUntil(() => log.progress.some((p) => p.step === 'link-renewed'), 'not renewed');
    await el.updateComplete;
    expect(linkText(el).textContent!.trim()).to.equal(`${LINK}&n=1`);
    expect(notice(el).textContent!.trim()).to.equal(textsFor('en').qrRenewed);
    await clickPart(el, 'qr-copy-button');
    await waitUntil(() => clipboard.written.length === 2, 'not copied again');
    expect(clipboard.written).to.deep.equal([`${LINK}&n=0`, `${LINK}&n=1`]);
    el.cancel();
  });

  it('a long link wraps inside a 320 px element, right to left too: nothing overflows', async () => {
    for (const locale of ['en', 'ar']) {
      const {el, wrapper} = await showQr({link: LONG_LINK, locale, style: 'width: 320px; box-sizing: border-box; padding: 0.5rem'});
      const link = linkText(el);
      const host = el.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      expect(box.left, locale).to.be.at.least(host.left - 0.5);
      expect(box.right, locale).to.be.at.most(host.right + 0.5);
      expect(link.scrollWidth, locale).to.be.at.most(link.clientWidth + 1);
      expect(el.scrollWidth, locale).to.be.at.most(el.clientWidth + 1);
      // It did wrap: several lines.
      expect(box.height, locale).to.be.greaterThan(parseFloat(getComputedStyle(link).fontSize) * 2.5);
      for (const name of ['qr-copy-button', 'open-here']) {
        const control = part(el, name)!.getBoundingClientRect();
        expect(control.right, `${locale} ${name}`).to.be.at.most(host.right + 0.5);
        expect(control.left, `${locale} ${name}`).to.be.at.least(host.left - 0.5);
      }
      el.cancel();
      wrapper.remove();
    }
  });
});

const THEMES = {
  light: 'background: #fff; color: #1b1b1b',
  dark: 'background: #121212; color: #eee; color-scheme: dark',
} as const;

describe('The QR view with the link: axe, and screenshots for people', function () {
  this.timeout(60000);
  useFakeClock();
  let restore: (() => unknown) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    document.getSelection()?.removeAllRanges();
  });
  after(() => setViewport({width: 800, height: 600}));

  for (const theme of Object.keys(THEMES) as Array<keyof typeof THEMES>) {
    for (const locale of ['en', 'ar']) {
      it(`passes axe with the link, after "Link copied" and with the hint: ${locale === 'ar' ? 'RTL' : 'LTR'}, ${theme}`, async () => {
        let fail = false;
        const clipboard = recordingClipboard(() => (fail ? Promise.reject(new Error('denied')) : Promise.resolve()));
        restore = clipboard.restore;
        const {el} = await showQr({locale, style: `${THEMES[theme]}; padding: 1rem`});
        await el.texts();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        expect(part(el, 'qr-copy-button')!.textContent!.trim()).to.equal(textsFor(locale).qrCopyLink);
        await expect(el).to.be.accessible();
        await clickPart(el, 'qr-copy-button');
        await waitUntil(() => notice(el).textContent!.trim() === textsFor(locale).qrLinkCopied, 'not copied');
        await expect(el).to.be.accessible();
        fail = true;
        await clickPart(el, 'qr-copy-button');
        await waitUntil(() => notice(el).textContent!.trim() === textsFor(locale).qrCopyFailed, 'no hint');
        await expect(el).to.be.accessible();
        el.cancel();
      });
    }
  }

  // test/screenshots/qr-link-<state>-<theme>-<locale>-<width>.png: "Link copied" with a link of usual
  // length, and the hint with a long link, selected.
  for (const width of [320, 800]) {
    it(`screenshots at ${width} px (light and dark, en and ar)`, async () => {
      await setViewport({width, height: 1000});
      for (const theme of Object.keys(THEMES) as Array<keyof typeof THEMES>) {
        for (const locale of ['en', 'ar']) {
          for (const state of ['copied', 'failed'] as const) {
            restore = stubClipboard({writeText: () => (state === 'copied' ? Promise.resolve() : Promise.reject(new Error('denied')))});
            const link = state === 'copied' ? LINK : LONG_LINK;
            const {el, wrapper} = await showQr({link, locale, style: `${THEMES[theme]}; padding: 1rem; box-sizing: border-box; width: ${width}px`});
            await el.texts();
            await el.updateComplete;
            await clickPart(el, 'qr-copy-button');
            const texts = textsFor(locale);
            await waitUntil(() => notice(el).textContent!.trim() === (state === 'copied' ? texts.qrLinkCopied : texts.qrCopyFailed), `not ${state}`);
            (document.activeElement as HTMLElement | null)?.blur();
            window.scrollTo(0, 0);
            const box = wrapper.getBoundingClientRect();
            const clip = {x: Math.round(box.left), y: Math.round(box.top + window.scrollY), width: Math.round(box.width), height: Math.round(box.height)};
            await executeServerCommand('element-screenshot', {...clip, name: `qr-link-${state}-${theme}-${locale}-${width}`});
            el.cancel();
            wrapper.remove();
            restore();
            restore = undefined;
          }
        }
      }
    });
  }
});
