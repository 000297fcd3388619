/**
 * `kyc-verify/react` (SPEC §6) in a real React app, run once per React version (`react18.test.tsx`,
 * `react19.test.tsx`: the test server gives each page its own React). Everything renders inside
 * `<StrictMode>`, which mounts, unmounts and mounts again every effect in development builds.
 */
import {StrictMode, createRef, version as reactVersion, type ReactNode} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {expect, waitUntil} from '@open-wc/testing';
import {resetMouse} from '@web/test-runner-commands';
import {KycVerify, KycVerifyElement, type KycResult, type KycVerifyProps} from '../src/react.js';
import type {BackendRequest, KycProgressDetail, KycReadyDetail, KycStartDetail} from '../src/types.js';
import {RETURN_PAGE, deferred, fetcherFrom, returnUrlOf, quiet, simLink} from './helpers.js';
import {clickStart, waitUntilFound} from './pointer.js';

/** Every `onKyc…` prop call, in order. */
function recorder() {
  const log = {
    starts: [] as KycStartDetail[],
    ready: [] as KycReadyDetail[],
    progress: [] as KycProgressDetail[],
    results: [] as KycResult[],
    all: [] as string[],
  };
  const props = {
    onKycStart: (event: CustomEvent<KycStartDetail>) => (log.all.push('start'), log.starts.push(event.detail)),
    onKycReady: (event: CustomEvent<KycReadyDetail>) => (log.all.push('ready'), log.ready.push(event.detail)),
    onKycProgress: (event: CustomEvent<KycProgressDetail>) => (log.all.push('progress'), log.progress.push(event.detail)),
    onKycResult: (event: CustomEvent<KycResult>) => {
      log.all.push(`result:${event.detail.status}`);
      // `event.detail` is typed: a wrong field would not compile.
      log.results.push(event.detail);
    },
  } satisfies Partial<KycVerifyProps>;
  return {log, props};
}

export function reactSuite(expectedMajor: '18' | '19'): void {
  describe(`kyc-verify/react in React ${expectedMajor} (StrictMode)`, function () {
    // The first test of a cold run waits for the dev server to compile the element and its engine.
    this.timeout(20000);
    let container: HTMLElement;
    let root: Root | undefined;

    const render = (node: ReactNode) => {
      root ??= createRoot(container);
      root.render(<StrictMode>{node}</StrictMode>);
    };
    const element = () => waitUntilFound(() => container.querySelector('kyc-verify'));

    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
    });

    afterEach(async () => {
      root?.unmount();
      root = undefined;
      container.remove();
      await resetMouse();
    });

    it(`runs on React ${expectedMajor}`, () => {
      expect(reactVersion.split('.')[0]).to.equal(expectedMajor);
    });

    it('passes strings as attributes and objects and functions as properties', async () => {
      const {fetcher} = fetcherFrom(() => ({url: 'https://example.invalid/'}));
      const headers = {'X-CSRF-Token': 'csrf-1'};
      const body = {order: 42};
      const strings = {start: 'Verify now'};
      render(
        <KycVerify
          endpoint="/api/kyc/session"
          provider="jumio"
          mode="iframe"
          locale="de"
          allowedOrigins="https://*.jumio.ai"
          sessionTimeout={5000}
          credentials="include"
          fetcher={fetcher}
          headers={headers}
          body={body}
          strings={strings}
          className="kyc"
        />,
      );
      const el = await element();
      expect(el).to.be.instanceOf(KycVerifyElement);
      expect(el.endpoint).to.equal('/api/kyc/session');
      expect(el.provider).to.equal('jumio');
      expect(el.mode).to.equal('iframe');
      expect(el.locale).to.equal('de');
      expect(el.allowedOrigins).to.equal('https://*.jumio.ai');
      expect(el.sessionTimeout).to.equal(5000);
      expect(el.credentials).to.equal('include');
      expect(el.fetcher).to.equal(fetcher);
      expect(el.headers).to.equal(headers);
      expect(el.body).to.equal(body);
      expect(el.strings).to.equal(strings);
      expect(el.className).to.equal('kyc');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="start-button"]')!.textContent).to.equal('Verify now');
    });

    it('one real click makes exactly one attempt and one backend request, and reports one result', async () => {
      const {fetcher, calls} = fetcherFrom(async (request: BackendRequest) => ({
        url: await simLink('generic', returnUrlOf(request), [{redirect: {status: 'success'}}]),
      }));
      const {log, props} = recorder();
      render(<KycVerify fetcher={fetcher} mode="iframe" returnUrl={RETURN_PAGE} {...props} />);
      const el = await element();
      await clickStart(el);
      await waitUntil(() => log.results.length > 0, 'no result', {timeout: 12000});
      await quiet(el);
      expect(calls.map((call) => call.purpose)).to.deep.equal(['session']);
      expect(log.starts).to.have.length(1);
      expect(log.ready).to.have.length(1);
      expect(log.results.map((result) => result.status)).to.deep.equal(['completed']);
      expect(log.results[0].attempt).to.equal(log.starts[0].attempt);
      expect(log.ready[0]).to.include({provider: 'generic', mode: 'iframe'});
      expect(container.querySelectorAll('kyc-verify')).to.have.length(1);
      expect(el.state).to.equal('done');
    });

    it('replaces an event handler on re-render instead of adding a second listener', async () => {
      const {fetcher} = fetcherFrom(async (request: BackendRequest) => ({
        url: await simLink('generic', returnUrlOf(request), [{redirect: {status: 'success'}}]),
      }));
      const first: string[] = [];
      const second: string[] = [];
      render(<KycVerify fetcher={fetcher} mode="iframe" returnUrl={RETURN_PAGE} onKycStart={() => first.push('start')} />);
      const el = await element();
      render(<KycVerify fetcher={fetcher} mode="iframe" returnUrl={RETURN_PAGE} onKycStart={() => second.push('start')} />);
      await quiet(el);
      await clickStart(el);
      await waitUntil(() => second.length > 0, 'no kyc-start');
      await quiet(el);
      expect(first).to.deep.equal([]);
      expect(second).to.deep.equal(['start']);
    });

    it('gives the element as ref: start(), cancel() and restart()', async () => {
      const ref = createRef<KycVerifyElement>();
      const pending = deferred();
      const {fetcher, calls} = fetcherFrom(() => pending.promise);
      const {log, props} = recorder();
      render(<KycVerify ref={ref} fetcher={fetcher} {...props} />);
      await waitUntil(() => ref.current, 'no ref');
      expect(ref.current).to.be.instanceOf(KycVerifyElement);
      ref.current!.start();
      await waitUntil(() => calls.length === 1, 'no backend request');
      ref.current!.cancel();
      await waitUntil(() => log.results.length === 1, 'no result');
      expect(log.results[0]).to.include({status: 'cancelled', code: 'cancelled', retryable: true});
      ref.current!.restart();
      await waitUntil(() => log.starts.length === 2 && calls.filter((call) => call.purpose === 'session').length === 2, 'no second attempt');
      expect(log.starts[1].attempt).to.not.equal(log.starts[0].attempt);
    });

    it('unmounting while the backend answers aborts the request and fires nothing more', async () => {
      let signal: AbortSignal | undefined;
      const pending = deferred();
      const fetcher = (request: BackendRequest, s: AbortSignal) => {
        if (request.purpose === 'session') signal = s;
        return pending.promise;
      };
      const {log, props} = recorder();
      render(<KycVerify fetcher={fetcher} {...props} />);
      const el = await element();
      await clickStart(el);
      await waitUntil(() => signal, 'no backend request');
      root!.unmount();
      root = undefined;
      await quiet(el);
      expect(signal!.aborted).to.equal(true);
      pending.resolve({url: await simLink('generic', RETURN_PAGE)});
      await quiet(el);
      expect(el.isConnected).to.equal(false);
      expect(log.all).to.deep.equal(['start']);
    });

    it('unmounting with the flow on screen removes the iframe and fires nothing more', async () => {
      const {fetcher} = fetcherFrom(async (request: BackendRequest) => ({
        // The provider page would report success after a while; the unmount comes first.
        url: await simLink('generic', returnUrlOf(request), [{wait: 800}, {redirect: {status: 'success'}}]),
      }));
      const {log, props} = recorder();
      render(<KycVerify fetcher={fetcher} mode="iframe" returnUrl={RETURN_PAGE} {...props} />);
      const el = await element();
      await clickStart(el);
      await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 12000});
      const frame = el.shadowRoot!.querySelector('iframe');
      expect(frame).to.exist;
      const before = log.all.length;
      root!.unmount();
      root = undefined;
      await quiet(el);
      expect(el.isConnected).to.equal(false);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(document.querySelectorAll('kyc-verify')).to.have.length(0);
      expect(log.results).to.deep.equal([]);
      expect(log.all.length).to.equal(before);
    });
  });
}
