import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {textsFor as stringsFor} from '../src/locales/all.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {FakeClock, flush, useFakeClock} from './fake-clock.js';
import {broadcastReturn, cleanupDetached, deferred, fetcherFrom, html, mount, mountDetached, returnUrlOf, simLink, waitUntil} from './helpers.js';

const READY = {timeout: 5000};
const POPUP_RETURN = new URL('/test/fixtures/popup-return.html', location.href).href;
const LINK = 'https://verify.example/flow/popup-1';

/** A stand-in for the popup: records where it was pointed and whether it was closed. */
function fakeWindow() {
  const win = {
    closed: false,
    closeCalls: 0,
    opener: {} as unknown,
    pointedAt: '',
    location: {
      replace(url: string) {
        win.pointedAt = url;
      },
    },
    close() {
      win.closed = true;
      win.closeCalls++;
    },
    focus() {},
  };
  return win;
}
type FakeWindow = ReturnType<typeof fakeWindow>;

/** Replaces `window.open`: each call takes the next planned answer (a fake window, or null = blocked). */
function stubOpen(plan: Array<FakeWindow | null>) {
  const original = window.open;
  const calls: Array<{url: string; target: string; features: string}> = [];
  window.open = ((url?: string | URL, target?: string, features?: string) => {
    calls.push({url: String(url ?? ''), target: target ?? '', features: features ?? ''});
    return (plan.length ? plan.shift() : null) as unknown as Window | null;
  }) as typeof window.open;
  return {calls, restore: () => (window.open = original)};
}

const part = (el: KycVerifyElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function clickCenter(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
}

describe('SPEC §3 popup mode: a real window opened in the click’s task', () => {
  it('opens the window in the click’s own task, before the backend answers, without an opener, and learns the result over BroadcastChannel', async () => {
    const original = window.open;
    const opened: Array<{activation: boolean; url: string; win: Window | null}> = [];
    window.open = ((...args: Parameters<typeof window.open>) => {
      // Read before the call: opening a popup consumes the click's transient activation.
      const activation = navigator.userActivation.isActive;
      const win = original.apply(window, args);
      opened.push({activation, url: String(args[0]), win});
      return win;
    }) as typeof window.open;
    const answer = deferred<unknown>();
    const {fetcher} = fetcherFrom((request) => answer.promise.then(async () => ({provider: 'generic', url: await simLink('generic', returnUrlOf(request), [{redirect: {status: 'completed', ref: 'p-1'}}])})));
    const seenByReturnPage = new Promise<{openerIsNull: boolean; name: string}>((resolve) => {
      const channel = new BroadcastChannel('kyc-verify-test-popup');
      channel.onmessage = (event) => {
        channel.close();
        resolve(event.data);
      };
    });
    try {
      const {el, log} = await mount(html`<kyc-verify mode="popup" return-url=${POPUP_RETURN} .fetcher=${fetcher}></kyc-verify>`);
      await clickCenter(part(el, 'start-button')!);
      expect(opened).to.have.length(1);
      expect(opened[0].activation).to.equal(true);
      expect(opened[0].url).to.equal('about:blank');
      expect(opened[0].win).to.not.equal(null);
      // Cut before the window goes anywhere: the provider's page can never navigate this tab.
      expect(opened[0].win!.opener).to.equal(null);
      expect(log.ready).to.have.length(0);
      // Read when `kyc-ready` fires: the return page may report right after.
      let waiting = '';
      el.addEventListener('kyc-ready', () => (waiting = el.shadowRoot!.querySelector('.popup [part~="status"]')?.textContent ?? ''));
      answer.resolve(undefined);
      await waitUntil(() => log.ready.length === 1, 'not ready', READY);
      expect(log.ready[0].mode).to.equal('popup');
      expect(waiting).to.contain(stringsFor('en').popupWaiting);
      const result = await log.result();
      expect(result).to.include({status: 'completed', source: 'redirect'});
      // A generic flow documents only `status`: its other params (`ref`) stay out of `params`.
      expect(result.params).to.deep.equal({status: 'completed'});
      expect(log.results).to.have.length(1);
      // The window, back on the return page after the provider, still has no opener.
      expect(await seenByReturnPage).to.deep.equal({openerIsNull: true, name: `kyc-verify-${log.starts[0].attempt.slice(0, 8)}`});
      await waitUntil(() => opened[0].win!.closed, 'the popup stayed open');
    } finally {
      window.open = original;
    }
  });
});

describe('SPEC §3 popup mode (stubbed window): blocked, closed, reopened, polled', () => {
  let clock: FakeClock;
  let open: ReturnType<typeof stubOpen>;
  useFakeClock((installed) => (clock = installed));
  afterEach(() => {
    open?.restore();
  });

  const session = (extra: Record<string, unknown> = {}) => fetcherFrom((request) => (request.purpose === 'cancel' ? {} : {provider: 'generic', url: LINK, reference: 'ref-p', ...extra}));

  /** A popup attempt whose pre-opened (fake) window points at the link: `kyc-ready` has fired. */
  async function readyPopup() {
    const win = fakeWindow();
    open = stubOpen([win]);
    const {fetcher} = session();
    const {el, log} = await mount(html`<kyc-verify mode="popup" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    return {el, log, win};
  }

  it('points the pre-opened window at the link, then kyc-ready; a BroadcastChannel return ends it', async () => {
    const win = fakeWindow();
    open = stubOpen([win]);
    const {fetcher} = session();
    const {el, log} = await mount(html`<kyc-verify mode="popup" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    expect(open.calls).to.have.length(1);
    expect(open.calls[0].url).to.equal('about:blank');
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    expect(win.pointedAt).to.equal(LINK);
    broadcastReturn(log.starts[0].attempt, {status: 'success', user_id: 'u-1'});
    const result = await log.result();
    expect(result).to.include({status: 'completed', source: 'redirect'});
    // the window is closed once the attempt is over
    expect(win.closeCalls).to.equal(1);
  });

  it('blocked: shows "Open the verification"; its click opens the link in a window', async () => {
    const win = fakeWindow();
    open = stubOpen([null, win]);
    const {fetcher} = session();
    const {el, log} = await mount(html`<kyc-verify mode="popup" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => part(el, 'open-button'), 'no open button', READY);
    expect(part(el, 'open-button')!.textContent!.trim()).to.equal(stringsFor('en').popupOpen);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'open-button'));
    expect(log.ready).to.have.length(0);
    part(el, 'open-button')!.click();
    expect(open.calls).to.have.length(2);
    // Opened blank, its opener cut, then pointed at the link.
    expect(open.calls[1].url).to.equal('about:blank');
    expect(win.opener).to.equal(null);
    expect(win.pointedAt).to.equal(LINK);
    expect(open.calls[1].features).to.contain('popup');
    expect(log.ready).to.have.length(1);
    await el.updateComplete;
    expect(part(el, 'open-button')).to.equal(null);
    el.cancel();
    expect(win.closeCalls).to.equal(1);
  });

  it('blocked twice: the attempt ends `popup-blocked`, retryable', async () => {
    open = stubOpen([null, null]);
    const {fetcher} = session();
    const {el, log} = await mount(html`<kyc-verify mode="popup" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => part(el, 'open-button'), 'no open button', READY);
    part(el, 'open-button')!.click();
    const result = await log.result();
    expect(result).to.include({status: 'error', code: 'popup-blocked', retryable: true, source: 'element'});
    expect(log.ready).to.have.length(0);
  });

  it('under autostart no window is opened without a click: the button is shown', async () => {
    open = stubOpen([fakeWindow()]);
    const {fetcher} = session();
    const {el, log} = mountDetached((element) => {
      element.mode = 'popup';
      element.autostart = true;
      element.fetcher = fetcher;
    });
    await waitUntil(() => part(el, 'open-button'), 'no open button', READY);
    expect(open.calls).to.have.length(0);
    expect(log.starts).to.have.length(1);
    el.cancel();
    cleanupDetached();
  });

  it('closed without a result: "The verification window was closed" with Reopen and Cancel; Cancel ends `cancelled` and tells the backend', async () => {
    const win = fakeWindow();
    open = stubOpen([win]);
    const {fetcher, calls} = session();
    const {el, log} = await mount(html`<kyc-verify mode="popup" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    await clock.tick(5_000);
    expect(part(el, 'reopen-button')).to.equal(null);
    win.closed = true;
    await clock.tick(1_000);
    await el.updateComplete;
    const text = stringsFor('en');
    expect(el.shadowRoot!.textContent).to.contain(text.popupClosed);
    expect(part(el, 'reopen-button')!.textContent!.trim()).to.equal(text.popupReopen);
    expect(part(el, 'cancel-button')!.textContent!.trim()).to.equal(text.popupCancel);
    expect(log.results).to.have.length(0);
    part(el, 'cancel-button')!.click();
    const result = await log.result();
    expect(result).to.include({status: 'cancelled', retryable: true, source: 'element'});
    await waitUntil(() => calls.some((c) => c.purpose === 'cancel'), 'no cancel request');
  });

  it('closed and no news for 2 minutes: ends `cancelled` (popup-closed)', async () => {
    const {log, win} = await readyPopup();
    win.closed = true;
    await clock.tick(1_000);
    await clock.tick(119_000);
    expect(log.results).to.have.length(0);
    await clock.tick(1_000);
    const result = await log.result();
    expect(result).to.include({status: 'cancelled', code: 'popup-closed', retryable: true});
    expect(clock.pending).to.equal(0);
  });

  it('a closed window is no proof (COOP): a result that arrives later still counts', async () => {
    const {el, log, win} = await readyPopup();
    win.closed = true;
    await clock.tick(60_000);
    await el.updateComplete;
    expect(part(el, 'reopen-button')).to.exist;
    broadcastReturn(log.starts[0].attempt, {status: 'success'});
    expect((await log.result()).status).to.equal('completed');
    await clock.tick(5 * 60_000);
    expect(log.results).to.have.length(1);
  });

  it('Reopen opens the link again with a fresh click and stops the 2-minute countdown', async () => {
    const first = fakeWindow();
    const second = fakeWindow();
    open = stubOpen([first, second]);
    const {fetcher} = session();
    const {el, log} = await mount(html`<kyc-verify mode="popup" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    first.closed = true;
    await clock.tick(1_000);
    await el.updateComplete;
    part(el, 'reopen-button')!.click();
    expect(open.calls.map((c) => c.url)).to.deep.equal(['about:blank', 'about:blank']);
    expect(second.pointedAt).to.equal(LINK);
    expect(open.calls[1].target).to.equal(open.calls[0].target);
    await el.updateComplete;
    expect(part(el, 'reopen-button')).to.equal(null);
    await clock.tick(5 * 60_000);
    expect(log.results).to.have.length(0);
    el.cancel();
    expect(second.closeCalls).to.equal(1);
  });

  it('cancel() closes the window', async () => {
    const {el, log, win} = await readyPopup();
    el.cancel();
    expect(win.closeCalls).to.equal(1);
    expect((await log.result()).status).to.equal('cancelled');
    expect(clock.pending).to.equal(0);
  });

  it('cancel() while the backend is still answering closes the blank window', async () => {
    const win = fakeWindow();
    open = stubOpen([win]);
    const answer = deferred<unknown>();
    const {fetcher} = fetcherFrom(() => answer.promise);
    const {el, log} = await mount(html`<kyc-verify mode="popup" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    el.cancel();
    expect(win.closeCalls).to.equal(1);
    answer.resolve({provider: 'generic', url: LINK});
    await flush();
    expect(win.pointedAt).to.equal('');
    expect(log.results.map((r) => r.status)).to.deep.equal(['cancelled']);
  });

  it('learns the outcome by polling when a status URL is given; after `completed`, waits for the verdict', async () => {
    const win = fakeWindow();
    open = stubOpen([win]);
    let polls = 0;
    const {fetcher} = fetcherFrom((request) => {
      if (request.purpose === 'status') return ++polls < 2 ? {status: 'completed'} : {status: 'approved'};
      return {provider: 'generic', url: LINK, statusUrl: '/api/kyc/status'};
    });
    const {el, log} = await mount(html`<kyc-verify mode="popup" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'not ready', READY);
    await clock.tick(2_000);
    expect((await log.result()).status).to.equal('completed');
    // closing the window now is expected: no "closed" view, no cancellation
    win.closed = true;
    await clock.tick(3_000);
    await el.updateComplete;
    expect(part(el, 'reopen-button')).to.equal(null);
    const verdict = await log.nthResult(2);
    expect(verdict).to.include({status: 'approved', source: 'status'});
    expect(log.results).to.have.length(2);
  });

  it('auto picks popup for a provider not known to allow framing; without a click in its task it offers the button', async () => {
    const win = fakeWindow();
    open = stubOpen([win]);
    const {fetcher} = fetcherFrom(() => ({success: true, data: {id: 'link_1', url: 'https://verify.trusset.org/link_1', status: 'pending', expiresAt: '2099-01-01T00:00:00Z'}}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => part(el, 'open-button'), 'no open button', READY);
    expect(open.calls).to.have.length(0);
    part(el, 'open-button')!.click();
    expect(open.calls[0].url).to.equal('about:blank');
    expect(win.pointedAt).to.equal('https://verify.trusset.org/link_1');
    expect(log.ready[0]).to.include({mode: 'popup', provider: 'trusset'});
    el.cancel();
  });
});
