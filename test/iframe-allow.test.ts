/**
 * SPEC §3 `iframe` mode: the frame gets the provider's own `allow` list (no `allowfullscreen`
 * attribute: `fullscreen` in `allow` grants it, and Chrome warns when both are set), set by the mode
 * from the adapter; and one event order (`kyc-ready` before `flow-loaded`).
 */
import {expect} from '@open-wc/testing';
import type {BackendRequest} from '../src/types.js';
import {PROVIDERS, jumio, smile} from './fixtures/providers/index.js';
import {RETURN_PAGE, fetcherFrom, frameOf, html, mount, returnUrlOf, simLink, waitUntil} from './helpers.js';

/** Two providers' real answers: Jumio (which asks for `allowfullscreen` too) and Smile ID (which does not). */
const SHAPES = {
  jumio: (href: string) => jumio.session({href, accountId: 'acc-allow'}),
  smile: (href: string) => smile.session({href, refId: 'ref-allow'}),
};

// Every provider's list is unit-tested against its adapter (test/unit/sessions.test.ts); here, that
// iframe mode puts the adapter's list on the frame.
describe('SPEC §3 iframe mode: the frame carries the provider’s `allow` list', () => {
  for (const provider of Object.keys(SHAPES) as Array<keyof typeof SHAPES>) {
    const {frame: expected} = PROVIDERS[provider];
    it(`${provider}: allow="${expected.allow}"${expected.allowFullscreen ? ' plus allowfullscreen' : ', no allowfullscreen'}`, async () => {
      const {fetcher} = fetcherFrom(async (request: BackendRequest) => SHAPES[provider](await simLink('generic', returnUrlOf(request))));
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe" return-url=${RETURN_PAGE}></kyc-verify>`);
      el.start();
      await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 5000});
      const frame = frameOf(el)!;
      expect(log.ready[0].provider).to.equal(provider);
      expect(frame.getAttribute('allow')).to.equal(expected.allow);
      expect(frame.hasAttribute('allowfullscreen')).to.equal(expected.allowFullscreen);
      el.cancel();
    });
  }
});

describe('SPEC §1 events: one order in every mode', () => {
  it('a provider page that says `loaded` before the frame’s load event still gets kyc-ready first, then kyc-progress flow-loaded', async () => {
    const loaded = JSON.stringify({eventType: 510, payload: {value: 'loaded'}, workflowExecutionId: 'wfe-order'});
    const success = JSON.stringify({eventType: 510, payload: {value: 'success'}, workflowExecutionId: 'wfe-order'});
    const {fetcher} = fetcherFrom(async (request: BackendRequest) => ({web: {href: await simLink('jumio', returnUrlOf(request), [{post: loaded}, {wait: 50}, {post: success}])}}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
    el.start();
    await log.result(8000);
    expect(log.all).to.deep.equal(['kyc-start', 'kyc-ready', 'kyc-progress', 'kyc-result']);
    expect(log.progress[0].step).to.equal('flow-loaded');
    expect(log.ready).to.have.length(1);
  });
});
