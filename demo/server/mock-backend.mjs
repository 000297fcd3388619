// A mock of the page's own backend (SPEC §2), as a Node `(req, res, next)` middleware. It answers
// `POST /api/kyc/session` with each provider's real response shape, pointing at the simulated provider
// pages, and `POST /api/kyc/cancel`-style calls (purpose: 'cancel') with 204. Used by the demo and tests.

const readJson = (request) =>
  new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(text || '{}'));
      } catch {
        resolve({});
      }
    });
  });

const send = (response, status, body) => {
  response.writeHead(status, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
  response.end(body === undefined ? '' : JSON.stringify(body));
};

/** Each provider's own response shape, pointing at the simulated flow. */
export function providerResponse(provider, simOrigin, returnUrl, attempt) {
  const link = (path, extra = {}) => {
    const url = new URL(`${simOrigin}/${path}`);
    url.searchParams.set('return', returnUrl);
    for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
    return url.href;
  };
  const expiresAt = new Date(Date.now() + 15 * 60_000).toISOString();
  switch (provider) {
    case 'jumio':
      return {
        timestamp: new Date().toISOString(),
        account: {id: 'acc-sim-1'},
        web: {href: link('jumio/web/client', {authorizationToken: `tok-${attempt}`, locale: 'en-US', ref: `wfe-${attempt.slice(0, 8)}`})},
        workflowExecution: {id: `wfe-${attempt.slice(0, 8)}`},
      };
    case 'smile':
      return {link: link('smile/link'), ref_id: `ref-${attempt.slice(0, 8)}`, expires_at: expiresAt};
    case 'sumsub':
      return {url: link('sumsub/websdk/p/sim')};
    case 'trusset':
      return {
        success: true,
        data: {id: `link_${attempt.slice(0, 8)}`, url: link('trusset/link'), status: 'pending', email: 'person@example.com', walletAddress: '0xabc', expiresAt},
        metadata: {requestId: 'req-1', timestamp: new Date().toISOString()},
      };
    case 'grid':
      return {kycUrl: link('grid/kyc'), expiresAt, provider: 'SUMSUB'};
    default:
      return {provider: 'generic', url: link('generic/flow'), reference: `gen-${attempt.slice(0, 8)}`, expiresAt};
  }
}

/**
 * The mock backend middleware. `options.simOrigin()` gives the simulated provider's origin;
 * `options.onRequest(record)` sees every call (tests read them back).
 */
export function mockBackend({simOrigin, basePath = '/api/kyc'}) {
  return async (request, response, next) => {
    const url = new URL(request.url, 'http://x');
    if (!url.pathname.startsWith(basePath)) return next();
    if (request.method !== 'POST') return send(response, 405, {error: {code: 'method', message: 'POST only', retryable: false}});
    const body = await readJson(request);
    if (body.purpose === 'cancel') return send(response, 204);
    if (typeof body.attempt !== 'string' || typeof body.returnUrl !== 'string') {
      return send(response, 400, {error: {code: 'bad-request', message: 'attempt and returnUrl are required', retryable: false}});
    }
    const provider = body.demoProvider || (body.provider !== 'auto' ? body.provider : 'jumio');
    return send(response, 200, providerResponse(provider, simOrigin(), body.returnUrl, body.attempt));
  };
}
