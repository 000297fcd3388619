import {expect, waitUntil} from '@open-wc/testing';
import {KycError, Aborted} from '../src/result.js';
import {grid} from '../src/providers/grid.js';
import {trusset} from '../src/providers/trusset.js';
import {HIDDEN_GRACE, POLL_MAX_DELAY, POLL_MIN_DELAY, StatusPoller, readStatus, type StatusAnswer} from '../src/modes/status.js';
import {FakeClock, flush, useFakeClock} from './fake-clock.js';
import {cleanupDetached, fetcherFrom, html, mockEndpoint, mount, mountDetached} from './helpers.js';
import type {BackendRequest} from '../src/types.js';

const b64 = (value: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))));
let statusCounter = 0;

/** A status endpoint on the test backend that answers `seq` in turn (the last one repeating). */
function mockStatus(seq: unknown[], query = '') {
  const rec = `s${Date.now()}-${statusCounter++}`;
  return {
    url: `/mock/status?rec=${rec}&seq=${encodeURIComponent(b64(seq))}${query}`,
    async requests(): Promise<Array<{url: string; headers: Record<string, string>}>> {
      return (await fetch(`/mock/requests?rec=${rec}`)).json();
    },
  };
}

/** Pretends the page is hidden or visible, as `visibilitychange` reports it. */
function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => (hidden ? 'hidden' : 'visible')});
  document.dispatchEvent(new Event('visibilitychange'));
}
const restoreVisibility = () => delete (document as unknown as Record<string, unknown>).visibilityState;

/** A poller whose requests answer from a script (values, or errors to throw), with a log. */
function scripted(answers: Array<unknown | Error>, options: {signal?: AbortSignal; url?: string; reference?: string; maxWait?: number; onGiveUp?: () => void} = {}) {
  const urls: string[] = [];
  const seen: StatusAnswer[] = [];
  const errors: KycError[] = [];
  let index = 0;
  const controller = new AbortController();
  const poller = new StatusPoller({
    url: options.url ?? '/api/kyc/status',
    attempt: 'att-1',
    reference: options.reference ?? 'ref-1',
    signal: options.signal ?? controller.signal,
    request: async (url) => {
      urls.push(url);
      const answer = answers[Math.min(index++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return answer;
    },
    onAnswer: (answer) => seen.push(answer),
    onError: (error) => errors.push(error),
    maxWait: options.maxWait,
    onGiveUp: options.onGiveUp,
  });
  return {poller, urls, seen, errors, controller};
}

/** Grid's and Trusset's own status words, as their adapters declare them. */
const PROVIDER_WORDS = {...grid.statusAliases, ...trusset.statusAliases};

describe('status answers (SPEC §4)', () => {
  const cases: Array<[unknown, string, boolean?, string?]> = [
    [{status: 'pending'}, 'pending'],
    [{status: 'PENDING'}, 'pending'],
    [{status: 'HOLD'}, 'pending'],
    [{status: 'started'}, 'started'],
    [{status: 'completed'}, 'completed', false],
    [{status: 'approved'}, 'approved', false],
    [{status: 'APPROVED'}, 'approved', false],
    [{status: 'rejected'}, 'rejected', false],
    [{status: 'cancelled'}, 'cancelled', true],
    [{status: 'canceled'}, 'cancelled', true],
    [{status: 'revoked'}, 'cancelled', false, 'revoked'],
    [{status: 'expired'}, 'expired', true],
    [{status: 'error', code: 'E1', message: 'm'}, 'error', true, 'E1'],
    [{status: 'error', retryable: false}, 'error', false],
    [{status: 'expired', retryable: false}, 'expired', false],
  ];
  for (const [raw, status, retryable, code] of cases) {
    it(`${JSON.stringify(raw)} → ${status}${retryable === undefined ? '' : retryable ? ', retryable' : ', not retryable'}`, () => {
      const answer = readStatus(raw, PROVIDER_WORDS)!;
      if (status === 'pending' || status === 'started') {
        expect(answer.kind).to.equal(status);
        return;
      }
      expect(answer.kind).to.equal('result');
      if (answer.kind !== 'result') return;
      expect(answer.outcome.status).to.equal(status);
      expect(answer.outcome.retryable).to.equal(retryable);
      if (code) expect(answer.outcome.code).to.equal(code);
    });
  }

  it('Trusset link statuses map per the table: pending, completed, revoked (cancelled, no), expired (yes)', () => {
    expect(readStatus({status: 'pending'})).to.deep.equal({kind: 'pending'});
    expect(readStatus({status: 'completed'})).to.deep.include({kind: 'result'});
    const revoked = readStatus({status: 'revoked'}, trusset.statusAliases);
    expect(revoked?.kind === 'result' && revoked.outcome).to.include({status: 'cancelled', retryable: false});
    const expired = readStatus({status: 'expired'});
    expect(expired?.kind === 'result' && expired.outcome).to.include({status: 'expired', retryable: true});
  });

  it("a provider's own word counts only for that provider: HOLD and revoked mean nothing to the generic adapter", () => {
    expect(readStatus({status: 'HOLD'})).to.equal(null);
    expect(readStatus({status: 'revoked'})).to.equal(null);
    expect(readStatus({status: 'HOLD'}, grid.statusAliases)).to.deep.equal({kind: 'pending'});
  });

  it('anything else is not a status answer', () => {
    for (const raw of [null, 'pending', 42, {}, {status: 3}, {status: 'weird'}, []]) expect(readStatus(raw)).to.equal(null);
  });
});

describe('StatusPoller (fake clock)', () => {
  let clock: FakeClock;
  useFakeClock((installed) => (clock = installed));
  afterEach(() => {
    restoreVisibility();
  });

  it('starts about 2 s apart and backs off to about 15 s', async () => {
    const {poller, urls} = scripted([{status: 'pending'}]);
    poller.start();
    expect(urls).to.have.length(0);
    for (let i = 0; i < 9; i++) await clock.runNext();
    expect(urls).to.have.length(9);
    expect(clock.delays.slice(0, 9)).to.deep.equal([2000, 3000, 4500, 6750, 10125, 15000, 15000, 15000, 15000]);
    expect(clock.delays[0]).to.equal(POLL_MIN_DELAY);
    expect(Math.max(...clock.delays)).to.equal(POLL_MAX_DELAY);
    poller.stop();
  });

  it('sets attempt and reference with searchParams, keeping the URL’s own query', async () => {
    const {poller, urls} = scripted([{status: 'pending'}], {url: '/api/status?tenant=a&attempt=old'});
    poller.start();
    await clock.runNext();
    const url = new URL(urls[0]);
    expect(url.pathname).to.equal('/api/status');
    expect(url.searchParams.get('tenant')).to.equal('a');
    expect(url.searchParams.getAll('attempt')).to.deep.equal(['att-1']);
    expect(url.searchParams.get('reference')).to.equal('ref-1');
    poller.setReference(undefined);
    await clock.runNext();
    expect(new URL(urls[1]).searchParams.has('reference')).to.equal(false);
    poller.stop();
  });

  it('keeps asking for HIDDEN_GRACE while the page is hidden (the user is on the phone), then pauses; asks at once when visible again', async () => {
    const {poller, urls} = scripted([{status: 'pending'}]);
    poller.start();
    await clock.runNext();
    await clock.runNext();
    expect(urls).to.have.length(2);
    setHidden(true);
    await clock.tick(HIDDEN_GRACE - 1);
    const duringGrace = urls.length;
    expect(duringGrace).to.be.greaterThan(2 + Math.floor((HIDDEN_GRACE - 60_000) / POLL_MAX_DELAY) - 2);
    await clock.tick(10 * 60_000);
    // At most the one timer already set when the grace ran out.
    expect(urls.length - duringGrace).to.be.at.most(1);
    expect(clock.pending).to.equal(0);
    const paused = urls.length;
    setHidden(false);
    await flush();
    expect(urls).to.have.length(paused + 1);
    // …and from the shortest delay again
    expect(clock.nextIn).to.equal(POLL_MIN_DELAY);
    poller.stop();
  });

  it('a page already hidden past the grace period when a timer fires sends nothing', async () => {
    const {poller, urls} = scripted([{status: 'pending'}]);
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'}); // no event
    poller.start();
    await clock.tick(HIDDEN_GRACE + 60_000);
    const sent = urls.length;
    await clock.tick(30 * 60_000);
    expect(urls).to.have.length(sent);
    poller.stop();
  });

  it('checkNow() asks at once, hidden or not, and resolves after the answer was handled', async () => {
    const {poller, urls, seen} = scripted([{status: 'started'}]);
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
    poller.start();
    await clock.tick(HIDDEN_GRACE + 60_000);
    const sent = urls.length;
    await poller.checkNow();
    expect(urls).to.have.length(sent + 1);
    expect(seen.map((a) => a.kind)).to.include('started');
    poller.stop();
  });

  it('gives up after maxWait without a final answer (onGiveUp), but never after `completed`', async () => {
    const giveUps: number[] = [];
    const pending = scripted([{status: 'pending'}], {maxWait: 60_000, onGiveUp: () => giveUps.push(1)});
    pending.poller.start();
    await clock.tick(5 * 60_000);
    expect(giveUps).to.have.length(1);
    expect(pending.poller.done).to.equal(true);
    const completed = scripted([{status: 'completed'}], {maxWait: 60_000, onGiveUp: () => giveUps.push(2)});
    completed.poller.start();
    await clock.tick(5 * 60_000);
    expect(giveUps).to.deep.equal([1]);
    expect(completed.poller.done).to.equal(false);
    completed.poller.stop();
  });

  it('stops on a final status: reports it once, sends nothing more', async () => {
    const {poller, urls, seen} = scripted([{status: 'pending'}, {status: 'started'}, {status: 'started'}, {status: 'approved'}, {status: 'pending'}]);
    poller.start();
    await clock.tick(5 * 60_000);
    expect(seen.map((a) => (a.kind === 'result' ? a.outcome.status : a.kind))).to.deep.equal(['started', 'approved']);
    expect(urls).to.have.length(4);
    expect(poller.done).to.equal(true);
    expect(clock.pending).to.equal(0);
  });

  it('goes on after `completed` until a verdict, reporting `completed` once', async () => {
    const {poller, seen, urls} = scripted([{status: 'completed'}, {status: 'completed'}, {status: 'completed'}, {status: 'rejected', code: 'FINAL'}]);
    poller.start();
    await clock.tick(5 * 60_000);
    expect(seen.map((a) => a.kind === 'result' && a.outcome.status)).to.deep.equal(['completed', 'rejected']);
    expect(urls).to.have.length(4);
    expect(poller.done).to.equal(true);
  });

  it('a new status resets the delay to about 2 s', async () => {
    const {poller} = scripted([{status: 'pending'}, {status: 'pending'}, {status: 'pending'}, {status: 'started'}]);
    poller.start();
    for (let i = 0; i < 4; i++) await clock.runNext();
    expect(clock.delays.slice(0, 5)).to.deep.equal([2000, 3000, 4500, 6750, 2000]);
    poller.stop();
  });

  it('retries transient failures (network, timeout, 5xx, 408, 429, a retryable backend error) with backoff', async () => {
    const {poller, seen, errors, urls} = scripted([
      KycError.of('network'),
      KycError.of('status-http-503'),
      KycError.of('status-http-408'),
      KycError.of('status-http-429'),
      KycError.of('status-timeout'),
      new KycError('busy', true, 'backend busy'),
      new TypeError('Failed to fetch'),
      {status: 'approved'},
    ]);
    poller.start();
    await clock.tick(10 * 60_000);
    expect(errors).to.have.length(0);
    expect(urls).to.have.length(8);
    expect(seen.map((a) => a.kind === 'result' && a.outcome.status)).to.deep.equal(['approved']);
    expect(clock.delays.slice(0, 3)).to.deep.equal([2000, 3000, 4500]);
  });

  it('a 4xx ends polling as status-http-<n>, not retryable', async () => {
    const {poller, errors, urls} = scripted([{status: 'pending'}, KycError.of('status-http-404')]);
    poller.start();
    await clock.tick(10 * 60_000);
    expect(urls).to.have.length(2);
    expect(errors.map((e) => [e.code, e.retryable])).to.deep.equal([['status-http-404', false]]);
    expect(poller.done).to.equal(true);
  });

  it('an answer that is not a status ends polling as invalid-response', async () => {
    const {poller, errors} = scripted([{state: 'ok'}]);
    poller.start();
    await clock.tick(60_000);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-response']);
  });

  it('gives up after 20 transient failures in a row with the last error (retryable)', async () => {
    const {poller, errors, urls} = scripted([KycError.of('network')]);
    poller.start();
    await clock.tick(60 * 60_000);
    expect(urls).to.have.length(20);
    expect(errors.map((e) => [e.code, e.retryable])).to.deep.equal([['network', true]]);
  });

  it('stops when the signal aborts: no request afterwards, an answer in flight is dropped', async () => {
    let release!: (value: unknown) => void;
    const controller = new AbortController();
    const urls: string[] = [];
    const seen: StatusAnswer[] = [];
    const poller = new StatusPoller({
      url: '/s',
      attempt: 'a',
      signal: controller.signal,
      request: (url) => {
        urls.push(url);
        return new Promise((resolve) => (release = resolve));
      },
      onAnswer: (answer) => seen.push(answer),
      onError: () => undefined,
    });
    poller.start();
    await clock.runNext();
    expect(urls).to.have.length(1);
    controller.abort();
    release({status: 'approved'});
    await flush();
    await clock.tick(10 * 60_000);
    expect(seen).to.have.length(0);
    expect(urls).to.have.length(1);
    expect(poller.done).to.equal(true);
  });

  it('an Aborted request is silent', async () => {
    const {poller, errors, seen} = scripted([new Aborted()]);
    poller.start();
    await clock.runNext();
    expect(errors).to.have.length(0);
    expect(seen).to.have.length(0);
    poller.stop();
  });

  it('a signal aborted before start never polls', async () => {
    const controller = new AbortController();
    controller.abort();
    const {poller, urls} = scripted([{status: 'pending'}], {signal: controller.signal});
    poller.start();
    await clock.tick(60_000);
    expect(urls).to.have.length(0);
    expect(poller.done).to.equal(true);
  });
});

describe('status polling through the element (QR mode, test backend)', () => {
  let clock: FakeClock;
  useFakeClock((installed) => (clock = installed));
  afterEach(() => {
    cleanupDetached();
  });

  const qrSession = (statusUrl: string, extra: Record<string, unknown> = {}) => ({
    provider: 'generic',
    url: 'https://verify.example/flow/abc',
    reference: 'ref-42',
    statusUrl,
    ...extra,
  });

  it('GETs the status URL with attempt and reference, the `headers` property and cookies, and reports with source `status`', async () => {
    document.cookie = 'kyc_status_test=1; path=/';
    const status = mockStatus([{status: 'pending'}, {status: 'approved'}], '&tenant=t1');
    const backend = mockEndpoint({body: qrSession(status.url)});
    const {el, log} = await mount(html`<kyc-verify mode="qr" endpoint=${backend.endpoint}></kyc-verify>`);
    el.headers = {'X-CSRF-Token': 'csrf-1'};
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    await clock.runNext();
    await waitUntil(async () => (await status.requests()).length >= 1, 'no status request');
    await clock.runNext();
    const result = await log.result();
    const requests = await status.requests();
    const url = new URL(requests[0].url, location.href);
    expect(url.searchParams.get('attempt')).to.equal(log.starts[0].attempt);
    expect(url.searchParams.get('reference')).to.equal('ref-42');
    expect(url.searchParams.get('tenant')).to.equal('t1');
    expect(requests[0].headers['x-csrf-token']).to.equal('csrf-1');
    expect(requests[0].headers.cookie ?? '').to.contain('kyc_status_test=1');
    expect(result).to.include({status: 'approved', source: 'status', reference: 'ref-42', retryable: false});
    expect(result.params).to.deep.equal({status: 'approved'});
    document.cookie = 'kyc_status_test=; path=/; max-age=0';
  });

  it('through a `fetcher`: purpose `status`, method GET, the URL with attempt and reference', async () => {
    const {fetcher, calls} = fetcherFrom((request: BackendRequest) =>
      request.purpose === 'status' ? {status: 'rejected', code: 'FINAL'} : qrSession('/api/kyc/status'),
    );
    const {el, log} = await mount(html`<kyc-verify mode="qr" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    await clock.runNext();
    const result = await log.result();
    const statusCall = calls.find((c) => c.purpose === 'status')!;
    expect(statusCall.method).to.equal('GET');
    expect(statusCall.body).to.equal(undefined);
    const url = new URL(statusCall.url);
    expect(url.pathname).to.equal('/api/kyc/status');
    expect(url.searchParams.get('attempt')).to.equal(log.starts[0].attempt);
    expect(result).to.include({status: 'rejected', code: 'FINAL', source: 'status'});
  });

  it('the `status-endpoint` attribute wins over the session’s statusUrl', async () => {
    const {fetcher, calls} = fetcherFrom((request: BackendRequest) =>
      request.purpose === 'status' ? {status: 'approved'} : qrSession('/from-session'),
    );
    const {el, log} = await mount(html`<kyc-verify mode="qr" status-endpoint="/from-attribute?x=1" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    await clock.runNext();
    await log.result();
    const url = new URL(calls.find((c) => c.purpose === 'status')!.url);
    expect(url.pathname).to.equal('/from-attribute');
    expect(url.searchParams.get('x')).to.equal('1');
  });

  it('a 4xx ends the attempt as status-http-<n>, not retryable, from the element', async () => {
    const status = mockStatus([{http: 404, body: {}}]);
    const backend = mockEndpoint({body: qrSession(status.url)});
    const {el, log} = await mount(html`<kyc-verify mode="qr" endpoint=${backend.endpoint}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    await clock.runNext();
    const result = await log.result();
    expect(result).to.include({status: 'error', code: 'status-http-404', retryable: false, source: 'element'});
    expect(el.state).to.equal('failed');
  });

  it('a 503 is retried; the next answer counts', async () => {
    const status = mockStatus([{http: 503, body: {}}, {status: 'approved'}]);
    const backend = mockEndpoint({body: qrSession(status.url)});
    const {el, log} = await mount(html`<kyc-verify mode="qr" endpoint=${backend.endpoint}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    await clock.runNext();
    await waitUntil(async () => (await status.requests()).length === 1);
    await flush();
    expect(log.results).to.have.length(0);
    await clock.runNext();
    const result = await log.result();
    expect(result).to.include({status: 'approved', source: 'status'});
    expect(await status.requests()).to.have.length(2);
  });

  it('a status call that times out is retried: a slow status endpoint does not end the attempt', async () => {
    const signals: AbortSignal[] = [];
    let polls = 0;
    const {fetcher, calls} = fetcherFrom((request: BackendRequest) => {
      if (request.purpose !== 'status') return qrSession('/api/kyc/status');
      // The first status call never answers: the element's timeout (50 ms here) ends it as `status-timeout`.
      return ++polls === 1 ? new Promise(() => undefined) : {status: 'approved'};
    });
    const wrapped = (request: BackendRequest, signal: AbortSignal) => {
      if (request.purpose === 'status') signals.push(signal);
      return fetcher(request);
    };
    const {el, log} = await mount(html`<kyc-verify mode="qr" session-timeout="50" .fetcher=${wrapped}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    expect(clock.pending).to.equal(1); // the first poll
    await clock.runNext();
    expect(calls.filter((c) => c.purpose === 'status')).to.have.length(1);
    // The timeout fires on the real clock; the poller then schedules its next request on the fake one.
    await waitUntil(() => signals[0].aborted && (clock.pending === 1 || log.results.length > 0), 'the status call did not time out', {timeout: 3000});
    await flush();
    expect(log.results, 'a timed-out status call ended the attempt').to.have.length(0);
    expect(el.state).to.equal('active');
    expect(clock.nextIn).to.equal(3000); // the backoff goes on: 2 s, then 3 s
    await clock.runNext();
    const result = await log.result();
    expect(result).to.include({status: 'approved', source: 'status', reference: 'ref-42', retryable: false});
    expect(log.results).to.have.length(1);
    expect(calls.filter((c) => c.purpose === 'status')).to.have.length(2);
  });

  it('after `completed`, polling goes on until the verdict: two results, then nothing', async () => {
    const {fetcher, calls} = fetcherFrom((request: BackendRequest) => {
      if (request.purpose !== 'status') return qrSession('/api/status');
      const n = calls.filter((c) => c.purpose === 'status').length;
      return n < 3 ? {status: 'completed'} : {status: 'approved'};
    });
    const {el, log} = await mount(html`<kyc-verify mode="qr" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    await clock.runNext();
    await log.result();
    expect(el.state).to.equal('done');
    // the used QR code is gone, the end view shows
    expect(el.shadowRoot!.querySelector('[part~="qr-code"]')).to.equal(null);
    await clock.tick(60_000);
    await log.nthResult(2);
    expect(log.results.map((r) => [r.status, r.source])).to.deep.equal([
      ['completed', 'status'],
      ['approved', 'status'],
    ]);
    const count = calls.length;
    await clock.tick(10 * 60_000);
    expect(calls.length).to.equal(count);
  });

  it('no status request after the element is removed (teardown on disconnect)', async () => {
    const {fetcher, calls} = fetcherFrom((request: BackendRequest) => (request.purpose === 'status' ? {status: 'pending'} : qrSession('/api/status')));
    const {el, log, host} = mountDetached((element) => {
      element.mode = 'qr';
      element.fetcher = fetcher;
    });
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    await clock.runNext();
    await clock.runNext();
    const before = calls.filter((c) => c.purpose === 'status').length;
    expect(before).to.equal(2);
    host.remove();
    await flush();
    await clock.tick(30 * 60_000);
    expect(calls.filter((c) => c.purpose === 'status').length).to.equal(before);
    expect(clock.pending).to.equal(0);
    expect(log.results).to.have.length(0);
  });

  it('no status request after cancel(), and a request in flight is aborted', async () => {
    const signals: AbortSignal[] = [];
    const {fetcher, calls} = fetcherFrom((request: BackendRequest) => {
      if (request.purpose !== 'status') return qrSession('/api/status');
      return new Promise(() => undefined); // never answers
    });
    const wrapped = (request: BackendRequest, signal: AbortSignal) => {
      signals.push(signal);
      return fetcher(request);
    };
    const {el, log} = await mount(html`<kyc-verify mode="qr" .fetcher=${wrapped}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'QR not ready', {timeout: 5000});
    await clock.runNext();
    expect(calls.filter((c) => c.purpose === 'status')).to.have.length(1);
    el.cancel();
    expect(signals[1].aborted).to.equal(true);
    await clock.tick(30 * 60_000);
    expect(calls.filter((c) => c.purpose === 'status')).to.have.length(1);
    expect(log.results.map((r) => r.status)).to.deep.equal(['cancelled']);
  });
});
