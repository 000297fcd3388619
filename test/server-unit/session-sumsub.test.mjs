// The Sumsub session handler against a local mock of api.sumsub.com that checks each request the way
// Sumsub does (research §1c): X-App-Token, a fresh X-App-Access-Ts, and X-App-Access-Sig recomputed
// with createHmac over ts + METHOD + path-with-query + the raw body it received.
import assert from 'node:assert/strict';
import {createHmac} from 'node:crypto';
import {after, before, beforeEach, describe, it} from 'node:test';
import {ATTEMPT, ORIGIN, elementRequest, identify, mockProvider, read, server} from './helpers.mjs';

const {createSessionHandler, MemoryStore} = server;
const APP_TOKEN = 'sbx:uY0CgwELmgUAEyl4hNWxLngb.0WSeQeiYny4WEqmAALEAiK2qTC96fBad';
const SECRET = 'Hej2ch71kG2kTd1iIUDZFNsO5C1lh5Gq';

let mock;
let behaviour = 'ok';
let tokens = 0;

function sumsubMock(request) {
  const ts = Number(request.headers['x-app-access-ts']);
  const expected = createHmac('sha256', SECRET).update(`${request.headers['x-app-access-ts']}${request.method}${request.path}`).update(request.body).digest('hex');
  if (request.headers['x-app-token'] !== APP_TOKEN || request.headers['x-app-access-sig'] !== expected || Math.abs(Date.now() / 1000 - ts) > 60) {
    return {status: 401, body: {description: 'Request signature mismatch', code: 401, correlationId: 'c0b20cfbbf674ce5aeaf479e72d33af8', errorCode: 4003, errorName: 'app-token-signature mismatch'}};
  }
  if (behaviour === '429') return {status: 429, headers: {'Retry-After': '7'}, body: {description: 'Too many requests', code: 429}};
  if (behaviour === '500') return {status: 500, body: {description: `internal ${APP_TOKEN}`, code: 500}};
  if (behaviour === '400') return {status: 400, body: {description: 'Level basic-kyc-level not found', code: 400}};
  if (behaviour === 'hang') return 'hang';
  if (behaviour === 'garbage') return {status: 200, body: '<html>'};
  const route = request.path.replace(/^\/proxy\/sumsub/, '');
  if (route.startsWith('/resources/accessTokens/sdk')) {
    return {status: 200, body: {token: `_act-sbx-jwt-token-${++tokens}`, userId: JSON.parse(request.body).userId}};
  }
  if (route.startsWith('/resources/sdkIntegrations/levels/-/websdkLink')) return {status: 200, body: {url: 'https://in.sumsub.com/websdk/p/7JwtC0pb9mcqQsLb'}};
  return {status: 404, body: {code: 404}};
}

const handler = (extra = {}) =>
  createSessionHandler({
    provider: 'sumsub',
    credentials: {appToken: APP_TOKEN, secretKey: SECRET, levelName: 'basic-kyc-level', baseUrl: mock.origin},
    identify,
    returnOrigins: [ORIGIN],
    statusUrl: '/api/kyc/status',
    timeoutMs: 300,
    onError: () => {},
    ...extra,
  });

before(async () => {
  mock = await mockProvider(sumsubMock);
});
after(() => mock.close());
beforeEach(() => {
  behaviour = 'ok';
  mock.requests.length = 0;
});

describe('Sumsub session handler', () => {
  it('creates a websdkLink with a valid signature, the level, the user and return URLs from returnUrl', async () => {
    const {status, body} = await read(await handler()(elementRequest()));
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['expiresAt', 'provider', 'statusUrl', 'url']);
    assert.equal(body.provider, 'sumsub');
    assert.equal(body.url, 'https://in.sumsub.com/websdk/p/7JwtC0pb9mcqQsLb');
    assert.equal(body.statusUrl, '/api/kyc/status');
    assert.equal(mock.requests.length, 1);
    const [request] = mock.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/resources/sdkIntegrations/levels/-/websdkLink?lang=en');
    assert.equal(request.headers['content-type'], 'application/json');
    const sent = JSON.parse(request.body);
    assert.equal(sent.levelName, 'basic-kyc-level');
    assert.equal(sent.userId, 'user-42');
    assert.equal(sent.ttlInSecs, 1800);
    const success = new URL(sent.redirect.successUrl);
    const reject = new URL(sent.redirect.rejectUrl);
    assert.equal(success.origin + success.pathname, `${ORIGIN}/kyc`);
    assert.equal(success.searchParams.get('kyc_attempt'), ATTEMPT);
    assert.equal(success.searchParams.get('order'), '42');
    assert.equal(success.searchParams.get('status'), 'ok');
    assert.equal(reject.searchParams.get('status'), 'reject');
    assert.equal(reject.searchParams.get('kyc_attempt'), ATTEMPT);
  });

  it('asks for an SDK access token when the element runs in sdk mode', async () => {
    const {status, body} = await read(await handler()(elementRequest({mode: 'sdk'})));
    assert.equal(status, 200);
    assert.match(body.token, /^_act-sbx-jwt-token-\d+$/);
    assert.equal(body.mode, 'sdk');
    assert.equal(mock.requests[0].path, '/resources/accessTokens/sdk');
    assert.deepEqual(JSON.parse(mock.requests[0].body), {userId: 'user-42', levelName: 'basic-kyc-level', ttlInSecs: 1800});
  });

  it("answers purpose 'refresh' with a fresh token each time (keys <attempt>:refresh:<n>)", async () => {
    const h = handler();
    const first = await read(await h(elementRequest({purpose: 'refresh', refresh: true, mode: 'sdk'}, {key: `${ATTEMPT}:refresh:1`})));
    const second = await read(await h(elementRequest({purpose: 'refresh', refresh: true, mode: 'sdk'}, {key: `${ATTEMPT}:refresh:2`})));
    assert.equal(first.status, 200);
    assert.notEqual(first.body.token, second.body.token);
    assert.equal(mock.requests.length, 2);
    assert.ok(mock.requests.every((request) => request.path === '/resources/accessTokens/sdk'));
  });

  it('replays the same session for a repeated Idempotency-Key, also while the first call is in flight', async () => {
    const h = handler();
    const [a, b] = await Promise.all([h(elementRequest()), h(elementRequest())]);
    const c = await h(elementRequest());
    const bodies = await Promise.all([a, b, c].map((response) => read(response)));
    assert.equal(mock.requests.length, 1);
    assert.deepEqual(bodies[0].body, bodies[1].body);
    assert.deepEqual(bodies[0].body, bodies[2].body);
  });

  it('asks again once the idempotency window is over', async () => {
    let clock = Date.now();
    const h = handler({now: () => clock, idempotencyWindowMs: 1000});
    await h(elementRequest());
    clock += 1500;
    await h(elementRequest());
    assert.equal(mock.requests.length, 2);
  });

  it('maps a signature refusal (401) to a non-retryable error that leaks no provider body or secret', async () => {
    const {status, text, body} = await read(await handler({credentials: {appToken: APP_TOKEN, secretKey: 'wrong-secret', levelName: 'basic-kyc-level', baseUrl: mock.origin}})(elementRequest()));
    assert.equal(status, 502);
    assert.deepEqual(body, {error: {code: 'provider-http-401', message: 'Sumsub refused the server\'s credentials.', retryable: false}});
    for (const secret of ['wrong-secret', APP_TOKEN, 'c0b20cfbbf674ce5aeaf479e72d33af8', 'signature mismatch']) assert.ok(!text.includes(secret), secret);
  });

  it('maps 429 and 5xx to retryable errors, other 4xx to non-retryable ones', async () => {
    behaviour = '429';
    let answer = await handler()(elementRequest());
    assert.equal(answer.status, 503);
    assert.equal(answer.headers.get('retry-after'), '7');
    assert.deepEqual((await read(answer)).body.error, {code: 'provider-http-429', message: 'Sumsub is busy: try again in a moment.', retryable: true});
    behaviour = '500';
    answer = await read(await handler()(elementRequest()));
    assert.equal(answer.status, 503);
    assert.equal(answer.body.error.retryable, true);
    assert.ok(!answer.text.includes(APP_TOKEN));
    behaviour = '400';
    answer = await read(await handler()(elementRequest()));
    assert.equal(answer.status, 502);
    assert.equal(answer.body.error.code, 'provider-http-400');
    assert.equal(answer.body.error.retryable, false);
    assert.ok(!answer.text.includes('basic-kyc-level'));
  });

  it('answers 504 retryable when Sumsub hangs past the timeout, and does not replay the failure', async () => {
    behaviour = 'hang';
    const h = handler();
    const started = Date.now();
    const answer = await read(await h(elementRequest()));
    assert.ok(Date.now() - started < 2000);
    assert.equal(answer.status, 504);
    assert.deepEqual(answer.body.error, {code: 'provider-timeout', message: 'Sumsub did not answer in time.', retryable: true});
    behaviour = 'ok';
    assert.equal((await h(elementRequest())).status, 200);
  });

  it('refuses an answer it cannot use', async () => {
    behaviour = 'garbage';
    const answer = await read(await handler()(elementRequest()));
    assert.equal(answer.status, 502);
    assert.equal(answer.body.error.code, 'provider-invalid-response');
  });

  it('signs the path as the server sees it when the base URL has a path (a proxy prefix)', async () => {
    const answer = await handler({credentials: {appToken: APP_TOKEN, secretKey: SECRET, levelName: 'basic-kyc-level', baseUrl: `${mock.origin}/proxy/sumsub/`}})(elementRequest());
    assert.equal(answer.status, 200);
    assert.equal(mock.requests[0].path, '/proxy/sumsub/resources/sdkIntegrations/levels/-/websdkLink?lang=en');
  });

  it('keeps the attempt\'s start time through a refresh (events in between still count)', async () => {
    let clock = Date.now();
    const store = new MemoryStore();
    const h = handler({store, now: () => clock});
    await h(elementRequest({mode: 'sdk'}));
    const first = store.getAttempt(ATTEMPT).createdAt;
    clock += 30_000;
    await h(elementRequest({purpose: 'refresh', refresh: true, mode: 'sdk'}, {key: `${ATTEMPT}:refresh:1`}));
    assert.equal(store.getAttempt(ATTEMPT).createdAt, first);
  });

  it('records the attempt for the status endpoint', async () => {
    const store = new MemoryStore();
    await handler({store})(elementRequest());
    const record = store.getAttempt(ATTEMPT);
    assert.equal(record.userId, 'user-42');
    assert.equal(record.subject, 'sumsub:user:user-42');
    assert.equal(record.provider, 'sumsub');
  });
});

describe('Session handler: the request and the user (every provider)', () => {
  it('answers 401 when identify() finds nobody, without calling the provider', async () => {
    const answer = await read(await handler({identify: () => null})(elementRequest()));
    assert.equal(answer.status, 401);
    assert.equal(answer.body.error.code, 'unauthenticated');
    assert.equal(mock.requests.length, 0);
  });

  it('refuses a returnUrl on another origin (no open redirect), over http, or for another attempt', async () => {
    for (const returnUrl of ['https://evil.example/kyc', 'http://shop.example/kyc', `${ORIGIN}/kyc?kyc_attempt=someone-else`, 'javascript:alert(1)', '/relative']) {
      const answer = await read(await handler()(elementRequest({returnUrl})));
      assert.equal(answer.status, 400, returnUrl);
      assert.equal(answer.body.error.code, 'return-url');
    }
    assert.equal(mock.requests.length, 0);
  });

  it('sets the kyc_attempt marker when the returnUrl lacks it, and keeps the URL otherwise', async () => {
    await handler()(elementRequest({returnUrl: `${ORIGIN}/kyc?order=42`}));
    const success = new URL(JSON.parse(mock.requests[0].body).redirect.successUrl);
    assert.equal(success.searchParams.get('kyc_attempt'), ATTEMPT);
    assert.equal(success.searchParams.get('order'), '42');
  });

  it('defaults returnOrigins to the origin the request came to', async () => {
    const h = handler({returnOrigins: undefined});
    assert.equal((await h(elementRequest())).status, 200);
    assert.equal((await h(elementRequest({returnUrl: 'https://other.example/x'}, {key: `${ATTEMPT}:renew:1`}))).status, 400);
  });

  it('refuses non-JSON (415), other methods (405), malformed bodies (400) and foreign idempotency keys (400)', async () => {
    const h = handler();
    assert.equal((await h(new Request(`${ORIGIN}/api/kyc/session`, {method: 'POST', headers: {'Content-Type': 'text/plain'}, body: '{}'}))).status, 415);
    assert.equal((await h(new Request(`${ORIGIN}/api/kyc/session`))).status, 405);
    assert.equal((await h(new Request(`${ORIGIN}/api/kyc/session`, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{nope'}))).status, 400);
    assert.equal((await h(elementRequest({attempt: 'x'}))).status, 400);
    assert.equal((await h(elementRequest({}, {key: 'another-attempt-key'}))).status, 400);
    assert.equal(mock.requests.length, 0);
  });

  it("answers 409 when another user names this attempt, and 204 to purpose 'cancel'", async () => {
    const store = new MemoryStore();
    await handler({store})(elementRequest());
    const other = await read(await handler({store, identify: () => ({id: 'user-7'})})(elementRequest({}, {key: `${ATTEMPT}:renew:1`})));
    assert.equal(other.status, 409);
    const cancel = await handler({store})(elementRequest({purpose: 'cancel'}, {key: null}));
    assert.equal(cancel.status, 204);
  });

  it('gives a second attempt its own session', async () => {
    const h = handler();
    await h(elementRequest());
    const answer = await h(elementRequest({attempt: '11111111-2222-3333-4444-555555555555', returnUrl: `${ORIGIN}/kyc`}, {key: '11111111-2222-3333-4444-555555555555'}));
    assert.equal(answer.status, 200);
    assert.equal(mock.requests.length, 2);
  });
});
