/**
 * SPEC §4 "Coming back from the provider": the element's iframe landing on the return URL, return
 * pages in frames (the standalone script and the element itself), forwarded results, and the
 * top-level return of redirect mode.
 */
import {expect} from '@open-wc/testing';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {rememberAttempt} from '../src/modes/redirect/storage.js';
import {
  EventLog,
  broadcastReturn,
  cleanupDetached,
  fetcherFrom,
  frameOf,
  html,
  mockEndpoint,
  mount,
  mountDetached,
  nextMessage,
  returnUrlOf,
  quiet,
  broadcastReturnsDelivered,
  shadow,
  simLink,
  type SimStep,
  waitUntil,
} from './helpers.js';

const RETURN = 'kyc-verify/return';
const CLOSE_WINDOW = 'You can close this window.';
const FINISHED_ELSEWHERE = 'Verification finished — continue where you started.';
/** A same-origin page without any return script: only the element's own `load` handler can read it. */
const BARE_LANDING = '/__sim/config';
/** A flow page that stays open and says nothing by itself. */
const QUIET: SimStep[] = [{wait: 0}];

const frames: HTMLIFrameElement[] = [];

function addFrame(src: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = src;
  frames.push(frame);
  document.body.append(frame);
  return frame;
}

const isReturnFor = (attempt: string) => (event: MessageEvent) =>
  !!event.data && typeof event.data === 'object' && event.data.type === RETURN && event.data.attempt === attempt;

/** The next message on `BroadcastChannel('kyc-verify')` for `attempt`. */
function nextBroadcast(attempt: string): Promise<unknown> {
  const channel = new BroadcastChannel('kyc-verify');
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      if (event.data?.attempt === attempt) {
        channel.close();
        resolve(event.data);
      }
    };
  });
}

/**
 * Records every page the element's iframe finished loading (same-origin hrefs; '' while on the
 * provider). The capture listener runs before the element's own `load` handler on the frame, so
 * the href is recorded one task later, when the element has handled that load.
 */
function watchLandings(el: KycVerifyElement) {
  const hrefs: string[] = [];
  shadow(el).addEventListener(
    'load',
    (event) => {
      const frame = event.target;
      if (!(frame instanceof HTMLIFrameElement)) return;
      let href = '';
      try {
        href = frame.contentWindow?.location.href ?? '';
      } catch {
        href = '';
      }
      setTimeout(() => hrefs.push(href), 0);
    },
    true,
  );
  return {
    hrefs,
    until: (match: (href: string) => boolean) => waitUntil(() => hrefs.some(match), 'the frame never landed there', {timeout: 5000}),
  };
}

/** Starts an attempt with a fetcher that answers a Jumio session whose link `makeLink` builds. */
async function startWith(provider: 'jumio' | 'smile', makeLink: (returnUrl: string) => Promise<string>, returnUrl?: string) {
  const {fetcher} = fetcherFrom(async (request) => {
    const link = await makeLink(returnUrlOf(request));
    return provider === 'jumio' ? {web: {href: link}, account: {id: 'acc-1'}} : {link, ref_id: 'ref-smile-1'};
  });
  const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${returnUrl ?? BARE_LANDING}></kyc-verify>`);
  const landings = watchLandings(el);
  el.start();
  return {el, log, landings};
}

/** Waits until the attempt is live: the flow is mounted and forwarded returns are listened for. */
const whenActive = (el: KycVerifyElement) => waitUntil(() => el.state === 'active' && !!frameOf(el), 'the flow never became active', {timeout: 5000});

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  cleanupDetached();
});

describe('SPEC §4 returns: the element’s iframe landing on the return URL', () => {
  it('reads the landing on load and reports it once as a redirect result, without secrets or URLs in params', async () => {
    const secrets = {authorizationToken: 'secret-1', accessToken: 'secret-2', token: 'secret-3', authCode: 'secret-4', redirectUrl: 'https://evil.example/next?x=1', other: 'javascript:alert(1)', next: '//evil.example/x'};
    const {el, log} = await startWith('jumio', (ret) =>
      simLink('jumio', ret, [{redirect: {acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-land', transactionReference: 'wfe-land', ...secrets}}]),
    );
    const result = await log.result();
    expect(JSON.stringify(result)).to.not.match(/secret-|evil\.example|javascript:/);
    expect(result).to.include({status: 'completed', provider: 'jumio', source: 'redirect', reference: 'wfe-land', retryable: false});
    expect(result.params).to.deep.equal({acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-land', transactionReference: 'wfe-land'});
    expect(log.results).to.have.length(1);
    expect(el.state).to.equal('done');
    expect(frameOf(el), 'the flow is closed').to.equal(null);
  });

  it('reads a landing where the provider appended `?status=…` to a URL that already had a query', async () => {
    const {log} = await startWith('smile', (ret) => simLink('smile', ret, [{redirect: {status: 'success', user_id: 'u-land'}, join: '?'}]));
    const result = await log.result();
    expect(result).to.include({status: 'completed', provider: 'smile', source: 'redirect', reference: 'u-land'});
    expect(result.params).to.deep.equal({status: 'success', user_id: 'u-land'});
  });

  it('ignores a landing whose marker belongs to a different attempt, then accepts the live one', async () => {
    const foreign = new URL(`${BARE_LANDING}?kyc_attempt=someone-elses-attempt`, location.href).href;
    const {el, log, landings} = await startWith('jumio', () => simLink('jumio', foreign, [{redirect: {acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-foreign'}}]));
    await landings.until((href) => href.includes('someone-elses-attempt'));
    expect(log.results, 'a foreign marker reports nothing').to.have.length(0);
    expect(el.state).to.equal('active');
    const live = log.starts[0].attempt;
    frameOf(el)!.src = `${BARE_LANDING}?kyc_attempt=${live}&acquisitionStatus=SUCCESS&workflowExecutionId=wfe-live`;
    const result = await log.result();
    expect(result).to.include({attempt: live, status: 'completed', source: 'redirect', reference: 'wfe-live'});
    expect(log.results).to.have.length(1);
  });
});

describe('SPEC §4 returns: the standalone `kyc-verify/return` script in a frame forwards', () => {
  it('forwards the params to its parent and on BroadcastChannel, and says the window can be closed', async () => {
    const attempt = `standalone-${Date.now()}`;
    const message = nextMessage(isReturnFor(attempt));
    const broadcast = nextBroadcast(attempt);
    const frame = addFrame(`/test/fixtures/return.html?kyc_attempt=${attempt}&status=success&user_id=u1`);
    const event = await message;
    const expected = {type: RETURN, attempt, params: {status: 'success', user_id: 'u1'}};
    expect(event.source).to.equal(frame.contentWindow);
    expect(event.origin).to.equal(location.origin);
    expect(event.data).to.deep.equal(expected);
    expect(await broadcast).to.deep.equal(expected);
    await waitUntil(() => frame.contentDocument?.querySelector('[data-kyc-verify-return]')?.textContent === CLOSE_WINDOW, 'no "You can close this window"');
    expect(frame.contentDocument!.querySelector('[data-kyc-verify-return]')!.getAttribute('role')).to.equal('status');
  });

  it('forwards params that follow a second `?`', async () => {
    const attempt = `standalone-q-${Date.now()}`;
    const message = nextMessage(isReturnFor(attempt));
    addFrame(`/test/fixtures/return.html?kyc_attempt=${attempt}?status=success&user_id=u2`);
    expect((await message).data.params).to.deep.equal({status: 'success', user_id: 'u2'});
  });
});

describe('SPEC §4 returns: the element waking up in a frame on a return URL forwards and starts nothing', () => {
  it('forwards, says the window can be closed, starts nothing and reports nothing', async () => {
    const attempt = `element-return-${Date.now()}`;
    const message = nextMessage(isReturnFor(attempt));
    const broadcast = nextBroadcast(attempt);
    const frame = addFrame(`/test/fixtures/element-return.html?kyc_attempt=${attempt}&status=success&user_id=u1`);
    const event = await message;
    expect(event.source).to.equal(frame.contentWindow);
    expect(event.data).to.deep.equal({type: RETURN, attempt, params: {status: 'success', user_id: 'u1'}});
    expect(await broadcast).to.deep.equal(event.data);

    const inner = frame.contentDocument!.querySelector('kyc-verify') as KycVerifyElement;
    await inner.updateComplete;
    expect(inner.shadowRoot!.textContent).to.include(CLOSE_WINDOW);
    // `autostart` did not start: no loading state, no start button, no flow, no end view.
    expect(inner.getAttribute('state')).to.equal('idle');
    expect(inner.shadowRoot!.querySelector('[part~="start-button"], iframe, [part~="end"]')).to.equal(null);
    const requests = await (await fetch('/mock/requests?rec=return-page')).json();
    expect(requests, 'the return page asked the backend for nothing').to.deep.equal([]);

    // Another element waking up there, listened to from before it connects: still no events at all.
    const mock = mockEndpoint({body: {url: 'http://127.0.0.1:1/never'}});
    const second = frame.contentDocument!.createElement('kyc-verify') as KycVerifyElement;
    second.setAttribute('autostart', '');
    second.setAttribute('endpoint', mock.endpoint);
    const log = new EventLog(second);
    const again = nextMessage(isReturnFor(attempt));
    frame.contentDocument!.body.append(second);
    await again;
    await second.updateComplete;
    expect(log.all).to.deep.equal([]);
    expect(second.getAttribute('state')).to.equal('idle');
    expect(second.shadowRoot!.textContent).to.include(CLOSE_WINDOW);
    expect(await mock.requests()).to.deep.equal([]);
  });
});

describe('SPEC §4 returns: a forwarded result counts only for the live attempt', () => {
  it('a forwarded result with the live attempt ends it; one with another attempt id is ignored', async () => {
    const {el, log} = await startWith('jumio', (ret) => simLink('jumio', ret, QUIET));
    await whenActive(el);
    const live = log.starts[0].attempt;
    // Channel messages arrive in order: were the foreign one counted, the first result would be `cancelled`.
    broadcastReturn('another-attempt', {acquisitionStatus: 'ERROR', publicErrorCode: 'G000000'});
    broadcastReturn(live, {acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-forwarded'});
    const result = await log.result();
    expect(result).to.include({attempt: live, status: 'completed', source: 'redirect', reference: 'wfe-forwarded'});
    expect(el.state).to.equal('done');
    expect(frameOf(el)).to.equal(null);
    // Later forwards for the same attempt are dropped.
    await broadcastReturnsDelivered([live, {acquisitionStatus: 'ERROR', publicErrorCode: 'G000000'}]);
    expect(log.results).to.have.length(1);
  });

  it('a return page in another frame of this page forwards the live attempt\'s result', async () => {
    const {el, log} = await startWith('smile', (ret) => simLink('smile', ret, QUIET));
    await whenActive(el);
    const live = log.starts[0].attempt;
    addFrame(`/test/fixtures/return.html?kyc_attempt=${live}&status=cancelled&user_id=u-frame`);
    const result = await log.result();
    expect(result).to.include({attempt: live, status: 'cancelled', retryable: true, provider: 'smile', source: 'redirect', reference: 'u-frame'});
    expect(el.state).to.equal('failed');
  });

  it('two elements on one page do not hear each other\'s results', async () => {
    const a = await startWith('jumio', (ret) => simLink('jumio', ret, QUIET));
    const b = await startWith('jumio', (ret) => simLink('jumio', ret, QUIET));
    await whenActive(a.el);
    await whenActive(b.el);
    const idA = a.log.starts[0].attempt;
    const idB = b.log.starts[0].attempt;
    expect(idA).to.not.equal(idB);
    broadcastReturn(idA, {acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-a'});
    broadcastReturn(idB, {acquisitionStatus: 'ERROR', publicErrorCode: 'G000000'});
    const resultA = await a.log.result();
    const resultB = await b.log.result();
    expect(resultA).to.include({attempt: idA, status: 'completed', reference: 'wfe-a'});
    expect(resultB).to.include({attempt: idB, status: 'cancelled', code: 'G000000'});
    await broadcastReturnsDelivered();
    expect(a.log.results).to.have.length(1);
    expect(b.log.results).to.have.length(1);
  });
});

describe('SPEC §4 returns: the top-level return of redirect mode is reported once', () => {
  let original: string;
  const stored: string[] = [];

  /** The test page's URL with the provider's return params appended. */
  const withReturn = (query: string) => `${original}${original.includes('?') ? '&' : '?'}${query}`;

  function remember(attempt: string) {
    stored.push(attempt);
    rememberAttempt({attempt, provider: 'smile', mode: 'redirect', reference: 'r1'});
  }

  beforeEach(() => {
    original = location.href;
  });

  afterEach(() => {
    history.replaceState(history.state, '', original);
    for (const attempt of stored.splice(0)) sessionStorage.removeItem(`kyc-verify:attempt:${attempt}`);
  });

  it('reports a stored attempt once, consumes it, and removes the return params from the URL', async () => {
    const attempt = crypto.randomUUID();
    remember(attempt);
    history.replaceState(history.state, '', withReturn(`kyc_attempt=${attempt}&status=success&user_id=u1`));
    const {el, log} = mountDetached();
    const result = await log.result();
    expect(result).to.include({attempt, status: 'completed', provider: 'smile', source: 'redirect', reference: 'u1', retryable: false});
    // Only what the provider appended after the marker: not the page's own query.
    expect(result.params).to.deep.equal({status: 'success', user_id: 'u1'});
    expect(location.href, 'the return params are gone').to.equal(original);
    expect(sessionStorage.getItem(`kyc-verify:attempt:${attempt}`), 'the stored attempt is consumed').to.equal(null);
    await el.updateComplete;
    expect(el.state).to.equal('done');
    expect(shadow(el).querySelector('[part~="heading"]')).to.exist;
    await quiet(el);
    expect(log.results).to.have.length(1);
    expect(log.starts, 'nothing was started').to.have.length(0);

    // The same return again (reload, back button, shared link): the attempt was consumed.
    history.replaceState(history.state, '', withReturn(`kyc_attempt=${attempt}&status=success&user_id=u1`));
    const second = mountDetached();
    await quiet(second.el);
    expect(second.log.all).to.deep.equal([]);
    expect(shadow(second.el).textContent).to.include(FINISHED_ELSEWHERE);
  });

  it('a marker with no stored attempt reports nothing and says to continue where the user started', async () => {
    history.replaceState(history.state, '', withReturn(`kyc_attempt=${crypto.randomUUID()}&status=success&user_id=u1`));
    const {el, log} = mountDetached();
    await quiet(el);
    expect(log.all).to.deep.equal([]);
    expect(el.state).to.equal('idle');
    expect(shadow(el).textContent).to.include(FINISHED_ELSEWHERE);
    expect(shadow(el).querySelector('[part~="start-button"]')).to.equal(null);
    expect(location.href).to.equal(original);
  });

  it('`autostart` never starts on a page whose URL carries a marker', async () => {
    const mock = mockEndpoint({body: {url: 'http://127.0.0.1:1/never'}});
    history.replaceState(history.state, '', withReturn(`kyc_attempt=${crypto.randomUUID()}&status=success`));
    const {el, log} = mountDetached((element) => {
      element.autostart = true;
      element.endpoint = mock.endpoint;
    });
    await quiet(el);
    expect(log.starts).to.have.length(0);
    expect(el.state).to.equal('idle');
    expect(await mock.requests()).to.deep.equal([]);
  });

  it('`autostart` does not start on a stored return either: it only reports it', async () => {
    const mock = mockEndpoint({body: {url: 'http://127.0.0.1:1/never'}});
    const attempt = crypto.randomUUID();
    remember(attempt);
    history.replaceState(history.state, '', withReturn(`kyc_attempt=${attempt}&status=cancelled`));
    const {log} = mountDetached((element) => {
      element.autostart = true;
      element.endpoint = mock.endpoint;
    });
    const result = await log.result();
    expect(result).to.include({attempt, status: 'cancelled', source: 'redirect', reference: 'r1'});
    await quiet();
    expect(log.starts).to.have.length(0);
    expect(await mock.requests()).to.deep.equal([]);
  });

  it('reads only what follows the marker: the page\'s own query neither shadows nor joins the provider\'s params', async () => {
    const attempt = crypto.randomUUID();
    remember(attempt);
    // The page's own URL has a `status` of its own; the marker is set last, the provider appends after it.
    const own = withReturn('status=draft');
    history.replaceState(history.state, '', `${own}&kyc_attempt=${attempt}&status=success&user_id=u7`);
    const {log} = mountDetached();
    const result = await log.result();
    expect(result).to.include({attempt, status: 'completed', reference: 'u7'});
    expect(result.params).to.deep.equal({status: 'success', user_id: 'u7'});
    expect(location.href, 'the page keeps its own params').to.equal(own);
  });

  it('parses a return where the provider appended a second `?`', async () => {
    const attempt = crypto.randomUUID();
    remember(attempt);
    history.replaceState(history.state, '', withReturn(`kyc_attempt=${attempt}?status=success&user_id=u9`));
    const {log} = mountDetached();
    const result = await log.result();
    expect(result).to.include({attempt, status: 'completed', reference: 'u9'});
    expect(result.params).to.deep.equal({status: 'success', user_id: 'u9'});
    expect(location.href).to.equal(original);
  });
});
