// @ts-check
/**
 * SPEC §5/§6: `<KycVerify>` renders on a server. Node's test runner, no DOM: `react-dom/server`
 * renders a page that contains the component, with React 18 and React 19. The browser half (hydrate
 * the same HTML and run a flow) is test/react18-ssr.test.tsx and test/react19-ssr.test.tsx.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {renderPage} from './render.mjs';

describe('kyc-verify/react on the server', () => {
  for (const version of /** @type {const} */ (['18', '19'])) {
    it(`renders a page with <KycVerify> in React ${version} without window or document`, async () => {
      const {html, reactVersion} = await renderPage(version, {
        fetcher: async () => ({url: 'https://example.invalid/'}),
        headers: {'X-CSRF-Token': 'csrf-secret'},
        onKycResult: () => undefined,
      });
      assert.equal(reactVersion.split('.')[0], version);
      assert.equal(typeof globalThis.window, 'undefined');
      assert.equal(typeof globalThis.document, 'undefined');
      assert.match(html, /<h1>Checkout<\/h1>/);
      assert.match(html, /<kyc-verify[\s>]/);
      // Properties are set on the client after hydration; nothing of them leaks into the markup.
      assert.doesNotMatch(html, /csrf-secret|example\.invalid|fetcher|onKycResult/);
    });
  }
});
