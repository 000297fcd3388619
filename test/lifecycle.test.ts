/**
 * SPEC §1 (state, methods, events, focus, accessibility) and §5 (lifecycle, secrets): how the element
 * starts, restarts, cancels, tears down and reports, as the page sees it.
 */
import {expect, fixture} from '@open-wc/testing';
import {defineKycVerify} from '../src/define.js';
import {KycVerifyElement} from '../src/kyc-verify.js';
import type {BackendRequest} from '../src/types.js';
import {
  EventLog,
  RETURN_PAGE,
  broadcastReturn,
  cleanupDetached,
  deferred,
  fetcherFrom,
  frameOf,
  html,
  jumioMessage,
  mockEndpoint,
  mount,
  mountDetached,
  nextProbe,
  returnUrlOf,
  quiet,
  broadcastReturnsDelivered,
  shadow,
  sim,
  simLink,
  type SimStep,
  waitUntil,
} from './helpers.js';

/** A flow page that stays open and says nothing by itself. */
const QUIET: SimStep[] = [{wait: 0}];
const SUCCESS: SimStep[] = [{post: jumioMessage('success', {reference: 'wfe-life'})}];

/** A Jumio session (from the request, so the link carries the marked return URL). */
const jumioSession = async (request: BackendRequest, script: SimStep[] = QUIET) => ({
  web: {href: await simLink('jumio', returnUrlOf(request), script)},
  account: {id: 'acc-1'},
});

/** A mock endpoint answering a Jumio session with a quiet flow page. */
async function quietEndpoint(options: {delay?: number} = {}) {
  return mockEndpoint({...options, body: {web: {href: await simLink('jumio', '__RETURN__', QUIET)}, account: {id: 'acc-1'}}});
}

const startButton = (el: KycVerifyElement) => shadow(el).querySelector<HTMLButtonElement>('[part~="start-button"]');
const whenReady = (log: EventLog, n = 1) => waitUntil(() => log.ready.length >= n, 'no kyc-ready', {timeout: 6000});

type Recorded = Awaited<ReturnType<ReturnType<typeof mockEndpoint>['requests']>>;
async function requestsUntil(mock: ReturnType<typeof mockEndpoint>, match: (list: Recorded) => boolean): Promise<Recorded> {
  let list: Recorded = [];
  await waitUntil(
    async () => {
      list = await mock.requests();
      return match(list);
    },
    'the backend never saw the expected requests',
    {timeout: 5000},
  );
  return list;
}

/** Records every value of the `state` attribute, in order (each change's old value, then the current one). */
function watchStateAttribute(el: KycVerifyElement) {
  const previous: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) previous.push(record.oldValue ?? '');
  });
  observer.observe(el, {attributeFilter: ['state'], attributeOldValue: true});
  return {
    sequence: () => {
      for (const record of observer.takeRecords()) previous.push(record.oldValue ?? '');
      return [...previous, el.getAttribute('state') ?? ''];
    },
    stop: () => observer.disconnect(),
  };
}

afterEach(() => {
  cleanupDetached();
});

describe('SPEC §1 the `state` attribute follows the attempt', () => {
  it('reflects idle → loading → active → done', async () => {
    const answer = deferred<unknown>();
    const {fetcher} = fetcherFrom(() => answer.promise);
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    expect(el.getAttribute('state')).to.equal('idle');
    const states = watchStateAttribute(el);
    startButton(el)!.click();
    await waitUntil(() => el.getAttribute('state') === 'loading', 'never loading');
    answer.resolve(await jumioSession({purpose: 'session', url: '', method: 'POST', headers: {}, body: {returnUrl: RETURN_PAGE}}, [{wait: 50}, ...SUCCESS]));
    await log.result();
    await el.updateComplete;
    expect(states.sequence()).to.deep.equal(['idle', 'loading', 'active', 'done']);
    expect(el.state).to.equal('done');
    states.stop();
  });

  it('reflects idle → loading → failed when the backend cannot be reached', async () => {
    const {fetcher} = fetcherFrom(() => Promise.reject(new TypeError('Failed to fetch')));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    const states = watchStateAttribute(el);
    el.start();
    const result = await log.result();
    await el.updateComplete;
    expect(result).to.include({status: 'error', code: 'network', source: 'element', retryable: true});
    expect(states.sequence()).to.deep.equal(['idle', 'loading', 'failed']);
    states.stop();
  });
});

describe('SPEC §1 starting an attempt: one attempt, one session request', () => {
  it('a click on the start button starts an attempt and asks the backend for a session', async () => {
    const mock = await quietEndpoint();
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
    expect(startButton(el)).to.exist;
    startButton(el)!.click();
    expect(log.starts).to.have.length(1);
    const [request] = await requestsUntil(mock, (list) => list.length === 1);
    expect(request.body).to.include({purpose: 'session', attempt: log.starts[0].attempt});
    await whenReady(log);
    expect(frameOf(el)).to.exist;
  });

  it('a custom start button in slot="start" starts an attempt too', async () => {
    const {fetcher, calls} = fetcherFrom((request) => jumioSession(request));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}><button slot="start" id="mine">Check my ID</button></kyc-verify>`);
    el.querySelector<HTMLButtonElement>('#mine')!.click();
    expect(log.starts).to.have.length(1);
    await whenReady(log);
    expect(calls).to.have.length(1);
    expect(el.state).to.equal('active');
  });

  it('a double click starts one attempt with one backend request', async () => {
    const mock = await quietEndpoint();
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
    const button = startButton(el)!;
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', {bubbles: true, composed: true}));
    await whenReady(log);
    expect(log.starts).to.have.length(1);
    expect(await mock.requests()).to.have.length(1);
  });

  it('start() while an attempt is loading or active does nothing', async () => {
    const mock = await quietEndpoint({delay: 300});
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
    el.start();
    el.start(); // loading
    await whenReady(log);
    const frame = frameOf(el);
    el.start(); // active
    await el.updateComplete;
    expect(log.starts).to.have.length(1);
    expect(log.results).to.have.length(0);
    expect(el.state).to.equal('active');
    expect(frameOf(el), 'the same flow goes on').to.equal(frame);
    expect(await mock.requests()).to.have.length(1);
  });

  it('start() after a result starts a fresh attempt without reporting the ended one again', async () => {
    const {fetcher, calls} = fetcherFrom((request) => jumioSession(request, calls.length === 1 ? SUCCESS : QUIET));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await log.result();
    expect(el.state).to.equal('done');
    el.start();
    expect(log.starts).to.have.length(2);
    expect(log.starts[1].attempt).to.not.equal(log.starts[0].attempt);
    await whenReady(log);
    expect(log.results).to.have.length(1);
    expect(calls.map((c) => c.body?.attempt)).to.deep.equal(log.starts.map((s) => s.attempt));
    expect(el.state).to.equal('active');
  });

  it('`autostart` starts on connect, without moving focus into the flow', async () => {
    const {fetcher, calls} = fetcherFrom((request) => jumioSession(request));
    const {el, log} = mountDetached((element) => {
      element.autostart = true;
      element.fetcher = fetcher;
    });
    await waitUntil(() => log.starts.length === 1, 'autostart did not start');
    await whenReady(log);
    expect(calls).to.have.length(1);
    expect(shadow(el).activeElement, 'no focus stolen on load').to.equal(null);
  });
});

describe('SPEC §1 restart() and cancel() end the live attempt and tell the backend', () => {
  it('restart() does not orphan an attempt that a kyc-result listener started in reaction to `restarted`', async () => {
    const {fetcher, calls} = heldSession();
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => calls.length === 1, 'no session request', {timeout: 5000});
    el.addEventListener('kyc-result', () => el.start(), {once: true}); // an auto-retry pattern
    el.restart();
    expect(log.starts, 'one attempt from the listener, none more from restart()').to.have.length(2);
    expect(log.results.map((r) => r.code)).to.deep.equal(['restarted']);
    el.cancel(); // the live attempt is the listener's: it ends, with its own result
    expect(log.results).to.have.length(2);
    expect(log.results[1]).to.include({attempt: log.starts[1].attempt, status: 'cancelled', code: 'cancelled'});
  });

  it('restart() ends the live attempt as cancelled (`restarted`), then starts a new attempt with a new session', async () => {
    const mock = await quietEndpoint();
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
    el.start();
    await whenReady(log);
    const first = log.starts[0].attempt;
    el.restart();
    expect(log.results).to.have.length(1);
    expect(log.results[0]).to.include({attempt: first, status: 'cancelled', code: 'restarted', source: 'element'});
    expect(log.starts).to.have.length(2);
    const second = log.starts[1].attempt;
    expect(second).to.not.equal(first);
    expect(log.all.slice(-2)).to.deep.equal(['kyc-result', 'kyc-start']);
    const requests = await requestsUntil(mock, (list) => list.length >= 3);
    const sessions = requests.filter((r) => r.body?.purpose === 'session').map((r) => r.body.attempt);
    expect(sessions).to.deep.equal([first, second]);
    expect(requests.filter((r) => r.body?.purpose === 'cancel').map((r) => r.body.attempt)).to.deep.equal([first]);
    await whenReady(log, 2);
    expect(log.ready[1].attempt).to.equal(second);
    expect(el.state).to.equal('active');
  });

  it('cancel() ends the live attempt as cancelled, removes the flow and tells the backend', async () => {
    const mock = await quietEndpoint();
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
    startButton(el)!.click();
    await whenReady(log);
    const attempt = log.starts[0].attempt;
    el.cancel();
    const result = await log.result();
    expect(result).to.include({attempt, status: 'cancelled', retryable: true, source: 'element'});
    await el.updateComplete;
    expect(frameOf(el), 'the iframe is gone').to.equal(null);
    expect(el.state).to.equal('failed');
    const requests = await requestsUntil(mock, (list) => list.some((r) => r.body?.purpose === 'cancel'));
    const cancel = requests.find((r) => r.body?.purpose === 'cancel')!;
    expect(cancel.method).to.equal('POST');
    expect(cancel.body).to.include({purpose: 'cancel', attempt});
    // Focus returns to the control that starts again.
    expect(shadow(el).activeElement?.matches('[part~="retry-button"], [part~="start-button"]')).to.equal(true);
  });

  it('cancel() sends the cancel call through the fetcher when there is one', async () => {
    const {fetcher, calls} = fetcherFrom((request) => (request.purpose === 'cancel' ? {} : jumioSession(request)));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await whenReady(log);
    el.cancel();
    await waitUntil(() => calls.some((c) => c.purpose === 'cancel'), 'no cancel call');
    expect(calls.map((c) => c.purpose)).to.deep.equal(['session', 'cancel']);
    expect(calls[1].body).to.include({purpose: 'cancel', attempt: log.starts[0].attempt});
  });

  it('cancel() does nothing when idle or after the result', async () => {
    const {fetcher, calls} = fetcherFrom((request) => jumioSession(request, SUCCESS));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.cancel();
    await el.updateComplete;
    expect(log.all).to.deep.equal([]);
    expect(el.state).to.equal('idle');
    expect(calls).to.have.length(0);
    el.start();
    await log.result();
    el.cancel();
    await quiet(el);
    expect(log.results).to.have.length(1);
    expect(el.state).to.equal('done');
    expect(calls.map((c) => c.purpose)).to.deep.equal(['session']);
  });
});

describe('SPEC §1 start() on an element that is not on the page yet', () => {
  it('does not throw; the result comes, and once the element is attached its end view is styled', async () => {
    const {fetcher, calls} = fetcherFrom(() => ({error: {code: 'kyc-paused', message: 'Try later', retryable: true}}));
    const el = document.createElement('kyc-verify');
    el.fetcher = fetcher;
    const log = new EventLog(el);
    expect(() => el.start()).to.not.throw();
    expect(await log.result()).to.include({status: 'error', code: 'kyc-paused', retryable: true});
    expect(calls.map((c) => c.purpose)).to.deep.equal(['session']);
    await quiet(); // the end view's chunk, asked for by the result (a detached element does not update)
    document.body.append(el);
    try {
      await el.updateComplete;
      const end = el.shadowRoot!.querySelector('.end');
      expect(end, 'the end view').to.exist;
      expect(getComputedStyle(end!).textAlign, 'the end view’s styles reached the shadow root').to.equal('center');
    } finally {
      el.remove();
    }
  });
});

/** A fetcher whose session answer the test releases (`answer.resolve`); it keeps the abort signal. */
function heldSession() {
  const answer = deferred<unknown>();
  let signal: AbortSignal | undefined;
  const held = fetcherFrom(() => answer.promise);
  const fetcher = (request: BackendRequest, s: AbortSignal) => {
    signal = s;
    return held.fetcher(request);
  };
  return {answer, calls: held.calls, fetcher, signal: () => signal};
}

describe('SPEC §5 disconnecting tears everything down; moving does not', () => {
  it('disconnecting during the session request aborts it, and nothing follows when the answer arrives', async () => {
    const {answer, calls, signal, fetcher} = heldSession();
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => calls.length === 1, 'no session request', {timeout: 5000});
    el.remove();
    await waitUntil(() => signal()!.aborted, 'the request was not aborted');
    answer.resolve(await jumioSession(calls[0], SUCCESS));
    // The answer is in; what the element would do with it runs in the microtasks and tasks after it.
    await answer.promise;
    await quiet(el);
    expect(log.all).to.deep.equal(['kyc-start']);
    expect(frameOf(el)).to.equal(null);
    expect(el.state).to.equal('idle');
  });

  it('disconnecting during a slow HTTP request reports nothing even after the backend answered', async () => {
    const mock = await mockEndpoint({delay: 400, body: {web: {href: await simLink('jumio', '__RETURN__', SUCCESS)}, account: {id: 'a'}}});
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
    el.start();
    await requestsUntil(mock, (list) => list.length === 1);
    el.remove();
    // The same delay, asked for later: when this answer is in, the backend has answered the element too.
    await fetch(mockEndpoint({delay: 400}).endpoint, {method: 'POST', body: '{}'});
    await quiet(el);
    expect(log.all).to.deep.equal(['kyc-start']);
    expect(el.state).to.equal('idle');
  });

  it('moving the element while loading does not tear the attempt down', async () => {
    const {answer, calls, signal, fetcher} = heldSession();
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => calls.length === 1, 'no session request', {timeout: 5000});
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      elsewhere.append(el); // remove + insert in one task
      // Teardown would run one microtask after the disconnect.
      await el.updateComplete;
      expect(signal()!.aborted).to.equal(false);
      answer.resolve(await jumioSession(calls[0], SUCCESS));
      const result = await log.result();
      expect(result).to.include({attempt: log.starts[0].attempt, status: 'completed', source: 'message'});
      expect(log.starts).to.have.length(1);
    } finally {
      elsewhere.remove();
    }
  });

  it('moving the element while active keeps the flow and its listeners', async () => {
    const {fetcher, calls} = fetcherFrom((request) => jumioSession(request));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await whenReady(log);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      elsewhere.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('active');
      expect(frameOf(el)).to.exist;
      broadcastReturn(log.starts[0].attempt, {acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-moved'});
      const result = await log.result();
      expect(result).to.include({status: 'completed', reference: 'wfe-moved'});
      expect(log.starts).to.have.length(1);
      expect(calls).to.have.length(1);
    } finally {
      elsewhere.remove();
    }
  });

  it('disconnecting while active removes the flow and its listeners and returns to idle; reconnecting shows the start button', async () => {
    const {fetcher} = fetcherFrom((request) => jumioSession(request));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    const parent = el.parentElement!;
    el.start();
    await whenReady(log);
    const attempt = log.starts[0].attempt;
    el.remove();
    await waitUntil(() => el.state === 'idle', 'not back to idle');
    await el.updateComplete;
    expect(frameOf(el), 'the iframe is gone').to.equal(null);
    // A valid forwarded return for that attempt, by window message and by channel: nobody listens any more.
    const probe = `after-disconnect-${Date.now()}`;
    const probed = nextProbe(probe);
    window.postMessage({type: 'kyc-verify/return', attempt, params: {acquisitionStatus: 'SUCCESS'}}, location.origin);
    window.postMessage({probe}, location.origin);
    await probed;
    await broadcastReturnsDelivered([attempt, {acquisitionStatus: 'SUCCESS'}]);
    await quiet(el);
    expect(log.all).to.deep.equal(['kyc-start', 'kyc-ready']);
    parent.append(el);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('idle');
    expect(startButton(el)).to.exist;
    expect(log.all).to.deep.equal(['kyc-start', 'kyc-ready']);
  });
});

describe('SPEC §1 focus moves to the flow and to the end view', () => {
  it('after cancel() with the end view replaced through its slot, focus goes to the host’s own control there', async () => {
    const {fetcher, calls} = heldSession();
    const {el} = await mount(html`<kyc-verify .fetcher=${fetcher}><div slot="cancelled"><p>Stopped.</p><button id="again">Start again</button></div></kyc-verify>`);
    startButton(el)!.click();
    await waitUntil(() => calls.length === 1, 'no session request', {timeout: 5000});
    el.cancel();
    await el.updateComplete;
    expect(document.activeElement?.id).to.equal('again');
  });

  it('moves focus into the flow on kyc-ready after a click, and to the end view heading on the result', async () => {
    const {fetcher} = fetcherFrom((request) => jumioSession(request));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    startButton(el)!.click();
    await whenReady(log);
    expect(shadow(el).activeElement).to.equal(frameOf(el));
    broadcastReturn(log.starts[0].attempt, {acquisitionStatus: 'SUCCESS'});
    await log.result();
    await el.updateComplete;
    expect(shadow(el).activeElement?.matches('[part~="heading"]')).to.equal(true);
  });

  it('a retryable end view has a "Try again" button that starts a fresh attempt', async () => {
    let n = 0;
    const {fetcher, calls} = fetcherFrom((request) => (n++ === 0 ? Promise.reject(new TypeError('offline')) : jumioSession(request)));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(result).to.include({status: 'error', code: 'network', retryable: true});
    await el.updateComplete;
    const retry = shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]');
    expect(retry).to.exist;
    retry!.click();
    expect(log.starts).to.have.length(2);
    expect(log.starts[1].attempt).to.not.equal(log.starts[0].attempt);
    await whenReady(log);
    expect(calls).to.have.length(2);
    expect(log.results, 'the ended attempt is not reported twice').to.have.length(1);
  });

  it('a non-retryable end view has no "Try again" button', async () => {
    const {fetcher} = fetcherFrom(() => ({nothing: 'useful'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    expect(await log.result()).to.include({status: 'error', code: 'invalid-response', retryable: false});
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="retry-button"]')).to.equal(null);
    expect(shadow(el).querySelector('[part~="heading"]')).to.exist;
  });
});

describe('SPEC §1 events bubble and are composed', () => {
  it('bubble and are composed: the document hears them from inside another shadow root', async () => {
    const {fetcher} = fetcherFrom((request) => jumioSession(request, SUCCESS));
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({mode: 'open'});
    const el = document.createElement('kyc-verify');
    el.fetcher = fetcher;
    root.append(el);
    const heard: Array<{type: string; bubbles: boolean; composed: boolean; target: EventTarget | null}> = [];
    const listener = (event: Event) => heard.push({type: event.type, bubbles: event.bubbles, composed: event.composed, target: event.target});
    const types = ['kyc-start', 'kyc-ready', 'kyc-progress', 'kyc-result'];
    for (const type of types) document.addEventListener(type, listener);
    try {
      el.start();
      await waitUntil(() => heard.some((e) => e.type === 'kyc-result'), 'the document heard no kyc-result', {timeout: 6000});
      expect(heard.map((e) => e.type)).to.include.members(['kyc-start', 'kyc-result']);
      for (const event of heard) {
        expect(event.bubbles, event.type).to.equal(true);
        expect(event.composed, event.type).to.equal(true);
        expect(event.target, 'retargeted to the outer host').to.equal(outer);
      }
    } finally {
      for (const type of types) document.removeEventListener(type, listener);
    }
  });
});

describe('SPEC §5 defining the element twice is harmless', () => {
  it('defineKycVerify() twice is harmless', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => {
        defineKycVerify();
        defineKycVerify();
      }).to.not.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('kyc-verify')).to.equal(KycVerifyElement);
    expect(warnings).to.deep.equal([]);
    expect(document.createElement('kyc-verify')).to.be.instanceOf(KycVerifyElement);
  });
});

describe('SPEC §1 the element’s own UI passes the accessibility audit', () => {
  it('is accessible when idle', async () => {
    const {el} = await mount(html`<kyc-verify endpoint="/mock/session"></kyc-verify>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible in a done end view and in a retryable error end view', async () => {
    const done = await mount(html`<kyc-verify .fetcher=${fetcherFrom((request) => jumioSession(request, SUCCESS)).fetcher}></kyc-verify>`);
    done.el.start();
    await done.log.result();
    await done.el.updateComplete;
    await expect(done.el).to.be.accessible();

    const failed = await mount(html`<kyc-verify .fetcher=${fetcherFrom(() => Promise.reject(new TypeError('offline'))).fetcher}></kyc-verify>`);
    failed.el.start();
    await failed.log.result();
    await failed.el.updateComplete;
    expect(shadow(failed.el).querySelector('[part~="retry-button"]')).to.exist;
    await expect(failed.el).to.be.accessible();
  });
});

describe('SPEC §5 tokens and links stay out of attributes, events, storage and the console', () => {
  it('never exposes the link or any token after a full run', async () => {
    const LINK_SECRET = 'LINK-SECRET-7f3a';
    const AUTH_SECRET = 'AUTH-SECRET-91bc';
    const links: string[] = [];
    const {fetcher} = fetcherFrom(async (request) => {
      const url = new URL(
        await simLink('jumio', returnUrlOf(request), [
          {post: jumioMessage('loaded', {token: AUTH_SECRET, reference: 'wfe-secret'})},
          {post: jumioMessage('error', {token: AUTH_SECRET, reference: 'wfe-secret', metainfo: {publicErrorCode: 'A010500', retriable: true}})},
          {post: jumioMessage('success', {token: AUTH_SECRET, reference: 'wfe-secret'})},
        ]),
      );
      url.searchParams.set('authorizationToken', LINK_SECRET);
      links.push(url.href);
      return {web: {href: url.href}, account: {id: 'acc-secret'}, workflowExecution: {id: 'wfe-secret'}};
    });
    const logged: string[] = [];
    const original = {log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug};
    for (const level of Object.keys(original) as Array<keyof typeof original>) {
      console[level] = (...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
        original[level](...args);
      };
    }
    const details: unknown[] = [];
    const record = (event: Event) => details.push((event as CustomEvent).detail);
    const types = ['kyc-start', 'kyc-ready', 'kyc-progress', 'kyc-result'];
    for (const type of types) document.addEventListener(type, record);
    try {
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
      // The host's markup at every attribute change during the run.
      const snapshots: string[] = [];
      const observer = new MutationObserver(() => snapshots.push(el.outerHTML));
      observer.observe(el, {attributes: true});
      el.start();
      const result = await log.result();
      observer.disconnect();
      const hostDuringFlow = snapshots.join('\n');
      expect(result).to.include({status: 'completed', reference: 'wfe-secret'});
      expect(log.progress.map((p) => p.step)).to.include('provider-error');
      const flowPath = `${(await sim()).origin}/jumio/flow`;
      const everything = [hostDuringFlow, el.outerHTML, JSON.stringify(details), JSON.stringify({...sessionStorage}), JSON.stringify({...localStorage}), logged.join('\n')].join('\n');
      for (const secret of [LINK_SECRET, AUTH_SECRET, links[0], encodeURIComponent(links[0]), flowPath]) {
        expect(everything, `leaked: ${secret}`).to.not.include(secret);
      }
      expect(details.length).to.be.greaterThan(3);
    } finally {
      for (const type of types) document.removeEventListener(type, record);
      Object.assign(console, original);
    }
  });

  it('never exposes a session token', async () => {
    const TOKEN = 'TOKEN-SECRET-55de';
    const {fetcher} = fetcherFrom(async (request) => ({
      provider: 'generic',
      url: await simLink('generic', returnUrlOf(request), [{redirect: {status: 'success', token: TOKEN}}]),
      token: TOKEN,
      reference: 'ref-generic',
    }));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url="/__sim/config"></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(result).to.include({status: 'completed', source: 'redirect'});
    const everything = [el.outerHTML, JSON.stringify(log.starts), JSON.stringify(log.ready), JSON.stringify(log.progress), JSON.stringify(log.results), JSON.stringify({...sessionStorage})].join('\n');
    expect(everything).to.not.include(TOKEN);
  });
});
