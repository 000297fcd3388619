/**
 * SPEC §3/§4 status polling under an unlucky user (issue 12 items 2 and 5): a QR link is never renewed
 * or expired on an old answer — the page asks first, even while hidden; a hidden page keeps polling for
 * a grace period and asks at once when visible again; polling without a final answer ends after
 * `status-max-wait` as `expired` (retryable).
 */
import {expect} from '@open-wc/testing';
import type {BackendRequest} from '../src/types.js';
import {FakeClock, flush, useFakeClock} from './fake-clock.js';
import {fetcherFrom, html, mount, waitUntil} from './helpers.js';

let clock: FakeClock;

/** The page's visibility, as the browser would change it (the helper forced `visible` before each test). */
function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => (hidden ? 'hidden' : 'visible')});
  document.dispatchEvent(new Event('visibilitychange'));
}

/** A QR session whose link lives `lifetime` ms, and a status endpoint answering from `status(n)`. */
function backend(status: (n: number) => unknown, lifetime?: number) {
  let polls = 0;
  return fetcherFrom((request: BackendRequest) => {
    if (request.purpose === 'status') return status(++polls);
    if (request.purpose === 'cancel') return {};
    return {
      provider: 'generic',
      url: `https://verify.example/flow/${request.purpose}`,
      reference: 'ref-q',
      statusUrl: '/api/kyc/status',
      ...(lifetime ? {expiresAt: clock.now() + lifetime} : {}),
    };
  });
}

async function qrAttempt(fetcher: (request: BackendRequest) => Promise<unknown>, attributes: {maxWait?: number} = {}) {
  const {el, log} = await mount(html`<kyc-verify mode="qr" .fetcher=${fetcher} .statusMaxWait=${attributes.maxWait}></kyc-verify>`);
  el.start();
  await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
  return {el, log};
}

describe('SPEC §3 qr: a link in use is never renewed or expired', () => {
  useFakeClock((installed) => (clock = installed));

  it('hidden while the user finishes on the phone: no renew, no expiry; `completed` is reported', async () => {
    // pending, pending, then the phone opens the link (started), then finishes (completed).
    const {fetcher, calls} = backend((n) => (n <= 2 ? {status: 'pending'} : n <= 6 ? {status: 'started'} : {status: 'completed'}), 60_000);
    const {log} = await qrAttempt(fetcher);
    setHidden(true);
    await clock.tick(3 * 60_000);
    await flush();
    expect(calls.filter((c) => c.purpose === 'renew')).to.have.length(0);
    expect(log.results.map((r) => r.status)).to.deep.equal(['completed']);
    expect(log.results[0]).to.include({source: 'status', reference: 'ref-q'});
  });

  it('before renewing, the element asks: a link the phone opened since the last poll is kept', async () => {
    // Polls at about 2 s, 5 s and 9.5 s answer `pending`; the phone opens the link at 9.8 s; the renewal
    // is due at 10 s (expiresAt − 30 s), before the next regular poll.
    let opened = Infinity;
    const {fetcher, calls} = backend(() => (clock.now() >= opened ? {status: 'started'} : {status: 'pending'}), 40_000);
    const {el, log} = await qrAttempt(fetcher);
    opened = clock.now() + 9_800;
    await clock.tick(10_000);
    await flush();
    expect(calls.filter((c) => c.purpose === 'renew')).to.have.length(0);
    await clock.tick(60_000); // past expiresAt: an opened link does not expire here
    expect(log.results).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.qr-expiry')!.textContent).to.not.match(/valid for/i);
    el.cancel();
  });

  it('an unused link past its expiry, asked once more first, still ends `expired` / `link-expired`', async () => {
    const {fetcher} = backend(() => ({status: 'pending'}), 20_000);
    const {log} = await qrAttempt(fetcher);
    await clock.tick(60_000);
    await flush();
    // Renewal needs 30 s of warning: a 20 s link is replaced at once, up to three times, then expires.
    const result = await log.result();
    expect(result).to.include({status: 'expired', code: 'link-expired', retryable: true});
  });
});

describe('SPEC §4 status polling: hidden pages and a bounded wait', () => {
  useFakeClock((installed) => (clock = installed));

  it('becoming visible again asks at once', async () => {
    const {fetcher, calls} = backend(() => ({status: 'pending'}));
    const {el} = await qrAttempt(fetcher);
    setHidden(true);
    await clock.tick(20 * 60_000); // past the hidden grace: paused
    const paused = calls.filter((c) => c.purpose === 'status').length;
    await clock.tick(5 * 60_000);
    expect(calls.filter((c) => c.purpose === 'status')).to.have.length(paused);
    setHidden(false);
    await flush();
    expect(calls.filter((c) => c.purpose === 'status')).to.have.length(paused + 1);
    el.cancel();
  });

  it('`pending` forever with no expiresAt ends after 30 minutes as `expired`, retryable, code `status-max-wait`', async () => {
    const {fetcher, calls} = backend(() => ({status: 'pending'}));
    const {log} = await qrAttempt(fetcher);
    await clock.tick(29 * 60_000);
    expect(log.results).to.have.length(0);
    await clock.tick(2 * 60_000);
    const result = await log.result();
    expect(result).to.include({status: 'expired', code: 'status-max-wait', retryable: true, source: 'element', reference: 'ref-q'});
    const polls = calls.filter((c) => c.purpose === 'status').length;
    await clock.tick(60 * 60_000);
    expect(calls.filter((c) => c.purpose === 'status')).to.have.length(polls);
  });

  it('the `status-max-wait` attribute (ms) sets the bound', async () => {
    const {fetcher} = backend(() => ({status: 'started'}));
    const {el, log} = await qrAttempt(fetcher, {maxWait: 60_000});
    expect(el.statusMaxWait).to.equal(60_000);
    await clock.tick(2 * 60_000);
    expect(await log.result()).to.include({status: 'expired', code: 'status-max-wait'});
  });
});
