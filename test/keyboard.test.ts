/**
 * SPEC §1 "works with the keyboard alone" (issue 9 item 5): from the page's tab order to a result and
 * "Try again" with Tab and Enter only, each state change announced once in the polite live region,
 * and `prefers-reduced-motion` honoured by the loading indicator.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {textsFor as stringsFor} from '../src/locales/all.js';
import {fetcherFrom} from './helpers.js';

const focusedPart = (el: KycVerifyElement) => el.shadowRoot!.activeElement?.getAttribute('part') ?? null;

describe('Keyboard alone', function () {
  this.timeout(20000);

  afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

  it('Tab reaches the start button, Enter starts, focus lands on the result, Tab + Enter tries again', async () => {
    let n = 0;
    const {fetcher, calls} = fetcherFrom(() =>
      ++n === 1 ? {error: {code: 'busy', message: 'Busy', retryable: true}} : new Promise(() => undefined),
    );
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">Before</button><kyc-verify locale="en" .fetcher=${fetcher}></kyc-verify></div>`);
    const el = wrapper.querySelector('kyc-verify')!;
    const live = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const announced: string[] = [];
    new MutationObserver(() => {
      const text = live.textContent!.trim();
      if (text && text !== announced[announced.length - 1]) announced.push(text);
    }).observe(live, {childList: true, characterData: true, subtree: true});

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(document.activeElement).to.equal(el);
    expect(focusedPart(el)).to.equal('start-button');

    await sendKeys({press: 'Enter'});
    await waitUntil(() => el.state === 'failed', `state ${el.state}`, {timeout: 8000});
    await waitUntil(() => focusedPart(el) === 'heading', `focus on ${focusedPart(el)}`);

    await sendKeys({press: 'Tab'});
    expect(focusedPart(el)).to.equal('retry-button');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => calls.length === 2, 'no second attempt', {timeout: 8000});
    expect(el.state).to.equal('loading');

    const text = stringsFor('en');
    expect(announced).to.deep.equal([text.announceLoading, text.errorTitle, text.announceLoading]);
  });

  it('honours prefers-reduced-motion: no spinning loading indicator', async () => {
    const pending = () => new Promise<never>(() => undefined);
    const spin = async () => {
      const el = await fixture<KycVerifyElement>(html`<kyc-verify .fetcher=${pending}></kyc-verify>`);
      el.start();
      await waitUntil(() => el.shadowRoot!.querySelector('.loading'), 'not loading');
      return getComputedStyle(el.shadowRoot!.querySelector('.loading')!, '::after').animationName;
    };
    await emulateMedia({reducedMotion: 'no-preference'});
    expect(await spin()).to.equal('spin');
    await emulateMedia({reducedMotion: 'reduce'});
    expect(await spin()).to.equal('none');
  });
});
