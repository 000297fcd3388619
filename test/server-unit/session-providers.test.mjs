// Jumio, Smile ID, Trusset and Lightspark Grid session handlers, each against a local mock of the
// provider's API that checks the request the way the provider does and answers in its shapes.
import assert from 'node:assert/strict';
import {createHmac} from 'node:crypto';
import {after, before, beforeEach, describe, it} from 'node:test';
import {ATTEMPT, ORIGIN, RETURN_URL, elementRequest, identify, mockProvider, read, server} from './helpers.mjs';

const {createSessionHandler, createStatusHandler, MemoryStore, gridIdempotencyKey} = server;
const common = {identify, returnOrigins: [ORIGIN], statusUrl: '/api/kyc/status', timeoutMs: 300, onError: () => {}};

describe('Jumio session handler (OAuth2 client credentials, accounts API)', () => {
  let mock;
  let behaviour;
  let tokenCalls;
  let expiresIn;
  const basic = `Basic ${Buffer.from('client-id:client-secret').toString('base64')}`;
  before(async () => {
    mock = await mockProvider(async (request) => {
      if (request.path === '/oauth2/token') {
        tokenCalls++;
        if (request.headers.authorization !== basic || request.body !== 'grant_type=client_credentials' || request.headers['content-type'] !== 'application/x-www-form-urlencoded') {
          return {status: 401, body: {error: 'invalid_client'}};
        }
        await new Promise((resolve) => setTimeout(resolve, 30));
        return {status: 200, body: {access_token: `jwt-${tokenCalls}`, expires_in: expiresIn, token_type: 'Bearer'}};
      }
      if (!/^Bearer jwt-\d+$/.test(request.headers.authorization ?? '') || !request.headers['user-agent']?.startsWith('Shop KYC/1.0')) return {status: 401, body: {message: 'Unauthorized'}};
      if (behaviour === '403') return {status: 403, body: {message: 'Forbidden'}};
      if (behaviour === 'hang') return 'hang';
      if (request.method === 'POST' && request.path === '/api/v1/accounts') {
        return {status: 200, body: {timestamp: '2026-03-01T12:00:00.000Z', account: {id: 'acc-new'}, web: {href: 'https://shop.web.amer-1.jumio.ai/web/client?authorizationToken=secret-token&locale=en-GB'}, workflowExecution: {id: 'wfe-1', credentials: []}}};
      }
      if (request.method === 'PUT' && request.path === '/api/v1/accounts/acc-old') {
        return {status: 200, body: {account: {id: 'acc-old'}, web: {href: 'https://shop.web.amer-1.jumio.ai/web/client?authorizationToken=t2'}, workflowExecution: {id: 'wfe-2'}}};
      }
      if (request.method === 'GET' && request.path === '/api/v1/accounts/acc-new/workflow-executions/wfe-1') {
        return {status: 200, body: {workflow: {id: 'wfe-1', status: 'PROCESSED'}, account: {id: 'acc-new'}, decision: {type: 'PASSED'}}};
      }
      return {status: 404, body: {}};
    });
  });
  after(() => mock.close());
  beforeEach(() => {
    behaviour = 'ok';
    tokenCalls = 0;
    expiresIn = 3600;
    mock.requests.length = 0;
  });
  const credentials = () => ({clientId: 'client-id', clientSecret: 'client-secret', workflowKey: 10013, userAgent: 'Shop KYC/1.0', urls: {auth: mock.origin, account: mock.origin, retrieval: mock.origin}});

  it('gets a token, creates the account with web.successUrl/errorUrl, locale and references, and answers web.href', async () => {
    const {status, body} = await read(await createSessionHandler({provider: 'jumio', credentials: credentials(), ...common})(elementRequest({providerLocales: {jumio: 'en-GB', sumsub: 'en'}})));
    assert.equal(status, 200);
    assert.deepEqual(body, {provider: 'jumio', url: 'https://shop.web.amer-1.jumio.ai/web/client?authorizationToken=secret-token&locale=en-GB', reference: 'wfe-1', statusUrl: '/api/kyc/status'});
    const account = mock.requests.find((request) => request.path === '/api/v1/accounts');
    assert.equal(account.method, 'POST');
    assert.equal(account.headers.accept, 'application/json');
    const sent = JSON.parse(account.body);
    assert.deepEqual(sent, {
      customerInternalReference: ATTEMPT,
      userReference: 'user-42',
      workflowDefinition: {key: 10013},
      web: {successUrl: RETURN_URL, errorUrl: RETURN_URL, locale: 'en-GB'},
    });
  });

  it('updates the account Jumio already knows (providerId)', async () => {
    const {body} = await read(await createSessionHandler({provider: 'jumio', credentials: credentials(), ...common, identify: () => ({id: 'user-42', providerId: 'acc-old'})})(elementRequest()));
    assert.equal(body.reference, 'wfe-2');
    assert.equal(mock.requests.at(-1).method, 'PUT');
  });

  it('caches the token until shortly before expiry, with one refresh in flight at a time', async () => {
    const h = createSessionHandler({provider: 'jumio', credentials: credentials(), ...common});
    const keys = ['a', 'b', 'c'].map((n) => `${ATTEMPT.slice(0, -1)}${n}`);
    await Promise.all(keys.map((attempt) => h(elementRequest({attempt, returnUrl: `${ORIGIN}/kyc`}, {key: attempt}))));
    assert.equal(tokenCalls, 1);
    expiresIn = 30; // inside the 60 s margin: every call needs a new token
    const h2 = createSessionHandler({provider: 'jumio', credentials: credentials(), ...common});
    await h2(elementRequest());
    await h2(elementRequest({}, {key: `${ATTEMPT}:renew:1`}));
    assert.equal(tokenCalls, 3);
  });

  it('maps Jumio errors (403 → not retryable) and a hang (504), never leaking web.href or the token', async () => {
    behaviour = '403';
    let answer = await read(await createSessionHandler({provider: 'jumio', credentials: credentials(), ...common})(elementRequest()));
    assert.deepEqual(answer.body.error, {code: 'provider-http-403', message: "Jumio refused the server's credentials.", retryable: false});
    behaviour = 'hang';
    answer = await read(await createSessionHandler({provider: 'jumio', credentials: credentials(), ...common})(elementRequest()));
    assert.equal(answer.status, 504);
    assert.ok(!answer.text.includes('jwt-'));
  });

  it('refuses wrong client credentials at the token endpoint as a 401 that is not retryable', async () => {
    const answer = await read(await createSessionHandler({provider: 'jumio', credentials: {...credentials(), clientSecret: 'nope'}, ...common})(elementRequest()));
    assert.equal(answer.body.error.code, 'provider-http-401');
    assert.equal(answer.body.error.retryable, false);
    assert.ok(!answer.text.includes('nope'));
  });

  it('reads the verdict back over the retrieval API in the status endpoint', async () => {
    const store = new MemoryStore();
    await createSessionHandler({provider: 'jumio', credentials: credentials(), ...common, store})(elementRequest());
    const status = createStatusHandler({store, identify, readBack: [{provider: 'jumio', credentials: credentials()}]});
    const {body} = await read(await status(new Request(`${ORIGIN}/api/kyc/status?attempt=${ATTEMPT}&reference=wfe-1`)));
    assert.deepEqual(body, {status: 'approved', retryable: false});
  });
});

describe('Smile ID session handler (Smile Links)', () => {
  let mock;
  let behaviour;
  before(async () => {
    mock = await mockProvider((request) => {
      const body = JSON.parse(request.body);
      const expected = createHmac('sha256', 'smile-api-key').update(`${body.timestamp}085sid_request`).digest('base64');
      if (body.partner_id !== '085' || body.signature !== expected) return {status: 401, body: {code: '2205', error: "You're not authorized to do that."}};
      if (behaviour === '500') return {status: 500, body: {error: 'oops'}};
      if (behaviour === 'hang') return 'hang';
      if (request.path === '/v1/smile_links') return {status: 200, body: {link: 'https://links.sandbox.usesmileid.com/085/abc', ref_id: 'ref-abc'}};
      return {status: 404, body: {}};
    });
  });
  after(() => mock.close());
  beforeEach(() => {
    behaviour = 'ok';
    mock.requests.length = 0;
  });
  const credentials = (apiKey = 'smile-api-key') => ({
    partnerId: '085',
    apiKey,
    baseUrl: `${mock.origin}/v1`,
    link: {name: 'Shop KYC', companyName: 'Shop', dataPrivacyPolicyUrl: 'https://shop.example/privacy', callbackUrl: 'https://shop.example/api/kyc/webhook/smile', idTypes: [{country: 'NG', id_type: 'PASSPORT', verification_method: 'doc_verification'}]},
  });

  it('signs with an ISO timestamp and creates a single-use link with redirect_url, callback_url and the attempt in partner_params', async () => {
    const {status, body} = await read(await createSessionHandler({provider: 'smile', credentials: credentials(), ...common})(elementRequest()));
    assert.equal(status, 200);
    assert.equal(body.url, 'https://links.sandbox.usesmileid.com/085/abc');
    assert.equal(body.reference, 'ref-abc');
    const sent = JSON.parse(mock.requests[0].body);
    assert.match(sent.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(sent.redirect_url, RETURN_URL);
    assert.equal(sent.callback_url, 'https://shop.example/api/kyc/webhook/smile');
    assert.equal(sent.is_single_use, true);
    assert.equal(sent.user_id, 'user-42');
    assert.deepEqual(sent.partner_params, {user_id: 'user-42', kyc_attempt: ATTEMPT});
    assert.deepEqual(sent.id_types, [{country: 'NG', id_type: 'PASSPORT', verification_method: 'doc_verification'}]);
    assert.equal(sent.company_name, 'Shop');
    assert.equal(sent.data_privacy_policy_url, 'https://shop.example/privacy');
  });

  it('maps a signature refusal, a 500 and a hang', async () => {
    let answer = await read(await createSessionHandler({provider: 'smile', credentials: credentials('bad-key'), ...common})(elementRequest()));
    assert.deepEqual(answer.body.error, {code: 'provider-http-401', message: "Smile ID refused the server's credentials.", retryable: false});
    assert.ok(!answer.text.includes('authorized'));
    behaviour = '500';
    answer = await read(await createSessionHandler({provider: 'smile', credentials: credentials(), ...common})(elementRequest()));
    assert.equal(answer.status, 503);
    assert.equal(answer.body.error.retryable, true);
    behaviour = 'hang';
    answer = await read(await createSessionHandler({provider: 'smile', credentials: credentials(), ...common})(elementRequest()));
    assert.equal(answer.status, 504);
  });
});

describe('Trusset session handler (ID links)', () => {
  let mock;
  let linkStatus;
  before(async () => {
    mock = await mockProvider((request) => {
      if (request.headers['x-api-key'] !== 'trusset_abc123xy_secret') return {status: 401, body: {success: false, error: {message: 'Invalid API key trusset_abc123xy_secret'}}};
      if (request.method === 'POST' && request.path === '/customers/api/id-links') {
        return {
          status: 201,
          body: {
            success: true,
            data: {id: 'link_abc123', url: 'https://verify.trusset.org/link_abc123', status: 'pending', email: 'person@example.com', walletAddress: '0xAbC1', createdAt: '2026-03-01T12:00:00.000Z', expiresAt: '2099-06-22T12:00:00.000Z'},
            metadata: {requestId: '550e8400-e29b-41d4-a716-446655440000', timestamp: '2026-03-01T12:00:00.000Z'},
          },
        };
      }
      if (request.method === 'GET' && request.path.startsWith('/customers/api/id-links?')) {
        return {status: 200, body: {success: true, data: [{id: 'link_other', status: 'completed'}, {id: 'link_abc123', status: linkStatus, expiresAt: '2099-06-22T12:00:00.000Z'}]}};
      }
      if (request.method === 'PUT' && request.path === '/customers/api/id-links/link_abc123/revoke') return {status: 200, body: {success: true}};
      return {status: 404, body: {}};
    });
  });
  after(() => mock.close());
  beforeEach(() => {
    linkStatus = 'pending';
    mock.requests.length = 0;
  });
  const credentials = (apiKey = 'trusset_abc123xy_secret') => ({apiKey, baseUrl: mock.origin});

  it('creates an id-link with X-API-Key, answers url, reference and statusUrl, and drops the echoed personal data', async () => {
    const {status, body, text} = await read(await createSessionHandler({provider: 'trusset', credentials: credentials(), ...common, identify: () => ({id: 'user-42', email: 'person@example.com', walletAddress: '0xAbC1', country: 'DE'})})(elementRequest()));
    assert.equal(status, 200);
    assert.deepEqual(body, {provider: 'trusset', url: 'https://verify.trusset.org/link_abc123', reference: 'link_abc123', expiresAt: '2099-06-22T12:00:00.000Z', statusUrl: '/api/kyc/status'});
    assert.ok(!text.includes('person@example.com') && !text.includes('0xAbC1'));
    assert.deepEqual(JSON.parse(mock.requests[0].body), {email: 'person@example.com', walletAddress: '0xAbC1', country: 'DE', metadata: {kyc_attempt: ATTEMPT, user_id: 'user-42'}});
  });

  it('needs a statusUrl: Trusset has no redirect contract', () => {
    assert.throws(() => createSessionHandler({provider: 'trusset', credentials: credentials(), ...common, statusUrl: undefined}), /statusUrl/);
  });

  it('reads the link status back for the status endpoint: pending → completed; revoked → cancelled', async () => {
    const store = new MemoryStore();
    await createSessionHandler({provider: 'trusset', credentials: credentials(), ...common, store})(elementRequest());
    const status = createStatusHandler({store, identify, readBack: [{provider: 'trusset', credentials: credentials()}], readBackIntervalMs: 0});
    const ask = async () => (await read(await status(new Request(`${ORIGIN}/api/kyc/status?attempt=${ATTEMPT}`)))).body;
    assert.deepEqual(await ask(), {status: 'pending'});
    linkStatus = 'completed';
    assert.deepEqual(await ask(), {status: 'completed', retryable: false});
    linkStatus = 'revoked';
    assert.deepEqual(await ask(), {status: 'cancelled', code: 'revoked', retryable: false});
  });

  it("revokes the link on purpose 'cancel'", async () => {
    const store = new MemoryStore();
    const h = createSessionHandler({provider: 'trusset', credentials: credentials(), ...common, store});
    await h(elementRequest());
    assert.equal((await h(elementRequest({purpose: 'cancel'}, {key: null}))).status, 204);
    assert.equal(mock.requests.at(-1).path, '/customers/api/id-links/link_abc123/revoke');
  });

  it('maps a wrong API key to a non-retryable error without echoing it', async () => {
    const answer = await read(await createSessionHandler({provider: 'trusset', credentials: credentials('trusset_wrong'), ...common})(elementRequest()));
    assert.equal(answer.body.error.code, 'provider-http-401');
    assert.ok(!answer.text.includes('trusset_'));
  });
});

describe('Lightspark Grid session handler (kyc-link)', () => {
  let mock;
  let behaviour;
  const seen = new Map(); // Idempotency-Key → first response, as Grid documents
  let links = 0;
  const basic = `Basic ${Buffer.from('token-id:client-secret').toString('base64')}`;
  before(async () => {
    mock = await mockProvider((request) => {
      if (request.headers.authorization !== basic) return {status: 401, body: {status: 401, code: 'UNAUTHORIZED', message: 'Invalid credentials'}};
      if (behaviour === '409') return {status: 409, body: {status: 409, code: 'CONTACT_NOT_VERIFIED', message: 'email and phone must be VERIFIED'}};
      if (behaviour === '429') return {status: 429, body: {status: 429}};
      if (behaviour === 'hang') return 'hang';
      const key = request.headers['idempotency-key'];
      if (key && seen.has(key)) return seen.get(key);
      const match = /^\/customers\/([^/]+)\/kyc-link$/.exec(request.path);
      if (request.method !== 'POST' || !match) return {status: 404, body: {}};
      links++;
      const answer = {status: 201, body: {kycUrl: `https://kyc.lightspark.com/onboard/link-${links}`, expiresAt: '2099-01-15T14:32:00Z', provider: 'SUMSUB', token: `_act-sbx-jwt-${links}`}};
      if (key) seen.set(key, answer);
      return answer;
    });
  });
  after(() => mock.close());
  beforeEach(() => {
    behaviour = 'ok';
    mock.requests.length = 0;
  });
  const credentials = (clientSecret = 'client-secret') => ({clientId: 'token-id', clientSecret, baseUrl: mock.origin});
  const gridUser = () => ({id: 'user-42', providerId: 'Customer:019542f5-b3e7-1d02-0000-000000000001'});

  it('creates a kyc-link with Basic auth, redirectUri and a derived Idempotency-Key, passing kycUrl and token through', async () => {
    const {status, body} = await read(await createSessionHandler({provider: 'grid', credentials: credentials(), ...common, identify: gridUser})(elementRequest()));
    assert.equal(status, 200);
    assert.equal(body.provider, 'grid');
    assert.match(body.url, /^https:\/\/kyc\.lightspark\.com\/onboard\/link-\d+$/);
    assert.match(body.token, /^_act-sbx-jwt-\d+$/);
    assert.equal(body.expiresAt, '2099-01-15T14:32:00Z');
    const [request] = mock.requests;
    assert.equal(request.path, `/customers/${encodeURIComponent('Customer:019542f5-b3e7-1d02-0000-000000000001')}/kyc-link`);
    assert.deepEqual(JSON.parse(request.body), {redirectUri: RETURN_URL});
    assert.equal(request.headers['idempotency-key'], await gridIdempotencyKey('Customer:019542f5-b3e7-1d02-0000-000000000001', ATTEMPT));
    assert.notEqual(request.headers['idempotency-key'], ATTEMPT);
  });

  it('sends the same key for retries of one attempt (one link, even across server instances) and a new one for a refresh', async () => {
    const a = await read(await createSessionHandler({provider: 'grid', credentials: credentials(), ...common, identify: gridUser})(elementRequest()));
    const b = await read(await createSessionHandler({provider: 'grid', credentials: credentials(), ...common, identify: gridUser})(elementRequest()));
    assert.equal(a.body.url, b.body.url);
    assert.equal(mock.requests[0].headers['idempotency-key'], mock.requests[1].headers['idempotency-key']);
    const refresh = await read(await createSessionHandler({provider: 'grid', credentials: credentials(), ...common, identify: gridUser})(elementRequest({purpose: 'refresh', refresh: true}, {key: `${ATTEMPT}:refresh:1`})));
    assert.notEqual(refresh.body.token, a.body.token);
  });

  it('maps 409 (contacts not verified) as not retryable, 429 as retryable, a hang as 504, wrong credentials as 401', async () => {
    const h = () => createSessionHandler({provider: 'grid', credentials: credentials(), ...common, identify: gridUser});
    behaviour = '409';
    let answer = await read(await h()(elementRequest()));
    assert.deepEqual(answer.body.error, {code: 'provider-http-409', message: 'Lightspark Grid refused the request.', retryable: false});
    assert.ok(!answer.text.includes('CONTACT_NOT_VERIFIED'));
    behaviour = '429';
    answer = await read(await h()(elementRequest()));
    assert.equal(answer.body.error.retryable, true);
    behaviour = 'hang';
    answer = await read(await h()(elementRequest()));
    assert.equal(answer.status, 504);
    behaviour = 'ok';
    answer = await read(await createSessionHandler({provider: 'grid', credentials: credentials('wrong'), ...common, identify: gridUser})(elementRequest()));
    assert.equal(answer.body.error.code, 'provider-http-401');
  });

  it('needs the Grid customer id from identify()', async () => {
    const answer = await read(await createSessionHandler({provider: 'grid', credentials: credentials(), ...common})(elementRequest()));
    assert.equal(answer.status, 500);
    assert.equal(answer.body.error.code, 'config');
    assert.equal(mock.requests.length, 0);
  });
});
