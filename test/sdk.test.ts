/**
 * `mode="sdk"` through the element, with the REAL `@sumsub/websdk` and a simulated Sumsub WebSDK page
 * (demo/sim/websdk.js) on the provider sim's origin. The SDK finds that page the way it finds Sumsub:
 * from the `url` claim of an `_act-sbx-jwt-` token; the page plays the script in the token's `sim` claim
 * and reports what the SDK sent it (`idCheck.init`, `idCheck.updateAccessToken`) as `{sim: 'websdk'}`.
 */
import {expect} from '@open-wc/testing';
import {loadEngine} from '../src/load-engine.js';
import {sumsub} from '../src/providers/sumsub.js';
import type {BackendRequest} from '../src/types.js';
import {deferred, fetcherFrom, html, mockEndpoint, mount, nextProbe, returnUrlOf, shadow, sim, simLink, watchPageErrors, waitUntil} from './helpers.js';

// The resource timing buffer holds 250 entries by default; this page loads many modules.
performance.setResourceTimingBufferSize(5000);

/** One step of the simulated WebSDK page's script (see demo/sim/websdk.js). */
type WebSdkStep =
  | {event: string; payload?: Record<string, unknown>; session?: 'wrong' | 'none'}
  | {expire: true | number}
  | {nested: {origin: 'same' | 'other'; steps: WebSdkStep[]}}
  | {probe: string}
  | {resize: number}
  | {wait: number};

const b64json = (value: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))));

/**
 * A Sumsub-style sandbox token whose `url` claim points `@sumsub/websdk` at the simulated page, and
 * whose `sim` claim carries the script that page plays. `label` makes each token distinct.
 */
async function simToken(script: WebSdkStep[] | undefined, label: string, extra: Record<string, unknown> = {}): Promise<string> {
  const {origin, otherOrigin} = await sim();
  return `_act-sbx-jwt-${b64json({alg: 'HS256', typ: 'JWT'})}.${b64json({url: origin, label, sim: {other: otherOrigin, run: currentRun, script, ...extra}})}.c2ln`;
}

/** Tells this test's reports from a late one of the test before. */
let currentRun = '';

interface SimReport {
  sim: 'websdk';
  kind: 'init' | 'token';
  run?: string;
  accessToken?: string | null;
  error?: string;
  lang?: string;
  theme?: string;
  themeParam?: string | null;
  options?: Record<string, unknown>;
  origin?: string;
}

/** Collects what the simulated WebSDK page reports (plain objects without `method`: the SDK ignores them). */
class SimReports {
  readonly all: SimReport[] = [];
  private readonly onMessage = (event: MessageEvent) => {
    const data = event.data as SimReport | undefined;
    if (data && typeof data === 'object' && data.sim === 'websdk' && data.run === currentRun) this.all.push(data);
  };
  constructor() {
    window.addEventListener('message', this.onMessage);
  }
  of(kind: SimReport['kind']) {
    return this.all.filter((report) => report.kind === kind);
  }
  async wait(kind: SimReport['kind'], count = 1): Promise<SimReport[]> {
    await waitUntil(() => this.of(kind).length >= count, `fewer than ${count} '${kind}' reports from the simulated WebSDK`, {timeout: 6000});
    return this.of(kind);
  }
  stop() {
    window.removeEventListener('message', this.onMessage);
  }
}

let reports: SimReports;
let runs = 0;
beforeEach(() => {
  currentRun = `run-${++runs}`;
  reports = new SimReports();
});
afterEach(() => {
  reports.stop();
});

/** A fetcher answering `session` with `first` and each `refresh` with the next of `refreshes`. */
function tokenBackend(first: () => Promise<unknown>, refresh: (request: BackendRequest, n: number) => unknown = () => {
  throw new Error('no refresh expected');
}) {
  let n = 0;
  return fetcherFrom((request) => (request.purpose === 'refresh' ? refresh(request, ++n) : first()));
}

const sdkFrame = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLIFrameElement>('.flow iframe');
const greenPayload = {reviewStatus: 'completed', reviewResult: {reviewAnswer: 'GREEN'}};
const redPayload = (rejectType: 'FINAL' | 'RETRY') => ({reviewStatus: 'completed', reviewResult: {reviewAnswer: 'RED', reviewRejectType: rejectType}});

/** Starts a Sumsub SDK attempt that plays `script`; resolves once the SDK is ready. */
async function startSdk(script: WebSdkStep[], options: {attrs?: {locale?: string; theme?: string}; extra?: Record<string, unknown>} = {}) {
  const token = await simToken(script, 'session-1', options.extra);
  const backend = tokenBackend(async () => ({token}));
  const {el, log} = await mount(
    html`<kyc-verify .fetcher=${backend.fetcher} locale=${options.attrs?.locale ?? 'en'} sdk-theme=${options.attrs?.theme ?? ''}></kyc-verify>`,
  );
  el.start();
  await waitUntil(() => log.ready.length > 0, 'no kyc-ready', {timeout: 6000});
  return {el, log, token, calls: backend.calls};
}

describe('SPEC §3 sdk mode: the real @sumsub/websdk, its callbacks only, token refresh', () => {
  // First in this file: nothing before it has run SDK mode in this page.
  it('does not request the SDK chunk until SDK mode starts', async () => {
    const sdkRequests = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('@sumsub/websdk') || name.includes('sumsub-sdk'));
    const token = await simToken([], 'chunk');
    const {fetcher} = tokenBackend(async () => ({token}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    await loadEngine(); // the element preloads its engine (adapters, modes) on connect
    expect(sdkRequests(), 'before start').to.deep.equal([]);
    el.start();
    await waitUntil(() => log.ready.length > 0, 'no kyc-ready', {timeout: 6000});
    expect(sdkRequests().some((name) => name.includes('@sumsub/websdk')), 'after start').to.equal(true);
  });

  it('auto mounts @sumsub/websdk in the shadow root for a Sumsub token, with lang, theme and no <head> edits', async () => {
    const viewportTags = document.head.querySelectorAll('meta[name="viewport"]').length;
    const {el, log, token} = await startSdk([{resize: 480}], {attrs: {locale: 'de-CH', theme: 'dark'}});
    expect(log.ready).to.have.length(1);
    expect(log.ready[0]).to.include({provider: 'sumsub', mode: 'sdk'});
    expect(el.state).to.equal('active');
    const [init] = await reports.wait('init');
    expect(init.accessToken).to.equal(token);
    expect(init.lang).to.equal('de');
    expect(init.theme).to.equal('dark');
    expect(init.themeParam).to.equal('dark');
    expect(init.options).to.deep.equal({adaptIframeHeight: true, enableScrollIntoView: true});
    expect(init.origin).to.equal(location.origin);
    const frame = sdkFrame(el)!;
    const {origin} = await sim();
    expect(new URL(frame.src).origin).to.equal(origin);
    expect(new URL(frame.src).pathname).to.equal('/websdk/websdk.html');
    expect(frame.getAttribute('part')).to.equal('frame');
    expect(frame.title).to.equal('Identitätsprüfung');
    expect(frame.allow).to.contain('camera');
    expect(document.querySelector('iframe'), 'nothing outside the shadow root').to.equal(null);
    // adaptIframeHeight: the SDK sizes its frame from `idCheck.onResize`.
    await waitUntil(() => frame.style.height === '480px', 'the frame was not resized');
    expect(document.head.querySelectorAll('meta[name="viewport"]').length).to.equal(viewportTags);
    // onReady and onInitialized: one kyc-ready, one flow-loaded.
    expect(log.progress.filter((p) => p.step === 'flow-loaded')).to.have.length(1);
    expect(JSON.stringify([log.progress, log.ready])).to.not.contain(token);
  });

  it('maps steps and documents to kyc-progress, submitted to completed, and keeps the SDK for a GREEN verdict', async () => {
    const {el, log} = await startSdk([
      {event: 'onStepInitiated', payload: {idDocSetType: 'IDENTITY', types: ['PASSPORT']}},
      {event: 'onDocumentAdded', payload: {imageId: 1, idDocSetType: 'IDENTITY'}},
      {event: 'onStepCompleted', payload: {idDocSetType: 'IDENTITY'}},
      {event: 'onVerificationProgressChanged', payload: {currentStep: 1, totalSteps: 2}},
      {event: 'onUploadError', payload: {code: 'upload-failed', error: 'Too large'}},
      {event: 'onApplicantSubmitted'},
    ]);
    const first = await log.result();
    expect(first).to.include({status: 'completed', provider: 'sumsub', source: 'sdk', retryable: false, reference: 'app-sim-1'});
    expect(log.progress.map((p) => p.step)).to.deep.equal(['flow-loaded', 'step-started', 'step-completed', 'step-completed', 'step-completed', 'provider-error']);
    expect(log.progress[1].data).to.include({idDocSetType: 'IDENTITY', 'types.0': 'PASSPORT', applicantId: 'app-sim-1'});
    expect(el.state).to.equal('done');
    // After `completed` the SDK stays mounted so the verdict can arrive.
    const frame = sdkFrame(el);
    expect(frame).to.not.equal(null);
    expect(frame!.isConnected).to.equal(true);
  });

  it('reports a GREEN status after completed as approved, then removes the SDK', async () => {
    const {el, log} = await startSdk([{event: 'onApplicantSubmitted'}, {event: 'onApplicantStatusChanged', payload: greenPayload}]);
    const verdict = await log.nthResult(2);
    expect(log.results[0].status).to.equal('completed');
    expect(verdict).to.include({status: 'approved', source: 'sdk', retryable: false, reference: 'app-sim-1'});
    expect(verdict.params).to.include({'reviewResult.reviewAnswer': 'GREEN', reviewStatus: 'completed'});
    await waitUntil(() => sdkFrame(el) === null, 'the SDK frame is still there after the verdict');
    expect(el.state).to.equal('done');
  });

  it('reports RED + FINAL as rejected with the reject type', async () => {
    const {log} = await startSdk([{event: 'onApplicantStatusChanged', payload: redPayload('FINAL')}]);
    const result = await log.result();
    expect(result).to.include({status: 'rejected', retryable: false, code: 'FINAL', source: 'sdk'});
  });

  it('reports RED + RETRY as kyc-progress resubmission-requested and keeps the flow', async () => {
    const {el, log} = await startSdk([
      {event: 'onApplicantStatusChanged', payload: {reviewStatus: 'pending'}},
      {event: 'onApplicantStatusChanged', payload: redPayload('RETRY')},
      {event: 'onApplicantResubmitted'},
    ]);
    await waitUntil(() => log.progress.some((p) => p.step === 'submitted'), 'no submitted progress');
    expect(log.progress.map((p) => p.step)).to.deep.equal(['flow-loaded', 'resubmission-requested', 'submitted']);
    expect(log.results).to.deep.equal([]);
    expect(el.state).to.equal('active');
    expect(sdkFrame(el)).to.not.equal(null);
  });

  it('after completed, RED + RETRY still reaches the page as resubmission-requested, then a verdict follows', async () => {
    const {el, log} = await startSdk([
      {event: 'onApplicantSubmitted'},
      {event: 'onApplicantStatusChanged', payload: redPayload('RETRY')},
      {event: 'onApplicantResubmitted'},
      {event: 'onApplicantStatusChanged', payload: greenPayload},
    ]);
    const verdict = await log.nthResult(2);
    expect(log.results.map((r) => r.status)).to.deep.equal(['completed', 'approved']);
    expect(verdict.source).to.equal('sdk');
    expect(log.progress.map((p) => p.step)).to.include.members(['resubmission-requested', 'submitted']);
    expect(el.state).to.equal('done');
  });

  it('maps action events and the verification-completed event', async () => {
    const {log} = await startSdk([
      {event: 'onApplicantActionSubmitted', payload: {applicantActionId: 'act-1'}},
      {event: 'onApplicantActionStatusChanged', payload: redPayload('FINAL')},
    ]);
    const [completed, rejected] = [await log.result(), await log.nthResult(2)];
    expect(completed.status).to.equal('completed');
    expect(rejected).to.include({status: 'rejected', code: 'FINAL'});

    const second = await startSdk([{event: 'onActionSubmitted'}, {event: 'onApplicantVerificationCompleted', payload: greenPayload}]);
    expect((await second.log.result()).status).to.equal('completed');
    expect((await second.log.nthResult(2)).status).to.equal('approved');
  });

  it('reports idCheck.onError as a retryable error with the SDK code', async () => {
    const {el, log} = await startSdk([{event: 'onError', payload: {code: 'fatal-error', error: 'Something broke'}}]);
    const result = await log.result();
    expect(result).to.include({status: 'error', retryable: true, code: 'fatal-error', message: 'Something broke', source: 'sdk', reference: 'app-sim-1'});
    await waitUntil(() => sdkFrame(el) === null, 'the SDK frame is still there');
    expect(shadow(el).querySelector('[part~="retry-button"]')).to.not.equal(null);
  });

  it('ignores idCheck messages from another origin, another frame, or with a foreign session, and never parses raw frame messages', async () => {
    const probes = Promise.all([nextProbe('other-origin'), nextProbe('same-origin-frame'), nextProbe('own-frame')]);
    const {el, log} = await startSdk(
      [
        {nested: {origin: 'other', steps: [{event: 'onApplicantSubmitted'}, {event: 'onApplicantStatusChanged', payload: greenPayload}, {probe: 'other-origin'}]}},
        {nested: {origin: 'same', steps: [{event: 'onApplicantSubmitted'}, {event: 'onApplicantStatusChanged', payload: greenPayload}, {probe: 'same-origin-frame'}]}},
        // The SDK's own frame with another session id: the SDK drops it; the element must not parse it either.
        {event: 'onApplicantSubmitted', session: 'wrong'},
        {event: 'onApplicantSubmitted', session: 'none'},
        {event: 'onStepInitiated', payload: {idDocSetType: 'SELFIE', types: ['SELFIE']}},
        {probe: 'own-frame'},
      ],
      {extra: {sessionId: 'sess-known'}},
    );
    // The host page itself posting an idCheck message with the right session id (wrong origin for the SDK).
    const pageProbe = nextProbe('page');
    window.postMessage({method: 'idCheck.onApplicantSubmitted', sessionId: 'sess-known', applicantId: 'forged'}, '*');
    window.postMessage({probe: 'page'}, '*');
    // A forged result would end the attempt (and remove the frames whose probes are awaited): stop on either.
    await Promise.race([Promise.all([probes, pageProbe]), waitUntil(() => log.results.length > 0, 'no result', {timeout: 7000})]);
    expect(log.results).to.deep.equal([]);
    expect(log.progress.map((p) => p.step)).to.deep.equal(['flow-loaded', 'step-started']);
    expect(el.state).to.equal('active');
  });

  describe('token refresh', () => {
    it('asks the backend with purpose refresh, shares one request between concurrent expiries, and hands the new token to the SDK', async () => {
      const tokens = [await simToken([], 'refreshed-1'), await simToken([], 'refreshed-2')];
      const release = deferred<void>();
      const script: WebSdkStep[] = [{expire: 2}, {expire: true}, {event: 'onApplicantSubmitted'}];
      const first = await simToken(script, 'session-1');
      const {fetcher, calls} = tokenBackend(
        async () => ({token: first}),
        async (_request, n) => {
          if (n === 1) await release.promise;
          return {token: tokens[n - 1]};
        },
      );
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
      el.start();
      await waitUntil(() => calls.length === 2, 'no refresh request');
      // Two expiries at once, one request.
      expect(calls.filter((c) => c.purpose === 'refresh')).to.have.length(1);
      release.resolve();
      const result = await log.result();
      expect(result, JSON.stringify(result)).to.include({status: 'completed'});
      const refreshes = calls.filter((c) => c.purpose === 'refresh');
      expect(refreshes).to.have.length(2);
      const attempt = log.starts[0].attempt;
      expect(refreshes.map((c) => c.headers['Idempotency-Key'])).to.deep.equal([`${attempt}:refresh:1`, `${attempt}:refresh:2`]);
      expect(refreshes[0].body).to.include({purpose: 'refresh', refresh: true, attempt});
      const received = reports.of('token').map((r) => r.accessToken);
      expect(received).to.deep.equal([tokens[0], tokens[0], tokens[1]]);
      expect(log.progress.filter((p) => p.step === 'token-refreshed')).to.have.length(2);
      expect(JSON.stringify(log.progress)).to.not.contain('_act-');
    });

    it('sends the refresh over HTTP with its own Idempotency-Key', async () => {
      const token = await simToken([{expire: true}, {event: 'onApplicantSubmitted'}], 'http');
      const backend = mockEndpoint({body: {token}});
      const {el, log} = await mount(html`<kyc-verify endpoint=${backend.endpoint}></kyc-verify>`);
      el.start();
      expect((await log.result()).status).to.equal('completed');
      const requests = await backend.requests();
      expect(requests).to.have.length(2);
      const attempt = log.starts[0].attempt;
      expect(requests[1].headers['idempotency-key']).to.equal(`${attempt}:refresh:1`);
      expect(requests[1].body).to.include({purpose: 'refresh', refresh: true, attempt});
    });

    it('ends the attempt as token-refresh (retryable) when the refresh fails, and removes the SDK', async () => {
      const errors = watchPageErrors();
      try {
        const first = await simToken([{expire: true}, {event: 'onApplicantSubmitted'}], 'session-1');
        const {fetcher} = tokenBackend(
          async () => ({token: first}),
          () => Promise.reject(new Error('backend down')),
        );
        const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
        el.start();
        const result = await log.result();
        expect(result).to.include({status: 'error', code: 'token-refresh', retryable: true, source: 'element'});
        expect(log.results).to.have.length(1);
        await waitUntil(() => sdkFrame(el) === null, 'the SDK frame is still there');
        expect(el.state).to.equal('failed');
        expect(shadow(el).querySelector('[part~="retry-button"]')).to.not.equal(null);
        expect(errors.errors).to.deep.equal([]);
      } finally {
        errors.stop();
      }
    });

    it('treats a refresh answer without a token as a failed refresh', async () => {
      const first = await simToken([{expire: true}], 'session-1');
      const {fetcher} = tokenBackend(
        async () => ({token: first}),
        async () => ({url: 'https://in.sumsub.com/websdk/p/abc'}),
      );
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
      el.start();
      expect(await log.result()).to.include({status: 'error', code: 'token-refresh'});
    });
  });

  describe('lifecycle', () => {
    /** Tracks `message` listeners added to and removed from window while installed. */
    function trackMessageListeners() {
      const live = new Set<unknown>();
      const add = window.addEventListener;
      const remove = window.removeEventListener;
      window.addEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
        if (type === 'message') live.add(listener);
        return (add as (...args: unknown[]) => void).call(this, type, listener, options);
      } as typeof window.addEventListener;
      window.removeEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
        if (type === 'message') live.delete(listener);
        return (remove as (...args: unknown[]) => void).call(this, type, listener, options);
      } as typeof window.removeEventListener;
      return {
        live,
        restore() {
          window.addEventListener = add;
          window.removeEventListener = remove;
        },
      };
    }

    it('restart destroys the SDK and mounts a fresh one with a fresh token; disconnect leaves no frame and no listener', async () => {
      const listeners = trackMessageListeners();
      try {
        const tokens = [await simToken([], 'session-1'), await simToken([], 'session-2')];
        let n = 0;
        const {fetcher, calls} = fetcherFrom((request) => (request.purpose === 'session' ? {token: tokens[n++]} : {}));
        const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
        el.start();
        const [firstInit] = await reports.wait('init');
        expect(firstInit.accessToken).to.equal(tokens[0]);
        const firstFrame = sdkFrame(el)!;
        const whileRunning = listeners.live.size;
        expect(whileRunning).to.be.greaterThan(0);

        el.restart();
        const inits = await reports.wait('init', 2);
        expect(inits[1].accessToken).to.equal(tokens[1]);
        expect(log.results[0]).to.include({status: 'cancelled', code: 'restarted'});
        expect(calls.map((c) => c.purpose)).to.deep.equal(['session', 'cancel', 'session']);
        expect(firstFrame.isConnected).to.equal(false);
        expect(shadow(el).querySelectorAll('iframe')).to.have.length(1);
        await waitUntil(() => log.ready.length === 2, 'no second kyc-ready');
        // The first SDK's window listener is gone: only the second attempt's are live.
        expect(listeners.live.size).to.equal(whileRunning);

        el.remove();
        await waitUntil(() => listeners.live.size === 0, `${listeners.live.size} message listener(s) left after disconnect`);
        expect(shadow(el).querySelector('iframe')).to.equal(null);
        expect(el.state).to.equal('idle');
      } finally {
        listeners.restore();
      }
    });

    it('cancel removes the SDK', async () => {
      const {el, log} = await startSdk([]);
      el.cancel();
      expect((await log.result()).status).to.equal('cancelled');
      expect(sdkFrame(el)).to.equal(null);
    });

    it('a failed SDK load ends the attempt as sdk-load (retryable)', async () => {
      const original = sumsub.sdk;
      (sumsub as {sdk?: unknown}).sdk = () => Promise.reject(new Error('offline'));
      try {
        const token = await simToken([], 'session-1');
        const {fetcher} = tokenBackend(async () => ({token}));
        const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
        el.start();
        const result = await log.result();
        expect(result).to.include({status: 'error', code: 'sdk-load', retryable: true, source: 'element'});
        expect(shadow(el).querySelector('iframe')).to.equal(null);
        expect(shadow(el).querySelector('[part~="retry-button"]')).to.not.equal(null);
      } finally {
        (sumsub as {sdk?: unknown}).sdk = original;
      }
    });

    it('mode="sdk" without a token is unsupported-mode', async () => {
      const {fetcher} = fetcherFrom(async (request) => ({url: await simLink('sumsub', returnUrlOf(request)), provider: 'sumsub'}));
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="sdk"></kyc-verify>`);
      el.start();
      expect(await log.result()).to.include({status: 'error', code: 'unsupported-mode'});
    });
  });

  describe('Lightspark Grid', () => {
    const gridResponse = async (request: BackendRequest, token: string) => ({
      kycUrl: await simLink('grid', returnUrlOf(request)),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      provider: 'SUMSUB',
      token,
    });

    it('runs the Sumsub token in SDK mode under auto, refreshing with the new kyc-link token', async () => {
      const tokens = [await simToken([{expire: true}, {event: 'onApplicantSubmitted'}], 'grid-1'), await simToken([], 'grid-2')];
      let n = 0;
      const {fetcher, calls} = fetcherFrom((request) => gridResponse(request, tokens[n++]));
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
      el.start();
      const result = await log.result();
      expect(log.ready[0]).to.include({provider: 'grid', mode: 'sdk'});
      expect(result).to.include({status: 'completed', provider: 'grid', source: 'sdk'});
      expect(calls.map((c) => c.purpose)).to.deep.equal(['session', 'refresh']);
      const [received] = await reports.wait('token');
      expect(received.accessToken).to.equal(tokens[1]);
      expect(sdkFrame(el)).to.not.equal(null); // waiting for a verdict
    });

    it('runs the kycUrl in the iframe under mode="iframe"', async () => {
      let kycUrl = '';
      const {fetcher} = fetcherFrom(async (request) => {
        const response = await gridResponse(request, await simToken([], 'grid-1'));
        kycUrl = response.kycUrl;
        return response;
      });
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe"></kyc-verify>`);
      el.start();
      await waitUntil(() => log.ready.length > 0, 'no kyc-ready', {timeout: 6000});
      expect(log.ready[0]).to.include({provider: 'grid', mode: 'iframe'});
      const frame = shadow(el).querySelector('iframe')!;
      expect(frame.src).to.equal(kycUrl);
      expect(reports.of('init')).to.deep.equal([]);
    });
  });

});
