/**
 * SSR, the browser half: the HTML that `react-dom/server` rendered in Node (test/ssr/render.mjs, served
 * by the test server) is put in the page, the element upgrades, React hydrates it without a mismatch,
 * and a real click runs a flow to its result.
 */
import {StrictMode} from 'react';
import {hydrateRoot, type Root} from 'react-dom/client';
import {expect, waitUntil} from '@open-wc/testing';
import {resetMouse} from '@web/test-runner-commands';
import {KycVerifyElement, type KycResult} from '../src/react.js';
import type {BackendRequest} from '../src/types.js';
import {RETURN_PAGE, fetcherFrom, returnUrlOf, quiet, simLink} from './helpers.js';
import {clickStart} from './pointer.js';
import {CheckoutPage} from './ssr/page.js';

export function ssrSuite(version: '18' | '19'): void {
  describe(`server-rendered <KycVerify> hydrated by React ${version}`, function () {
    // The first test of a cold run waits for the dev server to compile the element and its engine.
    this.timeout(20000);
    let root: Root | undefined;
    let container: HTMLElement;

    afterEach(async () => {
      root?.unmount();
      root = undefined;
      container?.remove();
      await resetMouse();
    });

    it('upgrades the server HTML, hydrates it without a mismatch, and runs a flow', async () => {
      const html = await (await fetch(`/__ssr/react-page?react=${version}`)).text();
      expect(html).to.match(/^<main>.*<kyc-verify><\/kyc-verify><\/main>$/);
      container = document.createElement('div');
      // The server's markup, as a browser parses it from the response (a test page has no server).
      container.append(document.createRange().createContextualFragment(html));
      document.body.append(container);
      const serverElement = container.querySelector('kyc-verify')!;
      expect(serverElement).to.be.instanceOf(KycVerifyElement); // upgraded

      const errors: unknown[] = [];
      const results: KycResult[] = [];
      const {fetcher, calls} = fetcherFrom(async (request: BackendRequest) => ({
        url: await simLink('generic', returnUrlOf(request), [{redirect: {status: 'success'}}]),
      }));
      root = hydrateRoot(
        container,
        <StrictMode>
          <CheckoutPage fetcher={fetcher} mode="iframe" returnUrl={RETURN_PAGE} onKycResult={(event) => results.push(event.detail)} />
        </StrictMode>,
        {onRecoverableError: (error) => errors.push(error)},
      );
      await waitUntil(() => (serverElement as KycVerifyElement).fetcher === fetcher, 'properties not set after hydration');
      // Hydration kept the server's node (a mismatch would have re-created it).
      expect(container.querySelector('kyc-verify')).to.equal(serverElement);
      expect((serverElement as KycVerifyElement).endpoint).to.equal('/api/kyc/session');

      await clickStart(serverElement);
      await waitUntil(() => results.length > 0, 'no result', {timeout: 12000});
      await quiet(serverElement as KycVerifyElement);
      expect(results.map((result) => result.status)).to.deep.equal(['completed']);
      expect(calls.map((call) => call.purpose)).to.deep.equal(['session']);
      expect(errors).to.deep.equal([]);
    });
  });
}
