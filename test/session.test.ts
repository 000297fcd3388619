/**
 * SPEC §2 backend contract, through the element: the request it sends, the response shapes end to end,
 * and each failure path it reports (SPEC §1 codes, §5 URL rules). Detection row by row, every refused
 * URL and every HTTP status code are unit tests (test/unit/sessions.test.ts, test/unit/result.test.ts).
 */
import {expect} from '@open-wc/testing';
import type {BackendRequest, KycResult} from '../src/types.js';
import {trusset} from './fixtures/providers/index.js';
import {RETURN_PAGE, fetcherFrom, frameOf, html, mockEndpoint, mount, returnUrlOf, simLink, type SimStep} from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A sim link whose return URL the mock backend fills in from the request (`__RETURN__`). */
const backendLink = (provider: string, script: SimStep[]) => simLink(provider, '__RETURN__', script);

/** Every element failure is an `error` from the element with a message. */
function expectElementError(result: KycResult, code: string, retryable: boolean) {
  expect(result.status, 'status').to.equal('error');
  expect(result.code, 'code').to.equal(code);
  expect(result.retryable, 'retryable').to.equal(retryable);
  expect(result.source, 'source').to.equal('element');
  expect(result.message, 'message').to.be.a('string').and.not.equal('');
  expect(result.params).to.deep.equal({});
}

/** Mounts an element on a mock endpoint answering `body`, starts it, and returns the first result. */
async function viaEndpoint(body: unknown, attrs: {mode?: string; provider?: string; allowedOrigins?: string} = {}, status = 200) {
  const mock = mockEndpoint({body, status});
  const {el, log} = await mount(
    html`<kyc-verify
      endpoint=${mock.endpoint}
      return-url=${RETURN_PAGE}
      mode=${attrs.mode ?? 'auto'}
      provider=${attrs.provider ?? 'auto'}
      allowed-origins=${attrs.allowedOrigins ?? ''}
    ></kyc-verify>`,
  );
  el.start();
  const result = await log.result();
  return {el, log, result, mock};
}

describe('SPEC §2 the request', () => {
  it('POSTs JSON with Idempotency-Key = the attempt, and the documented body', async () => {
    const mock = mockEndpoint({body: {url: await backendLink('generic', [{redirect: {}}])}});
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint} return-url=${RETURN_PAGE} locale="de-CH"></kyc-verify>`);
    el.start();
    await log.result();
    const attempt = log.starts[0].attempt;
    expect(attempt).to.match(UUID);
    const requests = await mock.requests();
    expect(requests).to.have.length(1);
    const [request] = requests;
    expect(request.method).to.equal('POST');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(request.headers['idempotency-key']).to.equal(attempt);
    expect(Object.keys(request.body).sort()).to.deep.equal(['attempt', 'client', 'locale', 'mode', 'provider', 'providerLocales', 'purpose', 'returnUrl']);
    expect(request.body.purpose).to.equal('session');
    expect(request.body.attempt).to.equal(attempt);
    expect(request.body.locale).to.equal('de-CH');
    expect(request.body.mode).to.equal('auto');
    expect(request.body.provider).to.equal('auto');
    const client = request.body.client as Record<string, unknown>;
    expect(Object.keys(client).sort()).to.deep.equal(['camera', 'mobile', 'webview']);
    for (const value of Object.values(client)) expect(value).to.be.a('boolean');
    const returnUrl = new URL(String(request.body.returnUrl));
    expect(returnUrl.origin + returnUrl.pathname).to.equal(RETURN_PAGE);
    expect(returnUrl.searchParams.get('kyc_attempt')).to.equal(attempt);
    // The result belongs to the same attempt.
    expect(log.results[0].attempt).to.equal(attempt);
  });

  it('sends the mode and provider attributes as given', async () => {
    const mock = mockEndpoint({body: {url: await backendLink('sumsub', [{redirect: {status: 'ok'}}])}});
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint} return-url=${RETURN_PAGE} mode="iframe" provider="sumsub"></kyc-verify>`);
    el.start();
    const result = await log.result();
    const [request] = await mock.requests();
    expect(request.body.mode).to.equal('iframe');
    expect(request.body.provider).to.equal('sumsub');
    expect(result.provider).to.equal('sumsub');
  });

  it('sends the <html lang> as locale when the attribute is absent', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'fr-BE';
    try {
      const {fetcher, calls} = fetcherFrom(() => ({error: {code: 'stop'}}));
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
      el.start();
      await log.result();
      expect(calls[0].body?.locale).to.equal('fr-BE');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('sets kyc_attempt on a return URL and keeps its existing query', async () => {
    const {fetcher, calls} = fetcherFrom(() => ({error: {code: 'stop'}}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url="/shop/kyc?order=42&kyc_attempt=old"></kyc-verify>`);
    el.start();
    await log.result();
    const returnUrl = new URL(returnUrlOf(calls[0]));
    expect(returnUrl.origin).to.equal(location.origin);
    expect(returnUrl.pathname).to.equal('/shop/kyc');
    expect([...returnUrl.searchParams]).to.deep.equal([
      ['order', '42'],
      ['kyc_attempt', log.starts[0].attempt],
    ]);
  });

  it('defaults the return URL to this page without its hash and kyc_* params', async () => {
    const original = location.href;
    const {fetcher, calls} = fetcherFrom(() => ({error: {code: 'stop'}}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    const here = new URL(original);
    here.hash = '';
    here.searchParams.set('keep', 'yes');
    const dressed = new URL(here.href);
    dressed.searchParams.set('kyc_step', '2');
    dressed.hash = '#/route';
    history.replaceState(history.state, '', dressed.href);
    try {
      el.start();
      await log.result();
    } finally {
      history.replaceState(history.state, '', original);
    }
    const expected = new URL(here.href);
    expected.searchParams.set('kyc_attempt', log.starts[0].attempt);
    expect(returnUrlOf(calls[0])).to.equal(expected.href);
  });

  it('merges the `body` property into the request, the element’s own keys winning', async () => {
    const mock = mockEndpoint({body: {error: {code: 'stop'}}, status: 400});
    const {el, log} = await mount(
      html`<kyc-verify endpoint=${mock.endpoint} .body=${{orderId: 'o-7', nested: {a: 1}, purpose: 'hijack', attempt: 'hijack', mode: 'redirect'}}></kyc-verify>`,
    );
    el.start();
    await log.result();
    const [request] = await mock.requests();
    expect(request.body.orderId).to.equal('o-7');
    expect(request.body.nested).to.deep.equal({a: 1});
    expect(request.body.purpose).to.equal('session');
    expect(request.body.attempt).to.equal(log.starts[0].attempt);
    expect(request.body.mode).to.equal('auto');
  });

  it('sends the `headers` property on the request', async () => {
    const mock = mockEndpoint({body: {error: {code: 'stop'}}, status: 400});
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint} .headers=${{'X-CSRF-Token': 'csrf-123'}}></kyc-verify>`);
    el.start();
    await log.result();
    const [request] = await mock.requests();
    expect(request.headers['x-csrf-token']).to.equal('csrf-123');
    expect(request.headers['content-type']).to.equal('application/json');
  });

  it('the element’s own Content-Type and Idempotency-Key win over the `headers` property, whatever their case', async () => {
    const mock = mockEndpoint({body: {error: {code: 'stop'}}, status: 400});
    const {el, log} = await mount(
      html`<kyc-verify endpoint=${mock.endpoint} .headers=${{'content-type': 'text/plain', 'IDEMPOTENCY-KEY': 'mine', 'X-Csrf': 'c'}}></kyc-verify>`,
    );
    el.start();
    await log.result();
    const [request] = await mock.requests();
    expect(request.headers['content-type']).to.equal('application/json');
    expect(request.headers['idempotency-key']).to.equal(log.starts[0].attempt);
    expect(request.headers['x-csrf']).to.equal('c');
  });

  describe('the `credentials` attribute', () => {
    const cookie = 'kyc_test_cookie';
    beforeEach(() => {
      document.cookie = `${cookie}=1; path=/`;
    });
    afterEach(() => {
      document.cookie = `${cookie}=; path=/; max-age=0`;
    });

    it('sends cookies with the default same-origin', async () => {
      const mock = mockEndpoint({body: {error: {code: 'stop'}}, status: 400});
      const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
      el.start();
      await log.result();
      const [request] = await mock.requests();
      expect(request.headers.cookie ?? '').to.include(`${cookie}=1`);
    });

    it('sends no cookies with credentials="omit"', async () => {
      const mock = mockEndpoint({body: {error: {code: 'stop'}}, status: 400});
      const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint} credentials="omit"></kyc-verify>`);
      el.start();
      await log.result();
      const [request] = await mock.requests();
      expect(request.headers.cookie ?? '').to.not.include(cookie);
    });
  });

  it('the `fetcher` property replaces HTTP: it gets {purpose, url, method, headers, body} and an AbortSignal', async () => {
    const mock = mockEndpoint({body: {error: {code: 'http-was-used'}}, status: 400});
    const signals: unknown[] = [];
    const {fetcher, calls} = fetcherFrom(async (request: BackendRequest) => ({url: await simLink('generic', returnUrlOf(request), [{redirect: {}}])}));
    const spy = (request: BackendRequest, signal: AbortSignal) => {
      signals.push(signal);
      return fetcher(request);
    };
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint} .fetcher=${spy} .headers=${{'X-Extra': 'x'}} .body=${{extra: 1}} return-url=${RETURN_PAGE}></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(result.status).to.equal('completed');
    expect(await mock.requests()).to.have.length(0);
    expect(calls).to.have.length(1);
    const [request] = calls;
    const attempt = log.starts[0].attempt;
    expect(request.purpose).to.equal('session');
    expect(request.method).to.equal('POST');
    expect(request.url).to.equal(new URL(mock.endpoint, document.baseURI).href);
    expect(request.headers).to.include({'Content-Type': 'application/json', 'Idempotency-Key': attempt, 'X-Extra': 'x'});
    expect(request.body).to.include({purpose: 'session', attempt, extra: 1, mode: 'auto', provider: 'auto'});
    expect(signals[0]).to.be.instanceOf(AbortSignal);
  });
});

describe('SPEC §2 response shapes: each provider’s answer runs end to end', () => {
  it('normalized: its lowercase provider and reference are used', async () => {
    const {result} = await viaEndpoint({provider: 'sumsub', url: await backendLink('sumsub', [{redirect: {status: 'ok'}}]), reference: 'ref-norm'});
    expect(result).to.include({provider: 'sumsub', status: 'completed', reference: 'ref-norm', source: 'redirect'});
  });

  it('Sumsub link `{ url }` on a Sumsub host is detected as sumsub', async () => {
    // `sdk` cannot serve a link without a token, so the attempt ends right after detection.
    const {result} = await viaEndpoint({url: 'https://in.sumsub.com/websdk/p/sbx_abc'}, {mode: 'sdk'});
    expectElementError(result, 'unsupported-mode', false);
    expect(result.provider).to.equal('sumsub');
  });

  it('Sumsub link `{ url }` runs in the iframe with provider="sumsub"', async () => {
    const {result} = await viaEndpoint({url: await backendLink('sumsub', [{redirect: {status: 'reject'}}])}, {provider: 'sumsub'});
    expect(result).to.include({provider: 'sumsub', status: 'rejected', source: 'redirect'});
  });

  it('Sumsub token `{ token, userId }` with an `_act-` token is sumsub; iframe mode cannot serve a token', async () => {
    // The iframe needs a link; a token-only session ends as unsupported-mode (after detection).
    const {result, el, log} = await viaEndpoint({token: '_act-sbx-jwt-eyJhbGciOiJub25lIn0.e30.secret', userId: 'host-user-1'}, {mode: 'iframe'});
    expectElementError(result, 'unsupported-mode', false);
    expect(result.provider).to.equal('sumsub');
    expect(result).to.not.have.property('reference');
    expect(JSON.stringify([log.starts, log.ready, log.progress, log.results])).to.not.include('_act-');
    expect(frameOf(el)).to.equal(null);
  });

  it('Jumio: without workflowExecution the reference is account.id', async () => {
    const {result} = await viaEndpoint({web: {href: await backendLink('jumio', [{redirect: {acquisitionStatus: 'SUCCESS'}}])}, account: {id: 'acc-1'}});
    expect(result).to.include({provider: 'jumio', status: 'completed', reference: 'acc-1'});
  });

  it('Trusset: reference is data.id, runs in the iframe with mode="iframe", and its email and walletAddress appear nowhere', async () => {
    const {email, walletAddress: wallet} = trusset.PERSONAL;
    const mock = mockEndpoint({body: trusset.session({href: await backendLink('trusset', trusset.scripts.landing), id: 'link_tr1'})});
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint} return-url=${RETURN_PAGE} mode="iframe"></kyc-verify>`);
    // Seen when `kyc-ready` fires: the landing may follow in the same task and close the flow.
    let frameAtReady: HTMLIFrameElement | null = null;
    el.addEventListener('kyc-ready', () => (frameAtReady = frameOf(el)));
    el.start();
    const result = await log.result();
    expect(log.ready[0]).to.include({provider: 'trusset', mode: 'iframe'});
    expect(frameAtReady).to.not.equal(null);
    expect(result).to.include({provider: 'trusset', status: 'completed', reference: 'link_tr1'});
    const everything = JSON.stringify([log.starts, log.ready, log.progress, log.results]) + el.outerHTML + el.shadowRoot!.innerHTML;
    expect(everything).to.not.include(email);
    expect(everything.toLowerCase()).to.not.include(wallet.toLowerCase());
  });

  it('Lightspark Grid `{ kycUrl, expiresAt, provider: "SUMSUB" }` is grid, whatever its provider says', async () => {
    const {result} = await viaEndpoint({kycUrl: await backendLink('grid', [{redirect: {}}]), expiresAt: '2030-01-01T00:00:00Z', provider: 'SUMSUB'}, {mode: 'iframe'});
    expect(result).to.include({provider: 'grid', status: 'completed', source: 'redirect'});
  });
});

describe('SPEC §2 detection: a pinned provider must match', () => {
  it('a pinned provider whose schema does not match is invalid-response', async () => {
    const {result, el} = await viaEndpoint({link: 'https://links.usesmileid.com/abc', ref_id: 'ref-1'}, {provider: 'jumio'});
    expectElementError(result, 'invalid-response', false);
    expect(frameOf(el)).to.equal(null);
  });
});

describe('SPEC §1 element failures: each ends as an `error` from the element with its code', () => {
  it('an endpoint that is not a URL → config, not retryable, and cancel() does not throw', async () => {
    const {el, log} = await mount(html`<kyc-verify endpoint="http://[not-a-host"></kyc-verify>`);
    el.start();
    expectElementError(await log.result(), 'config', false);
    expect(() => el.cancel()).to.not.throw();
  });

  it('a statusUrl outside the page’s and the endpoint’s origins → unsafe-url (status calls carry the host’s headers)', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://kyc.example.com/flow', statusUrl: 'https://elsewhere.example/status'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    expectElementError(await log.result(), 'unsafe-url', false);
    expect(frameOf(el)).to.equal(null);
  });

  it('with a `fetcher` set, an unparsable `endpoint` ends as `config`, not retryable, and the fetcher is never called', async () => {
    const {fetcher, calls} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} endpoint="http://[bad"></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(result).to.include({status: 'error', code: 'config', retryable: false, source: 'element'});
    expect(calls).to.have.length(0);
  });

  it('no endpoint and no fetcher → config, not retryable', async () => {
    const {el, log} = await mount(html`<kyc-verify></kyc-verify>`);
    el.start();
    const result = await log.result();
    expectElementError(result, 'config', false);
    expect(result.provider).to.be.a('string');
    expect(el.state).to.equal('failed');
  });

  it('a network failure → network, retryable', async () => {
    const {el, log} = await mount(html`<kyc-verify endpoint="http://127.0.0.1:9/x"></kyc-verify>`);
    el.start();
    const result = await log.result();
    expectElementError(result, 'network', true);
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.not.equal(null);
  });

  it('a fetcher that throws → network, retryable', async () => {
    const {el, log} = await mount(html`<kyc-verify .fetcher=${() => Promise.reject(new TypeError('Failed to fetch'))}></kyc-verify>`);
    el.start();
    expectElementError(await log.result(), 'network', true);
  });

  it('no answer within session-timeout → session-timeout, retryable', async () => {
    const mock = mockEndpoint({body: {url: 'https://kyc.example.com/flow'}, delay: 2000});
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint} session-timeout="200"></kyc-verify>`);
    el.start();
    expectElementError(await log.result(), 'session-timeout', true);
    expect(frameOf(el)).to.equal(null);
  });

  // One retryable and one final status; the code for every status is unit-tested (test/unit/result.test.ts).
  for (const [status, retryable] of [
    [503, true],
    [404, false],
  ] as const) {
    it(`HTTP ${status} → session-http-${status}, ${retryable ? '' : 'not '}retryable`, async () => {
      const {result} = await viaEndpoint({message: 'nope'}, {}, status);
      expectElementError(result, `session-http-${status}`, retryable);
    });
  }

  it('a non-2xx `{ error: { code, message, retryable } }` passes its code, message and retryable through', async () => {
    const {result} = await viaEndpoint({error: {code: 'kyc-disabled', message: 'Verification is switched off for this shop.', retryable: true}}, {}, 403);
    expect(result).to.include({status: 'error', code: 'kyc-disabled', message: 'Verification is switched off for this shop.', retryable: true, source: 'element'});
  });

  it('a non-2xx `{ error }` with retryable: false on a 503 stays not retryable', async () => {
    const {result} = await viaEndpoint({error: {code: 'customer-blocked', message: 'Blocked.', retryable: false}}, {}, 503);
    expect(result).to.include({status: 'error', code: 'customer-blocked', message: 'Blocked.', retryable: false, source: 'element'});
  });

  it('a body that is not JSON → invalid-response, not retryable', async () => {
    const mock = mockEndpoint({body: '<html><body>Login required</body></html>', type: 'text/html'});
    const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
    el.start();
    expectElementError(await log.result(), 'invalid-response', false);
  });

  it('a shape that matches nothing → invalid-response, not retryable', async () => {
    const {result, el} = await viaEndpoint({link: 'https://links.usesmileid.com/x', something: 'else'});
    expectElementError(result, 'invalid-response', false);
    expect(frameOf(el)).to.equal(null);
  });

  // Arrays, strings and numbers: test/unit/sessions.test.ts.
  for (const raw of ['null']) {
    it(`a JSON answer that is not an object (${raw}) → invalid-response`, async () => {
      const mock = mockEndpoint({body: raw});
      const {el, log} = await mount(html`<kyc-verify endpoint=${mock.endpoint}></kyc-verify>`);
      el.start();
      expectElementError(await log.result(), 'invalid-response', false);
      expect(frameOf(el)).to.equal(null);
    });
  }

  describe('unsafe URLs → unsafe-url, not retryable, and no iframe', () => {
    // Every refused form (data:, blob:, relative, http:, credentials, handoffUrl …) is unit-tested
    // against openSession (test/unit/sessions.test.ts); here the element's side: nothing rendered.
    const cases: Array<[string, unknown, string?]> = [
      ['javascript:', {url: 'javascript:alert(document.domain)'}],
      ['a Jumio web.href with javascript:', {web: {href: 'javascript:alert(1)'}, account: {id: 'a'}}],
      ['a URL not matching allowed-origins', {url: 'https://evil.example/flow'}, 'https://*.jumio.ai https://links.usesmileid.com'],
    ];
    for (const [what, body, allowedOrigins] of cases) {
      it(what, async () => {
        const {result, el, log} = await viaEndpoint(body, {allowedOrigins});
        expectElementError(result, 'unsafe-url', false);
        expect(frameOf(el)).to.equal(null);
        expect(log.ready).to.have.length(0);
        expect(el.state).to.equal('failed');
      });
    }

    it('a URL matching allowed-origins is loaded', async () => {
      const link = await backendLink('generic', [{redirect: {}}]);
      const {result} = await viaEndpoint({url: link}, {allowedOrigins: `https://*.jumio.ai ${new URL(link).origin}`});
      expect(result).to.include({status: 'completed', source: 'redirect'});
    });
  });
});
