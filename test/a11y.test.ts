/**
 * SPEC §1 "Look, feel and accessibility" (issue 9 item 5): axe (`to.be.accessible()`) in every state
 * the element shows, left to right (en) and right to left (ar), on a light and on a dark host page.
 * The states come from the Storybook fixtures, plus the QR view and the popup's blocked and closed views.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/define.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import type {KycFetcher} from '../src/types.js';
import {renderKyc} from '../stories/kyc-verify.stories.js';
import type {ScenarioName} from '../stories/fixtures.js';

(globalThis as {KYC_SIM_BASE?: string}).KYC_SIM_BASE = '/demo/sim/';

const STATES: Array<{name: string; scenario: ScenarioName; action?: 'start' | 'cancel'; state: string; part?: string}> = [
  {name: 'idle', scenario: 'interactive', state: 'idle', part: 'start-button'},
  {name: 'loading', scenario: 'pending', action: 'start', state: 'loading'},
  {name: 'iframe flow', scenario: 'interactive', action: 'start', state: 'active', part: 'frame'},
  {name: 'done', scenario: 'completed', action: 'start', state: 'done', part: 'heading'},
  {name: 'retryable error', scenario: 'backendDown', action: 'start', state: 'failed', part: 'retry-button'},
  {name: 'error, not retryable', scenario: 'unsafeLink', action: 'start', state: 'failed', part: 'heading'},
  {name: 'expired', scenario: 'expired', action: 'start', state: 'failed', part: 'retry-button'},
  {name: 'camera error (continue on phone)', scenario: 'noCamera', action: 'start', state: 'failed', part: 'phone-button'},
  {name: 'cancelled', scenario: 'pending', action: 'cancel', state: 'failed', part: 'retry-button'},
];

/**
 * A host page theme: the element inherits its text colour and sits on the page's background. `dark`
 * relies on the defaults alone (issue 11 item 4: colours derived from the text colour, `light-dark()`
 * for surfaces); `dark, custom properties` sets the documented custom properties as the README's
 * theming example does.
 */
const THEMES = {
  light: 'background: #fff; color: #1b1b1b',
  dark: 'background: #121212; color: #eee; color-scheme: dark',
  'dark, custom properties':
    'background: #121212; color: #eee; color-scheme: dark; --kyc-verify-accent: #8ab4f8; --kyc-verify-on-accent: #0b1b3a; ' +
    '--kyc-verify-muted: #c4c4c4; --kyc-verify-surface: #121212; --kyc-verify-focus-ring: #8ab4f8',
} as const;

const host = (theme: keyof typeof THEMES, content: TemplateResult) =>
  fixture<HTMLElement>(html`<div style="${THEMES[theme]}; padding: 1rem">${content}</div>`).then((wrapper) => wrapper.querySelector('kyc-verify') as KycVerifyElement);

const part = (el: KycVerifyElement, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('Accessibility in every state (axe)', function () {
  this.timeout(20000);

  for (const theme of Object.keys(THEMES) as Array<keyof typeof THEMES>) {
    for (const locale of ['en', 'ar']) {
      for (const {name, scenario, action, state, part: expectedPart} of STATES) {
        it(`${name}, ${locale === 'ar' ? 'RTL' : 'LTR'}, ${theme}`, async () => {
          const el = await host(theme, renderKyc({scenario, locale, autostart: false, action}));
          await waitUntil(() => el.getAttribute('state') === state, `state stays ${el.getAttribute('state')}`, {timeout: 8000});
          if (expectedPart) await waitUntil(() => part(el, expectedPart), `no ${expectedPart}`, {timeout: 8000});
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }

      it(`QR view, ${locale === 'ar' ? 'RTL' : 'LTR'}, ${theme}`, async () => {
        const fetcher: KycFetcher = async () => ({provider: 'generic', url: 'https://verify.example/flow/qr-1', expiresAt: Date.now() + 600_000});
        const el = await host(theme, html`<kyc-verify mode="qr" locale=${locale} .fetcher=${fetcher}></kyc-verify>`);
        el.start();
        await waitUntil(() => part(el, 'qr-code'), 'no QR code', {timeout: 8000});
        await el.updateComplete;
        // The link as text and "Copy link" are part of the view (test/qr-link.test.ts audits them after a copy too).
        expect(part(el, 'qr-link')?.textContent).to.equal('https://verify.example/flow/qr-1');
        expect(part(el, 'qr-copy-button')).to.exist;
        await expect(el).to.be.accessible();
      });

      for (const view of ['blocked', 'closed'] as const) {
        it(`popup ${view}, ${locale === 'ar' ? 'RTL' : 'LTR'}, ${theme}`, async () => {
          const original = window.open;
          const win = {closed: false, location: {replace() {}}, close() {}, focus() {}};
          window.open = (() => (view === 'blocked' ? null : win)) as unknown as typeof window.open;
          try {
            const fetcher: KycFetcher = async () => ({provider: 'generic', url: 'https://verify.example/flow/popup-1'});
            const el = await host(theme, html`<kyc-verify mode="popup" locale=${locale} .fetcher=${fetcher}></kyc-verify>`);
            el.start();
            if (view === 'closed') {
              await waitUntil(() => el.state === 'active', 'not active', {timeout: 8000});
              win.closed = true;
            }
            await waitUntil(() => part(el, view === 'blocked' ? 'open-button' : 'reopen-button'), `no ${view} view`, {timeout: 8000});
            await el.updateComplete;
            await expect(el).to.be.accessible();
            el.cancel();
          } finally {
            window.open = original;
          }
        });
      }
    }
  }
});
