/**
 * What a new user hits first (issue 11), driven with a real pointer: a blocked popup's fallback button
 * is clickable (no loading layer on top of it) and reaches the provider and a result.
 */
import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {fetcherFrom, html, mount, RETURN_PAGE, returnUrlOf, simLink, waitUntil} from './helpers.js';

const part = (el: KycVerifyElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The centre of an element, in viewport pixels. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

async function clickCentre(element: Element) {
  await sendMouse({type: 'click', position: centre(element)});
}

describe('SPEC §3 popup mode when the browser blocks the window', () => {
  it('"Open the verification" is on top (nothing covers it), and a real click on it reaches the provider and a result', async function () {
    this.timeout(30_000);
    const original = window.open;
    let calls = 0;
    const windows: Array<Window | null> = [];
    // The first window (opened in the start click's task) is blocked; the fallback button's is not.
    window.open = ((...args: Parameters<typeof window.open>) => {
      const win = calls++ === 0 ? null : original.apply(window, args);
      windows.push(win);
      return win;
    }) as typeof window.open;
    try {
      const {fetcher} = fetcherFrom(async (request) => ({provider: 'generic', url: await simLink('generic', returnUrlOf(request), [{wait: 100}, {redirect: {status: 'completed'}}])}));
      const {el, log} = await mount(html`<kyc-verify mode="popup" return-url=${RETURN_PAGE} .fetcher=${fetcher}></kyc-verify>`);
      await clickCentre(part(el, 'start-button')!);
      await waitUntil(() => part(el, 'open-button'), 'no fallback button', {timeout: 10000}).catch(() => {
        throw new Error(`no fallback button: ${el.state} ${JSON.stringify(log.results)} ${calls} ${el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 400)}`);
      });
      await el.updateComplete;
      const button = part(el, 'open-button')!;
      // What a pointer at the button's centre hits is the button itself, not a loading layer.
      const [x, y] = centre(button);
      expect(el.shadowRoot!.elementFromPoint(x, y)).to.equal(button);
      expect(el.shadowRoot!.querySelector('.flow-loading')).to.equal(null);
      expect(el.state).to.equal('active');
      await clickCentre(button);
      expect(calls).to.equal(2);
      expect(windows[1]).to.not.equal(null);
      const result = await log.result(8000);
      expect(result).to.include({status: 'completed', source: 'redirect'});
      expect(log.results).to.have.length(1);
      await waitUntil(() => windows[1]!.closed, 'the popup stayed open', {timeout: 5000});
    } finally {
      window.open = original;
    }
  });
});

describe('SPEC §1 focus: moved only when the user is with the element', () => {
  it('a result while the user types elsewhere on the page leaves their focus alone and is announced', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    try {
      let answer: (value: unknown) => void = () => undefined;
      const {fetcher} = fetcherFrom((request) =>
        request.purpose === 'session' ? {provider: 'generic', url: 'https://verify.example/flow'} : new Promise((resolve) => (answer = resolve)),
      );
      const {el, log} = await mount(html`<kyc-verify mode="iframe" .fetcher=${fetcher}></kyc-verify>`);
      await clickCentre(part(el, 'start-button')!);
      await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 10000});
      // The user moves on to the page's own form.
      await clickCentre(input);
      expect(document.activeElement).to.equal(input);
      el.cancel(); // e.g. the host ends it while the user types
      await el.updateComplete;
      expect(document.activeElement).to.equal(input);
      expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.equal('Verification cancelled');
      answer(undefined);
    } finally {
      input.remove();
    }
  });

  it('a result after the user clicked start, with focus still in the element, moves focus to the end view', async () => {
    const {fetcher} = fetcherFrom(() => ({error: {code: 'kyc-disabled', message: 'KYC is off', retryable: true}}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    await clickCentre(part(el, 'start-button')!);
    await log.result(10000);
    await el.updateComplete;
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'heading'));
  });
});

describe('SPEC §6 size: a page loads only its own language', () => {
  it('an English page loads no catalog; a Dutch page loads the Dutch one alone, then speaks Dutch', async () => {
    const catalogs = () => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/src/locales/'));
    const en = await fixtureOf('en');
    await en.texts();
    expect(catalogs()).to.deep.equal([]);
    const nl = await fixtureOf('nl-BE');
    await nl.texts();
    await nl.updateComplete;
    expect(catalogs().map((name) => new URL(name).pathname)).to.deep.equal(['/src/locales/nl.ts']);
    expect(part(nl, 'start-button')!.textContent!.trim()).to.equal('Verifieer je identiteit');
  });
});

async function fixtureOf(locale: string) {
  const {el} = await mount(html`<kyc-verify locale=${locale}></kyc-verify>`);
  return el;
}
