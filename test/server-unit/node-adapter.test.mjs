// The node:http adapter: a real server on 127.0.0.1 with the handlers behind it, called with fetch.
import assert from 'node:assert/strict';
import {createHmac} from 'node:crypto';
import {createServer} from 'node:http';
import {after, before, describe, it} from 'node:test';
import {ATTEMPT, identify, mockProvider, server} from './helpers.mjs';

const {createSessionHandler, createWebhookHandler, createStatusHandler, toNodeHandler, MemoryStore} = server;

describe('toNodeHandler (node:http and Express)', () => {
  let app;
  let base;
  let provider;
  const store = new MemoryStore();
  before(async () => {
    provider = await mockProvider(() => ({status: 200, body: {url: 'https://in.sumsub.com/websdk/p/abc'}}));
    const session = toNodeHandler(
      createSessionHandler({provider: 'sumsub', credentials: {appToken: 't', secretKey: 's', levelName: 'l', baseUrl: provider.origin}, identify, store, statusUrl: '/api/kyc/status'}),
    );
    const status = toNodeHandler(createStatusHandler({store, identify}));
    const webhook = toNodeHandler(createWebhookHandler({provider: 'sumsub', secret: 'whsec', store}));
    app = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/api/kyc/session') return session(req, res);
      if (path === '/api/kyc/status') return status(req, res);
      if (path === '/api/kyc/webhook') return webhook(req, res);
      res.statusCode = 404;
      res.end();
    });
    await new Promise((resolve) => app.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${app.address().port}`;
  });
  after(async () => {
    await new Promise((resolve) => app.close(resolve));
    await provider.close();
  });

  it('serves the session, webhook and status handlers end to end', async () => {
    const returnUrl = `${base}/kyc?kyc_attempt=${ATTEMPT}`;
    const response = await fetch(`${base}/api/kyc/session`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Idempotency-Key': ATTEMPT},
      body: JSON.stringify({purpose: 'session', attempt: ATTEMPT, returnUrl}),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const first = await response.json();
    assert.equal(first.provider, 'sumsub');
    assert.equal(first.url, 'https://in.sumsub.com/websdk/p/abc');
    assert.equal(first.statusUrl, '/api/kyc/status');
    // The element's retry of the same attempt: the same session, one provider call.
    const again = await fetch(`${base}/api/kyc/session`, {method: 'POST', headers: {'Content-Type': 'application/json', 'Idempotency-Key': ATTEMPT}, body: JSON.stringify({attempt: ATTEMPT, returnUrl})});
    assert.deepEqual(await again.json(), first);
    assert.equal(provider.requests.length, 1);

    const body = JSON.stringify({type: 'applicantReviewed', externalUserId: 'user-42', reviewResult: {reviewAnswer: 'GREEN'}, createdAtMs: new Date().toISOString().replace('T', ' ').replace('Z', '')});
    const hook = await fetch(`${base}/api/kyc/webhook`, {method: 'POST', headers: {'Content-Type': 'application/json', 'X-Payload-Digest': createHmac('sha256', 'whsec').update(body).digest('hex')}, body});
    assert.equal(hook.status, 200);
    const status = await fetch(`${base}/api/kyc/status?attempt=${ATTEMPT}`);
    assert.deepEqual(await status.json(), {status: 'approved', retryable: false});
  });

  it('uses a raw body an Express parser kept (express.raw) instead of reading the stream again', async () => {
    const {toWebRequest} = server;
    const bytes = new TextEncoder().encode('{"a":1}');
    const request = await toWebRequest({method: 'POST', url: '/x', headers: {host: 'shop.example'}, body: bytes, async *[Symbol.asyncIterator]() {}});
    assert.equal(request.url, 'http://shop.example/x');
    assert.equal(await request.text(), '{"a":1}');
  });

  it('takes a body express.json() already parsed (fine for sessions; webhooks need the raw bytes)', async () => {
    const {toWebRequest} = server;
    const request = await toWebRequest({method: 'POST', url: '/s', headers: {host: 'shop.example', 'content-length': '999'}, body: {attempt: 'x'}, readableEnded: true, async *[Symbol.asyncIterator]() {}});
    assert.deepEqual(await request.json(), {attempt: 'x'});
    assert.equal(request.headers.get('content-length'), null);
  });
});
