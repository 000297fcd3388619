/**
 * SPEC §4 "Status endpoint" through the element (QR mode): the requests it sends and the results it
 * reports. What each answer means and the poller's schedule are unit tests (test/unit/status.test.ts).
 */
import {expect} from '@open-wc/testing';
import {FakeClock, flush, useFakeClock} from './fake-clock.js';
import {cleanupDetached, fetcherFrom, html, mockEndpoint, mount, mountDetached, waitUntil} from './helpers.js';
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

describe('SPEC §4 status endpoint: polling through the element (QR mode, test backend)', () => {
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
