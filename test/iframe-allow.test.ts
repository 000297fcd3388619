/**
 * SPEC §3 `iframe` mode: each provider's frame gets its own `allow` list (no `allowfullscreen`
 * attribute: `fullscreen` in `allow` grants it, and Chrome warns when both are set), and SPEC §1 `config`: a bad `endpoint` is a configuration error even
 * when a `fetcher` is set.
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {BackendRequest} from '../src/types.js';
import {RETURN_PAGE, fetcherFrom, frameOf, html, mount, returnUrlOf, simLink} from './helpers.js';

const SHAPES = {
  jumio: (link: string) => ({web: {href: link}, account: {id: 'acc-allow'}}),
  smile: (link: string) => ({link, ref_id: 'ref-allow'}),
  sumsub: (link: string) => ({provider: 'sumsub', url: link}),
  grid: (link: string) => ({kycUrl: link, expiresAt: '2030-01-01T00:00:00Z', provider: 'SUMSUB'}),
  trusset: (link: string) => ({success: true, data: {id: 'link_allow', url: link, status: 'pending'}}),
  generic: (link: string) => ({provider: 'generic', url: link}),
};

/** SPEC §3 and the providers' own SDKs (the union of what each vendor SDK sets itself). */
const ALLOW: Record<keyof typeof SHAPES, {allow: string; allowfullscreen: boolean}> = {
  // Jumio asks for `allowfullscreen` too, but `fullscreen` in `allow` grants it, and both make Chrome warn.
  jumio: {allow: 'camera;autoplay;fullscreen;clipboard-read;clipboard-write;accelerometer;gyroscope;magnetometer', allowfullscreen: false},
  sumsub: {allow: 'camera; microphone; geolocation; clipboard-write; hid', allowfullscreen: false},
  grid: {allow: 'camera; microphone; geolocation; clipboard-write; hid', allowfullscreen: false},
  smile: {allow: 'camera; geolocation; encrypted-media; fullscreen', allowfullscreen: false},
  trusset: {allow: 'camera; microphone; fullscreen; autoplay', allowfullscreen: false},
  generic: {allow: 'camera; microphone; fullscreen; autoplay', allowfullscreen: false},
};

describe('SPEC §3 iframe mode: the provider’s `allow` list', () => {
  for (const provider of Object.keys(SHAPES) as Array<keyof typeof SHAPES>) {
    it(`${provider}: allow="${ALLOW[provider].allow}"${ALLOW[provider].allowfullscreen ? ' plus allowfullscreen' : ', no allowfullscreen'}`, async () => {
      const {fetcher} = fetcherFrom(async (request: BackendRequest) => SHAPES[provider](await simLink('generic', returnUrlOf(request))));
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe" return-url=${RETURN_PAGE}></kyc-verify>`);
      el.start();
      await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 5000});
      const frame = frameOf(el)!;
      expect(log.ready[0].provider).to.equal(provider);
      expect(frame.getAttribute('allow')).to.equal(ALLOW[provider].allow);
      expect(frame.hasAttribute('allowfullscreen')).to.equal(ALLOW[provider].allowfullscreen);
      el.cancel();
    });
  }
});

describe('SPEC §1 `config`: an endpoint that does not parse', () => {
  it('with a `fetcher` set, an unparsable `endpoint` ends as `config`, not retryable, and the fetcher is never called', async () => {
    const {fetcher, calls} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} endpoint="http://[bad"></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(result).to.include({status: 'error', code: 'config', retryable: false, source: 'element'});
    expect(calls).to.have.length(0);
  });
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
