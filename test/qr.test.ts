import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {decodeQr} from './qr-decode.js';
import {textsFor as stringsFor} from '../src/locales/all.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import type {BackendRequest, KycFetcher} from '../src/types.js';
import {FakeClock, flush, useFakeClock} from './fake-clock.js';
import {RETURN_PAGE, broadcastReturn, fetcherFrom, html, jumioMessage, mount, returnUrlOf, simLink, watchPageErrors, waitUntil} from './helpers.js';

const READY = {timeout: 5000};
/** The standard return script on a page that closes itself afterwards (a tab left open would hide later tests' pages). */
const TAB_RETURN_PAGE = new URL('/test/fixtures/tab-return.html', location.href).href;


/** About 3000 characters: more than a QR code can hold (about 2.3 KB at level M). */
const TOO_LONG = `https://verify.example/flow/long?data=${'x'.repeat(3000 - 38)}`;

const qrView = (el: KycVerifyElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="qr"]');
const expiryText = (el: KycVerifyElement) => el.shadowRoot!.querySelector('.qr-expiry')?.textContent?.trim() ?? '';

/** A backend (fetcher) for QR mode: sessions and renewals with their own links, status answers from `status`. */
function qrBackend(options: {
  status?: (n: number) => unknown;
  statusUrl?: string | null;
  lifetime?: number;
  now?: () => number;
  handoff?: boolean;
  url?: (n: number, request: BackendRequest) => string | Promise<string>;
  provider?: string;
}) {
  let sessions = 0;
  let polls = 0;
  const {fetcher, calls} = fetcherFrom(async (request) => {
    if (request.purpose === 'status') return options.status ? options.status(++polls) : {status: 'pending'};
    if (request.purpose === 'cancel') return {};
    const n = sessions++;
    const body: Record<string, unknown> = {
      provider: options.provider ?? 'generic',
      url: options.url ? await options.url(n, request) : `https://verify.example/flow/link-${n}?lang=en`,
      reference: `ref-${n}`,
    };
    if (options.statusUrl !== null) body.statusUrl = options.statusUrl ?? '/api/kyc/status';
    if (options.lifetime) body.expiresAt = (options.now ?? Date.now)() + options.lifetime;
    if (options.handoff) body.handoffUrl = `${location.origin}/h/${n}`;
    return body;
  });
  return {fetcher, calls, renewals: () => calls.filter((c) => c.purpose === 'renew')};
}

/** A QR attempt with this fetcher whose code is drawn (`kyc-ready` has fired). */
async function readyQr(fetcher: KycFetcher) {
  const {el, log} = await mount(html`<kyc-verify mode="qr" .fetcher=${fetcher}></kyc-verify>`);
  el.start();
  await waitUntil(() => log.ready.length === 1, 'QR not ready', READY);
  return {el, log};
}

describe('SPEC §3 qr mode: the code scans to the link (or handoffUrl) and says what to do', () => {
  // Status polling and expiry run on a fake clock: nothing is polled unless a test moves time.
  useFakeClock();

  it('draws the link as a QR code that decodes back to the exact link', async () => {
    const link = 'https://verify.example/flow/abc-123?lang=de&x=%2F';
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: link, statusUrl: '/api/kyc/status'}));
    const {el, log} = await readyQr(fetcher);
    expect(await decodeQr(el)).to.equal(link);
    expect(log.ready[0]).to.deep.equal({attempt: log.starts[0].attempt, provider: 'generic', mode: 'qr'});
    el.cancel();
  });

  it('shows the session’s handoffUrl instead of the provider link when given', async () => {
    const handoff = `${location.origin}/h/short-1`;
    const {fetcher} = fetcherFrom(() => ({provider: 'jumio', url: 'https://a.web.amer-1.jumio.ai/web/v4/app?authorizationToken=secret', handoffUrl: handoff, statusUrl: '/s'}));
    const {el} = await readyQr(fetcher);
    expect(await decodeQr(el)).to.equal(handoff);
    expect(el.shadowRoot!.querySelector('a[part~="open-here"]')!.getAttribute('href')).to.equal(handoff);
    el.cancel();
  });

  it('is SVG from the module matrix: viewBox with a 4-module quiet zone, crispEdges, role="img" with a name, part="qr"', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow/x', statusUrl: '/s'}));
    const {el} = await readyQr(fetcher);
    const view = qrView(el)!;
    expect(view).to.exist;
    const code = view.querySelector('svg')!;
    expect(code.getAttribute('role')).to.equal('img');
    expect(code.getAttribute('aria-label')).to.equal(stringsFor('en').qrLabel);
    expect(code.getAttribute('shape-rendering')).to.equal('crispEdges');
    const [x, y, w, h] = code.getAttribute('viewBox')!.split(' ').map(Number);
    expect([x, y, w]).to.deep.equal([0, 0, h]);
    // version 2 at level M for this link: 25 modules + 2×4 quiet
    const path = code.querySelector('path')!.getAttribute('d')!;
    const coordinates = [...path.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...coordinates.map((c) => c[0]))).to.equal(4);
    expect(Math.min(...coordinates.map((c) => c[1]))).to.equal(4);
    expect(Math.max(...coordinates.map((c) => c[1]))).to.equal(w - 5);
    expect(code.querySelector('rect')!.getAttribute('width')).to.equal(String(w));
    // drawn with Lit, never innerHTML: no <script>, no foreignObject
    expect(code.querySelector('script, foreignObject')).to.equal(null);
    el.cancel();
  });

  it('a link too long for a QR code ends as `error` / `unsupported-mode`, with no unhandled rejection', async () => {
    expect(TOO_LONG).to.have.length(3000);
    const page = watchPageErrors();
    try {
      const {fetcher, calls} = fetcherFrom((request) =>
        request.purpose === 'cancel' ? {} : {provider: 'generic', url: TOO_LONG, statusUrl: '/api/kyc/status'},
      );
      const {el, log} = await mount(html`<kyc-verify mode="qr" .fetcher=${fetcher}></kyc-verify>`);
      el.start();
      const result = await log.result();
      expect(result).to.include({status: 'error', code: 'unsupported-mode', retryable: false, source: 'element'});
      expect(result.message).to.equal('The link is too long for a QR code.');
      expect(el.state).to.equal('failed');
      expect(log.ready).to.have.length(0);
      expect(qrView(el)).to.equal(null);
      await flush();
      expect(log.results).to.have.length(1);
      // nothing was polled for a code that was never shown
      expect(calls.filter((c) => c.purpose === 'status')).to.have.length(0);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });

  it('shows instructions, an "open on this device instead" link (new tab, noopener) and focuses the instructions', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow/y', statusUrl: '/s'}));
    const {el} = await readyQr(fetcher);
    const text = stringsFor('en');
    const view = qrView(el)!;
    expect(view.textContent).to.contain(text.qrInstructions);
    const open = view.querySelector<HTMLAnchorElement>('a[part~="open-here"]')!;
    expect(open.textContent!.trim()).to.equal(text.qrOpenHere);
    expect(open.getAttribute('href')).to.equal('https://verify.example/flow/y');
    expect(open.target).to.equal('_blank');
    expect(open.relList.contains('noopener')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(view.querySelector('.qr-instructions'));
    // the link never leaks into the host's attributes
    expect(el.outerHTML).to.not.contain('verify.example');
    el.cancel();
  });

  it('kyc-ready when drawn, then kyc-progress `waiting-for-phone`', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow/z', statusUrl: '/s'}));
    const {el, log} = await mount(html`<kyc-verify mode="qr" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.progress.length === 1, 'no progress', READY);
    expect(log.all).to.deep.equal(['kyc-start', 'kyc-ready', 'kyc-progress']);
    expect(log.progress[0].step).to.equal('waiting-for-phone');
    expect(el.state).to.equal('active');
    el.cancel();
  });

  it('in Arabic the QR view is right-to-left with Arabic text', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow/ar', statusUrl: '/s'}));
    const {el, log} = await mount(html`<kyc-verify mode="qr" locale="ar" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', READY);
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(qrView(el)!.textContent).to.contain(stringsFor('ar').qrInstructions);
    el.cancel();
  });
});

describe('SPEC §3 qr mode: time left, renewal of an unused link and expiry (fake clock)', () => {
  let clock: FakeClock;
  useFakeClock((installed) => (clock = installed));

  it('shows the time left until expiresAt and counts down', async () => {
    const backend = qrBackend({lifetime: 5 * 60_000, now: clock.now});
    const {el} = await readyQr(backend.fetcher);
    await el.updateComplete;
    expect(expiryText(el)).to.equal('Code valid for 5:00');
    await clock.tick(1000);
    expect(expiryText(el)).to.equal('Code valid for 4:59');
    await clock.tick(60_000);
    expect(expiryText(el)).to.equal('Code valid for 3:59');
    el.cancel();
  });

  it('shows no countdown when expiresAt is unknown, and never expires the link itself', async () => {
    const backend = qrBackend({});
    const {el, log} = await readyQr(backend.fetcher);
    expect(el.shadowRoot!.querySelector('.qr-expiry')).to.equal(null);
    await clock.tick(29 * 60_000);
    expect(log.results).to.have.length(0);
    el.cancel();
  });

  it('replaces an unused link shortly before it expires: purpose renew, Idempotency-Key <attempt>:renew:<n>, link-renewed, the new link in the code', async () => {
    const backend = qrBackend({lifetime: 2 * 60_000, now: clock.now});
    const {el, log} = await readyQr(backend.fetcher);
    const attempt = log.starts[0].attempt;
    expect(await decodeQr(el)).to.equal('https://verify.example/flow/link-0?lang=en');
    await clock.tick(89_000);
    expect(backend.renewals()).to.have.length(0);
    await clock.tick(1_000); // 30 s before expiry
    await waitUntil(() => log.progress.some((p) => p.step === 'link-renewed'), 'no link-renewed');
    const renew = backend.renewals()[0];
    expect(renew.headers['Idempotency-Key']).to.equal(`${attempt}:renew:1`);
    expect(renew.body).to.include({purpose: 'renew', attempt, mode: 'qr'});
    expect(log.progress.find((p) => p.step === 'link-renewed')!.data).to.deep.equal({renewal: '1'});
    await el.updateComplete;
    expect(await decodeQr(el)).to.equal('https://verify.example/flow/link-1?lang=en');
    expect(expiryText(el)).to.equal('Code valid for 2:00');
    expect(el.state).to.equal('active');
    expect(log.results).to.have.length(0);
    expect(log.ready).to.have.length(1);
    el.cancel();
  });

  it('renews at most three times, then ends `expired` (retryable) when the last link expires', async () => {
    const backend = qrBackend({lifetime: 2 * 60_000, now: clock.now});
    const {el, log} = await readyQr(backend.fetcher);
    for (let n = 1; n <= 3; n++) {
      await clock.tick(90_000);
      await waitUntil(() => backend.renewals().length === n, `renewal ${n}`);
      await flush();
    }
    expect(backend.renewals().map((c) => c.headers['Idempotency-Key'].split(':').slice(1).join(':'))).to.deep.equal(['renew:1', 'renew:2', 'renew:3']);
    // the third replacement lives 2 minutes: not replaced again, it ends the attempt when it expires
    await clock.tick(119_000);
    expect(log.results).to.have.length(0);
    await clock.tick(1_000);
    const result = await log.result();
    expect(result).to.include({status: 'expired', retryable: true, source: 'element', reference: 'ref-3'});
    expect(backend.renewals()).to.have.length(3);
    expect(log.progress.filter((p) => p.step === 'link-renewed')).to.have.length(3);
    expect(el.state).to.equal('failed');
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.exist;
  });

  it('a renewed link with a new reference is polled and reported under it', async () => {
    const backend = qrBackend({lifetime: 40_000, now: clock.now, status: () => ({status: 'pending'})});
    const {el} = await readyQr(backend.fetcher);
    await clock.tick(10_000);
    await waitUntil(() => backend.renewals().length === 1);
    await clock.tick(15_000);
    const polls = backend.calls.filter((c) => c.purpose === 'status');
    expect(new URL(polls[0].url).searchParams.get('reference')).to.equal('ref-0');
    expect(new URL(polls[polls.length - 1].url).searchParams.get('reference')).to.equal('ref-1');
    el.cancel();
  });

  it('a link opened on the phone (`started`) is not renewed and does not end at its expiry', async () => {
    const backend = qrBackend({lifetime: 2 * 60_000, now: clock.now, status: (n) => (n === 1 ? {status: 'pending'} : {status: 'started'})});
    const {el, log} = await readyQr(backend.fetcher);
    await clock.tick(6_000); // two polls: pending, started
    await el.updateComplete;
    expect(expiryText(el)).to.equal(stringsFor('en').qrOpened);
    await clock.tick(10 * 60_000);
    expect(backend.renewals()).to.have.length(0);
    expect(log.results).to.have.length(0);
    expect(el.state).to.equal('active');
    el.cancel();
  });

  it('renewed links that arrive already expired count toward the three; then the attempt ends `expired`', async () => {
    let sessions = 0;
    const {fetcher, calls} = fetcherFrom((request) => {
      if (request.purpose === 'status') return {status: 'pending'};
      if (request.purpose === 'cancel') return {};
      return {provider: 'generic', url: `https://verify.example/flow/l${sessions}`, statusUrl: '/s', expiresAt: clock.now() + (sessions++ === 0 ? 60_000 : -1_000)};
    });
    const {log} = await readyQr(fetcher);
    await clock.tick(30_000);
    for (let i = 0; i < 10 && !log.results.length; i++) await clock.tick(0);
    const result = await log.result();
    expect(result).to.include({status: 'expired', retryable: true});
    expect(calls.filter((c) => c.purpose === 'renew')).to.have.length(3);
  });

  it('a status answer `expired` ends the attempt `expired` (retryable)', async () => {
    const backend = qrBackend({lifetime: 10 * 60_000, now: clock.now, status: () => ({status: 'expired'})});
    const {log} = await readyQr(backend.fetcher);
    await clock.tick(2_000);
    expect(await log.result()).to.include({status: 'expired', retryable: true, source: 'status'});
    expect(backend.renewals()).to.have.length(0);
  });

  it('a renewed link too long for a QR code ends as `error` / `unsupported-mode`, with no unhandled rejection', async () => {
    const page = watchPageErrors();
    try {
      const backend = qrBackend({lifetime: 2 * 60_000, now: clock.now, url: (n) => (n === 0 ? 'https://verify.example/flow/short' : TOO_LONG)});
      const {el, log} = await mount(html`<kyc-verify mode="qr" .fetcher=${backend.fetcher}></kyc-verify>`);
      el.start();
      await waitUntil(() => log.ready.length === 1, 'QR not ready', READY);
      await clock.tick(90_000);
      await waitUntil(() => backend.renewals().length === 1, 'no renewal');
      const result = await log.result();
      expect(result).to.include({status: 'error', code: 'unsupported-mode', retryable: false, source: 'element'});
      expect(log.progress.filter((p) => p.step === 'link-renewed')).to.have.length(0);
      expect(el.state).to.equal('failed');
      expect(qrView(el)).to.equal(null);
      expect(clock.pending).to.equal(0);
      await clock.tick(10 * 60_000);
      expect(log.results).to.have.length(1);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });

  it('a failed renewal ends the attempt with the backend’s error', async () => {
    const {fetcher} = fetcherFrom((request) => {
      if (request.purpose === 'status') return {status: 'pending'};
      if (request.purpose === 'renew') return {error: {code: 'link-limit', message: 'No more links', retryable: false}};
      return {provider: 'generic', url: 'https://verify.example/flow/l', statusUrl: '/s', expiresAt: clock.now() + 60_000};
    });
    const {log} = await readyQr(fetcher);
    await clock.tick(30_000);
    const result = await log.result();
    expect(result).to.include({status: 'error', code: 'link-limit', retryable: false, source: 'element'});
  });

  it('without a status URL: says the result arrives on the phone, never renews, ends `expired` with the link', async () => {
    const backend = qrBackend({statusUrl: null, lifetime: 2 * 60_000, now: clock.now});
    const {el, log} = await readyQr(backend.fetcher);
    expect(qrView(el)!.textContent).to.contain(stringsFor('en').qrResultOnPhone);
    expect(await decodeQr(el)).to.equal('https://verify.example/flow/link-0?lang=en');
    await clock.tick(2 * 60_000);
    const result = await log.result();
    expect(result).to.include({status: 'expired', retryable: true});
    expect(backend.renewals()).to.have.length(0);
    expect(backend.calls.filter((c) => c.purpose === 'status')).to.have.length(0);
  });

  it('cancel() stops the countdown, renewal and polling: no timers left', async () => {
    const backend = qrBackend({lifetime: 2 * 60_000, now: clock.now});
    const {el, log} = await readyQr(backend.fetcher);
    el.cancel();
    expect(clock.pending).to.equal(0);
    await clock.tick(10 * 60_000);
    expect(backend.renewals()).to.have.length(0);
    expect(log.results.map((r) => r.status)).to.deep.equal(['cancelled']);
    expect(qrView(el)).to.equal(null);
  });
});

describe('SPEC §3 qr mode: the status endpoint gives the outcome', () => {
  let clock: FakeClock;
  useFakeClock((installed) => (clock = installed));

  it('the status endpoint’s answer ends the attempt (source `status`, the session’s reference)', async () => {
    const backend = qrBackend({status: (n) => (n < 3 ? {status: 'pending'} : {status: 'rejected', code: 'FINAL', message: 'Document forged'})});
    const {el, log} = await readyQr(backend.fetcher);
    await clock.tick(60_000);
    const result = await log.result();
    expect(result).to.include({status: 'rejected', code: 'FINAL', message: 'Document forged', source: 'status', reference: 'ref-0', retryable: false});
    expect(log.results).to.have.length(1);
    expect(qrView(el)).to.equal(null);
  });

  it('Trusset `revoked` (the Trusset adapter’s own status word) ends `cancelled`, not retryable', async () => {
    const backend = qrBackend({provider: 'trusset', status: () => ({status: 'revoked'})});
    const {log} = await readyQr(backend.fetcher);
    await clock.tick(3_000);
    expect(await log.result()).to.include({status: 'cancelled', retryable: false, code: 'revoked'});
  });
});

describe('SPEC §4 qr mode: a return in another tab of this browser counts for the live attempt', () => {
  // Status polling and expiry run on a fake clock: nothing is polled unless a test moves time.
  useFakeClock();

  it('the link opened in a new tab of this browser ends the attempt through the return page’s BroadcastChannel', async () => {
    // The status endpoint knows nothing yet (the tab switch makes the element ask at once when it is back).
    const {fetcher} = fetcherFrom(async (request) =>
      request.purpose === 'status'
        ? {status: 'pending'}
        : {provider: 'generic', url: await simLink('generic', returnUrlOf(request), [{redirect: {status: 'completed', ref: 'tab-1'}}]), statusUrl: '/api/kyc/status'},
    );
    const {el, log} = await mount(html`<kyc-verify mode="qr" return-url=${TAB_RETURN_PAGE} .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', READY);
    // A real click on "open on this device instead": a new tab without an opener.
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="open-here"]')!;
    const box = link.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    const result = await log.result(8000);
    expect(result, JSON.stringify(result)).to.include({status: 'completed', source: 'redirect'});
    expect(result.params).to.include({status: 'completed'});
    expect(log.results).to.have.length(1);
  });

  it('a return forwarded on BroadcastChannel for another attempt is ignored', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow/q'}));
    const {log} = await readyQr(fetcher);
    broadcastReturn('another-attempt', {status: 'completed'});
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(log.results).to.have.length(0);
    broadcastReturn(log.starts[0].attempt, {status: 'failed'});
    expect((await log.result()).status).to.equal('error');
  });
});

describe('SPEC §4 a Jumio camera error offers to continue on the phone (QR)', () => {
  // Status polling and expiry run on a fake clock: nothing is polled unless a test moves time.
  useFakeClock();

  it('starts a fresh attempt in QR mode (new session, mode qr) after H000000', async () => {
    const {fetcher, calls} = fetcherFrom(async (request) => {
      if (request.purpose === 'status') return {status: 'pending'};
      if (request.purpose === 'cancel') return {};
      if (request.body?.mode === 'qr') return {provider: 'jumio', url: 'https://a.web.amer-1.jumio.ai/web/v4/app?locale=en', statusUrl: '/api/kyc/status'};
      return {
        web: {href: await simLink('jumio', returnUrlOf(request), [{post: jumioMessage('error', {metainfo: {publicErrorCode: 'H000000', retriable: false}})}])},
        account: {id: 'acc-1'},
      };
    });
    const {el, log} = await mount(html`<kyc-verify mode="iframe" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    const first = await log.result();
    expect(first).to.include({status: 'error', code: 'H000000', retryable: true});
    await el.updateComplete;
    const phone = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="phone-button"]')!;
    expect(phone.textContent!.trim()).to.equal(stringsFor('en').continueOnPhone);
    phone.click();
    // The iframe attempt may or may not have said `kyc-ready` (its message can precede the frame's load).
    await waitUntil(() => log.ready.some((ready) => ready.mode === 'qr'), 'no QR', READY);
    expect(log.starts).to.have.length(2);
    expect(log.ready.filter((ready) => ready.mode === 'qr').map((ready) => ready.attempt)).to.deep.equal([log.starts[1].attempt]);
    expect(log.starts[1].attempt).to.not.equal(log.starts[0].attempt);
    const sessions = calls.filter((c) => c.purpose === 'session');
    expect(sessions).to.have.length(2);
    expect(sessions[1].body).to.include({mode: 'qr', attempt: log.starts[1].attempt});
    expect(await decodeQr(el)).to.equal('https://a.web.amer-1.jumio.ai/web/v4/app?locale=en');
    // the first attempt had already ended: no second result for it
    expect(log.results).to.have.length(1);
    el.cancel();
  });

  it('legacy errorCode 9822 offers the phone too', async () => {
    const {fetcher} = fetcherFrom(async (request) => ({
      web: {href: await simLink('jumio', returnUrlOf(request), [{redirect: {acquisitionStatus: 'ERROR', errorCode: '9822'}}])},
      account: {id: 'acc-1'},
    }));
    const {el, log} = await mount(html`<kyc-verify mode="iframe" return-url=${RETURN_PAGE} .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    expect(await log.result()).to.include({status: 'error', code: '9822'});
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="phone-button"]')).to.exist;
  });
});
