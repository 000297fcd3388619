// Webhook handlers store the normalized verdict (idempotent, newest event by its own timestamp wins);
// the status handler answers the element from the store. Deliveries are signed here with node:crypto.
import assert from 'node:assert/strict';
import {createHmac, createSign, generateKeyPairSync} from 'node:crypto';
import {after, before, describe, it} from 'node:test';
import {ATTEMPT, ORIGIN, identify, mockProvider, read, server} from './helpers.mjs';

const {createWebhookHandler, createStatusHandler, MemoryStore, smileSignature} = server;
const SECRET = 'webhook-secret';

const createdAtMs = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
const sumsubDelivery = (event, {secret = SECRET} = {}) => {
  const body = JSON.stringify({applicantId: 'app-1', externalUserId: 'user-42', levelName: 'basic-kyc-level', sandboxMode: true, ...event});
  return new Request(`${ORIGIN}/api/kyc/webhook/sumsub`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'X-Payload-Digest': createHmac('sha256', secret).update(body).digest('hex'), 'X-Payload-Digest-Alg': 'HMAC_SHA256_HEX'},
    body,
  });
};
const statusOf = async (store, attempt = ATTEMPT, who = identify) =>
  read(await createStatusHandler({store, identify: who})(new Request(`${ORIGIN}/api/kyc/status?attempt=${attempt}&reference=x`)));

function storeWithAttempt(provider, subject, createdAt = Date.now() - 60_000) {
  const store = new MemoryStore();
  store.saveAttempt({attempt: ATTEMPT, provider, userId: 'user-42', subject, createdAt});
  return store;
}

describe('Sumsub webhook handler → status handler', () => {
  it('answers pending, then completed on applicantPending, then approved on a GREEN applicantReviewed', async () => {
    const store = storeWithAttempt('sumsub', 'sumsub:user:user-42');
    const hook = createWebhookHandler({provider: 'sumsub', secret: SECRET, store});
    assert.deepEqual((await statusOf(store)).body, {status: 'pending'});
    const t = Date.now();
    assert.equal((await hook(sumsubDelivery({type: 'applicantPending', reviewStatus: 'pending', createdAtMs: createdAtMs(t - 2000)}))).status, 200);
    assert.deepEqual((await statusOf(store)).body, {status: 'completed', retryable: false});
    await hook(sumsubDelivery({type: 'applicantReviewed', reviewStatus: 'completed', reviewResult: {reviewAnswer: 'GREEN'}, createdAtMs: createdAtMs(t - 1000)}));
    assert.deepEqual((await statusOf(store)).body, {status: 'approved', retryable: false});
  });

  it('is idempotent under retries, and a later RED wins over an earlier GREEN whatever order they arrive in', async () => {
    const store = storeWithAttempt('sumsub', 'sumsub:user:user-42');
    const verdicts = [];
    const hook = createWebhookHandler({provider: 'sumsub', secret: SECRET, store, onVerdict: (subject, verdict) => verdicts.push([subject, verdict.status])});
    const t = Date.now();
    const green = {type: 'applicantReviewed', reviewStatus: 'completed', reviewResult: {reviewAnswer: 'GREEN'}, createdAtMs: createdAtMs(t - 5000)};
    const red = {type: 'applicantReviewed', reviewStatus: 'completed', reviewResult: {reviewAnswer: 'RED', reviewRejectType: 'FINAL'}, createdAtMs: createdAtMs(t - 1000)};
    assert.deepEqual((await read(await hook(sumsubDelivery(green)))).body, {received: true, stored: true});
    assert.deepEqual((await read(await hook(sumsubDelivery(green)))).body, {received: true, stored: false});
    await hook(sumsubDelivery(red));
    // Sumsub's retry of the GREEN arrives after the RED: older, so it changes nothing.
    assert.deepEqual((await read(await hook(sumsubDelivery(green)))).body, {received: true, stored: false});
    assert.deepEqual((await statusOf(store)).body, {status: 'rejected', code: 'FINAL', message: 'Sumsub rejected the verification.', retryable: false});
    assert.deepEqual(verdicts, [['sumsub:user:user-42', 'approved'], ['sumsub:user:user-42', 'rejected']]);
  });

  it('maps RED + RETRY to a retryable rejection', async () => {
    const store = storeWithAttempt('sumsub', 'sumsub:user:user-42');
    await createWebhookHandler({provider: 'sumsub', secret: SECRET, store})(
      sumsubDelivery({type: 'applicantReviewed', reviewResult: {reviewAnswer: 'RED', reviewRejectType: 'RETRY'}, createdAtMs: createdAtMs(Date.now())}),
    );
    assert.equal((await statusOf(store)).body.retryable, true);
  });

  it('answers 401 to a delivery signed with another secret, and stores nothing', async () => {
    const store = storeWithAttempt('sumsub', 'sumsub:user:user-42');
    const answer = await read(await createWebhookHandler({provider: 'sumsub', secret: SECRET, store})(sumsubDelivery({type: 'applicantReviewed', reviewResult: {reviewAnswer: 'GREEN'}, createdAtMs: createdAtMs(Date.now())}, {secret: 'app-secret'})));
    assert.equal(answer.status, 401);
    assert.equal(answer.body.error.code, 'invalid-signature');
    assert.deepEqual((await statusOf(store)).body, {status: 'pending'});
  });

  it('acknowledges verified events it does not use (so Sumsub stops retrying them)', async () => {
    const store = storeWithAttempt('sumsub', 'sumsub:user:user-42');
    const answer = await read(await createWebhookHandler({provider: 'sumsub', secret: SECRET, store})(sumsubDelivery({type: 'applicantPersonalInfoChanged', createdAtMs: createdAtMs(Date.now())})));
    assert.deepEqual(answer.body, {received: true, stored: false});
  });

  it('does not count a verdict from before the attempt for it', async () => {
    const store = storeWithAttempt('sumsub', 'sumsub:user:user-42', Date.now());
    await createWebhookHandler({provider: 'sumsub', secret: SECRET, store})(
      sumsubDelivery({type: 'applicantReviewed', reviewResult: {reviewAnswer: 'GREEN'}, createdAtMs: createdAtMs(Date.now() - 3600_000)}),
    );
    assert.deepEqual((await statusOf(store)).body, {status: 'pending'});
  });
});

describe('Status handler', () => {
  it('answers only the user who started the attempt (others get the 404 of an unknown attempt)', async () => {
    const store = storeWithAttempt('sumsub', 'sumsub:user:user-42');
    assert.equal((await statusOf(store, ATTEMPT, () => ({id: 'user-7'}))).status, 404);
    assert.equal((await statusOf(store, ATTEMPT, () => null)).status, 401);
    assert.equal((await statusOf(store, 'unknown-attempt-id')).status, 404);
    const answer = await createStatusHandler({store})(new Request(`${ORIGIN}/api/kyc/status`));
    assert.equal(answer.status, 400);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  });

  it('answers expired for an attempt whose link expired without news', async () => {
    const store = new MemoryStore();
    store.saveAttempt({attempt: ATTEMPT, provider: 'smile', userId: 'user-42', subject: 'smile:attempt:x', createdAt: Date.now() - 10_000, expiresAt: Date.now() - 1});
    assert.deepEqual((await statusOf(store)).body, {status: 'expired', retryable: true, code: 'expired'});
  });
});

describe('Grid webhook handler', () => {
  const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'P-256'});
  const pem = publicKey.export({type: 'spki', format: 'pem'});
  const customer = 'Customer:019542f5-b3e7-1d02-0000-000000000001';
  const delivery = (type, timestamp, id = `Webhook:${type}`) => {
    const body = JSON.stringify({id, type, timestamp, data: {id: customer, kycStatus: type.split('_').pop()}});
    const s = createSign('SHA256').update(body).sign(privateKey).toString('base64');
    return new Request(`${ORIGIN}/api/kyc/webhook/grid`, {method: 'POST', headers: {'Content-Type': 'application/json', 'X-Grid-Signature': JSON.stringify({v: '1', s})}, body});
  };

  it('stores CUSTOMER.KYC_APPROVED for the customer; a redelivery (same id) is stored once', async () => {
    const store = storeWithAttempt('grid', `grid:customer:${customer}`);
    const hook = createWebhookHandler({provider: 'grid', publicKey: pem, store});
    const at = new Date().toISOString();
    assert.deepEqual((await read(await hook(delivery('CUSTOMER.KYC_APPROVED', at)))).body, {received: true, stored: true});
    assert.deepEqual((await read(await hook(delivery('CUSTOMER.KYC_APPROVED', at)))).body, {received: true, stored: false});
    assert.deepEqual((await statusOf(store)).body, {status: 'approved', retryable: false});
  });

  it('refuses a delivery signed by another key', async () => {
    const store = storeWithAttempt('grid', `grid:customer:${customer}`);
    const otherPem = generateKeyPairSync('ec', {namedCurve: 'P-256'}).publicKey.export({type: 'spki', format: 'pem'});
    assert.equal((await createWebhookHandler({provider: 'grid', publicKey: otherPem, store})(delivery('CUSTOMER.KYC_APPROVED', new Date().toISOString()))).status, 401);
  });
});

describe('Smile ID callback handler', () => {
  const callback = async (resultCode, {key = 'smile-api-key', attempt = ATTEMPT} = {}) => {
    const timestamp = new Date().toISOString();
    const body = JSON.stringify({
      ResultCode: resultCode,
      ResultText: 'Enroll User',
      SmileJobID: '0000001234',
      PartnerParams: {user_id: 'user-42', job_id: 'job-1', kyc_attempt: attempt},
      timestamp,
      signature: await smileSignature({apiKey: key, partnerId: '085', timestamp}),
    });
    return new Request(`${ORIGIN}/api/kyc/webhook/smile`, {method: 'POST', headers: {'Content-Type': 'application/json'}, body});
  };

  it('stores the result under the attempt from PartnerParams', async () => {
    const store = storeWithAttempt('smile', `smile:attempt:${ATTEMPT}`);
    const hook = createWebhookHandler({provider: 'smile', credentials: {partnerId: '085', apiKey: 'smile-api-key'}, store});
    assert.equal((await hook(await callback('0810'))).status, 200);
    assert.deepEqual((await statusOf(store)).body, {status: 'approved', code: '0810', retryable: false});
  });

  it('refuses a callback signed with another key', async () => {
    const store = storeWithAttempt('smile', `smile:attempt:${ATTEMPT}`);
    const hook = createWebhookHandler({provider: 'smile', credentials: {partnerId: '085', apiKey: 'smile-api-key'}, store});
    assert.equal((await hook(await callback('0810', {key: 'other'}))).status, 401);
  });
});

describe('Jumio callback handler (unsigned: allow list, then read back)', () => {
  let mock;
  before(async () => {
    mock = await mockProvider((request) => {
      if (request.path === '/oauth2/token') return {status: 200, body: {access_token: 'jwt-1', expires_in: 3600}};
      if (request.path === '/api/v1/accounts/acc-1/workflow-executions/wfe-1') return {status: 200, body: {workflow: {status: 'PROCESSED'}, decision: {type: 'REJECTED'}}};
      return {status: 404, body: {}};
    });
  });
  after(() => mock.close());
  const credentials = () => ({clientId: 'id', clientSecret: 'secret', workflowKey: 10013, urls: {auth: mock.origin, retrieval: mock.origin, account: mock.origin}});
  // The callback claims PASSED: the handler must not believe it.
  const callback = () =>
    new Request(`${ORIGIN}/api/kyc/webhook/jumio`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({callbackSentAt: new Date().toISOString(), workflowExecution: {id: 'wfe-1', status: 'PROCESSED', decision: {type: 'PASSED'}}, account: {id: 'acc-1'}}),
    });

  it('refuses callers outside the allow list', async () => {
    const store = storeWithAttempt('jumio', 'jumio:wfe:wfe-1');
    const hook = createWebhookHandler({provider: 'jumio', credentials: credentials(), allowList: ['34.202.241.227'], store});
    assert.equal((await hook(callback(), {clientAddress: '203.0.113.9'})).status, 401);
    assert.equal(mock.requests.length, 0);
  });

  it('reads the workflow execution back and stores what Jumio says, not what the callback claims', async () => {
    const store = storeWithAttempt('jumio', 'jumio:wfe:wfe-1');
    const hook = createWebhookHandler({provider: 'jumio', credentials: credentials(), allowList: ['34.202.241.227'], store});
    assert.equal((await hook(callback(), {clientAddress: '::ffff:34.202.241.227'})).status, 200);
    assert.deepEqual((await statusOf(store)).body, {status: 'rejected', code: 'REJECTED', retryable: false});
    assert.ok(mock.requests.some((request) => request.headers.authorization === 'Bearer jwt-1'));
  });
});

describe('mapVerdict (the host\'s own mapping)', () => {
  it('replaces the handler\'s verdict, or drops it', async () => {
    const store = storeWithAttempt('smile', `smile:attempt:${ATTEMPT}`);
    const timestamp = new Date().toISOString();
    const body = JSON.stringify({ResultCode: '9999', PartnerParams: {kyc_attempt: ATTEMPT}, timestamp, signature: await smileSignature({apiKey: 'k', partnerId: '085', timestamp})});
    const request = () => new Request(`${ORIGIN}/api/kyc/webhook/smile`, {method: 'POST', body});
    const drop = createWebhookHandler({provider: 'smile', credentials: {partnerId: '085', apiKey: 'k'}, store, mapVerdict: () => undefined});
    assert.deepEqual((await read(await drop(request()))).body, {received: true, stored: false});
    const mine = createWebhookHandler({provider: 'smile', credentials: {partnerId: '085', apiKey: 'k'}, store, mapVerdict: (event, verdict) => (event.ResultCode === '9999' ? {...verdict, status: 'approved'} : verdict)});
    await mine(request());
    assert.deepEqual((await statusOf(store)).body, {status: 'approved', code: '9999', retryable: false});
  });
});
