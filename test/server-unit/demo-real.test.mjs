// The demo's "real mode" end to end without a browser: the kyc-verify/server handlers (as the demo
// mounts them) → the mock provider APIs, which verify the handlers' signatures → the simulated flow's
// return hop → the provider's signed webhook into the webhook handler → the status endpoint.
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {after, before, describe, it} from 'node:test';

const demo = process.env.KYC_DEMO_DIR;
const {realBackend} = await import(new URL('real-backend.mjs', demo));
const {startProviderApis} = await import(new URL('provider-apis.mjs', demo));

let apis;
let app;
let origin;
const attempts = [];

before(async () => {
  app = createServer();
  await new Promise((resolve) => app.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${app.address().port}`;
  apis = await startProviderApis({simOrigin: () => 'http://127.0.0.1:9', webhookOrigin: () => origin, verdictDelayMs: 30, sdkVerdictDelayMs: 60_000});
  const middleware = realBackend({apis, env: {}, readBackIntervalMs: 0});
  app.on('request', (req, res) =>
    middleware(req, res, (error) => {
      // The next middleware (the mock backend) reads the body again.
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        res.statusCode = error ? 500 : 404;
        res.end(JSON.stringify({next: true, demoProvider: JSON.parse(text || '{}').demoProvider}));
      });
    }),
  );
});
after(async () => {
  await apis.close();
  app.closeAllConnections?.();
  await new Promise((resolve) => app.close(resolve));
});

async function session(provider, extra = {}) {
  const attempt = crypto.randomUUID();
  attempts.push(attempt);
  const response = await fetch(`${origin}/api/kyc/session`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Idempotency-Key': attempt},
    body: JSON.stringify({purpose: 'session', attempt, returnUrl: `${origin}/kyc?kyc_attempt=${attempt}`, mode: 'auto', provider: 'auto', locale: 'en', demoProvider: provider, ...extra}),
  });
  return {attempt, status: response.status, body: await response.json()};
}

/** What the simulated page does at the end: navigate to its `return` URL with the provider's params. */
async function finish(link, params) {
  const hop = new URL(new URL(link).searchParams.get('return'));
  for (const [key, value] of Object.entries(params)) hop.searchParams.set(key, value);
  return fetch(hop, {redirect: 'manual'});
}

async function statusUntil(attempt, wanted, ms = 3000) {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    last = await (await fetch(`${origin}/api/kyc/status?attempt=${attempt}`)).json();
    if (last.status === wanted) return last;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  return last;
}

describe('demo real mode (handlers → mock provider APIs that verify signatures → webhooks → status)', () => {
  it('Sumsub link: signed websdkLink, return with status=ok, applicantReviewed GREEN → approved', async () => {
    const {attempt, status, body} = await session('sumsub');
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.statusUrl, '/api/kyc/status');
    const back = await finish(body.url, {status: 'ok'});
    assert.equal(back.status, 302);
    const location = new URL(back.headers.get('location'));
    assert.equal(location.searchParams.get('kyc_attempt'), attempt);
    assert.equal(location.searchParams.get('status'), 'ok');
    assert.deepEqual(await statusUntil(attempt, 'approved'), {status: 'approved', retryable: false});
  });

  it('Sumsub SDK: a signed access token', async () => {
    const {status, body} = await session('sumsub-sdk', {mode: 'sdk'});
    assert.equal(status, 200, JSON.stringify(body));
    assert.match(body.token, /^_act-sbx-jwt-/);
  });

  it('Jumio: OAuth2 token, account, unsigned callback read back over the retrieval API → approved', async () => {
    const {attempt, status, body} = await session('jumio');
    assert.equal(status, 200, JSON.stringify(body));
    const back = await finish(body.url, {acquisitionStatus: 'SUCCESS', workflowExecutionId: body.reference});
    assert.equal(back.status, 302);
    assert.deepEqual(await statusUntil(attempt, 'approved'), {status: 'approved', retryable: false});
  });

  it('Smile ID: signed smile_links, signed callback 0810 → approved', async () => {
    const {attempt, status, body} = await session('smile');
    assert.equal(status, 200, JSON.stringify(body));
    await finish(body.url, {status: 'success', user_id: 'demo-user'});
    assert.deepEqual(await statusUntil(attempt, 'approved'), {status: 'approved', code: '0810', retryable: false});
  });

  it('Trusset: id-link with X-API-Key, completion learnt by reading the link back', async () => {
    const {attempt, status, body} = await session('trusset');
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(await statusUntil(attempt, 'pending'), {status: 'pending'});
    assert.equal((await finish(body.url, {})).status, 200);
    assert.deepEqual(await statusUntil(attempt, 'completed'), {status: 'completed', retryable: false});
  });

  it('Grid: Basic auth, one link per attempt (Idempotency-Key), ECDSA-signed CUSTOMER.KYC_APPROVED → approved', async () => {
    const first = await session('grid');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.match(first.body.token, /^_act-sbx-jwt-/);
    await finish(first.body.url, {});
    assert.deepEqual(await statusUntil(first.attempt, 'approved'), {status: 'approved', retryable: false});
  });

  it('passes providers it does not serve (generic) on to the next middleware, body intact', async () => {
    const {status, body} = await session('generic');
    assert.equal(status, 404);
    assert.deepEqual(body, {next: true, demoProvider: 'generic'});
  });
});
