/**
 * SPEC §4 return bridge without `BroadcastChannel` (issue 12 item 3): the popup has no opener, so a
 * return in another window of this origin must still arrive; where `BroadcastChannel` is missing, a
 * `storage` event carries it.
 */
import {expect} from '@open-wc/testing';
import {fetcherFrom, html, mount, waitUntil} from './helpers.js';

describe('SPEC §4 forwarded returns without BroadcastChannel', () => {
  let saved: typeof BroadcastChannel | undefined;
  beforeEach(() => {
    saved = window.BroadcastChannel;
    delete (window as {BroadcastChannel?: unknown}).BroadcastChannel;
  });
  afterEach(() => {
    window.BroadcastChannel = saved!;
  });

  it('a return written to localStorage by another document of this origin ends the attempt once; the key is gone', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe"></kyc-verify>`);
    el.start();
    // The first attempt of a page loads the engine and runs the camera check first.
    await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 5000});
    // Another document of this origin (as the popup's return page would be), writing then removing.
    const other = document.createElement('iframe');
    document.body.append(other);
    try {
      const store = other.contentWindow!.localStorage;
      store.setItem('kyc-verify:return', JSON.stringify({type: 'kyc-verify/return', attempt: 'someone-else', params: {status: 'failed'}}));
      store.removeItem('kyc-verify:return');
      store.setItem('kyc-verify:return', JSON.stringify({type: 'kyc-verify/return', attempt: log.starts[0].attempt, params: {status: 'success'}, nonce: 1}));
      store.removeItem('kyc-verify:return');
      const result = await log.result();
      expect(result).to.include({status: 'completed', source: 'redirect'});
      expect(result.params).to.deep.equal({status: 'success'});
      expect(localStorage.getItem('kyc-verify:return')).to.equal(null);
      expect(log.results).to.have.length(1);
    } finally {
      other.remove();
    }
  });
});
