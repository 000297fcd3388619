// Webhook verifiers: vectors made here with node:crypto (createHmac, ECDSA P-256 keys from
// generateKeyPairSync), then tampered, re-keyed, stripped and aged.
import assert from 'node:assert/strict';
import {createHmac, createSign, generateKeyPairSync} from 'node:crypto';
import {describe, it} from 'node:test';
import {server} from './helpers.mjs';

const {verifySumsubWebhook, verifyGridWebhook, verifySmileCallback, addressAllowed, smileSignature} = server;

const NOW = Date.parse('2026-03-01T12:00:00Z');
const now = () => NOW;
const SECRET = 'webhook-secret-not-the-app-secret';

function sumsubBody(createdAtMs = '2026-03-01 11:59:00.123') {
  return JSON.stringify({
    applicantId: '5cb56e8e0a975a35f333cb83',
    externalUserId: 'user-42',
    type: 'applicantReviewed',
    reviewResult: {reviewAnswer: 'GREEN'},
    reviewStatus: 'completed',
    createdAtMs,
  });
}

const sumsubHeaders = (body, {alg = 'HMAC_SHA256_HEX', secret = SECRET, hash = 'sha256'} = {}) =>
  new Headers({'x-payload-digest': createHmac(hash, secret).update(body).digest('hex'), ...(alg ? {'x-payload-digest-alg': alg} : {})});

describe('verifySumsubWebhook (research §1d)', () => {
  it('accepts the hex HMAC of the raw body for SHA256, SHA512 and legacy SHA1', async () => {
    const body = sumsubBody();
    for (const [alg, hash] of [['HMAC_SHA256_HEX', 'sha256'], ['HMAC_SHA512_HEX', 'sha512'], ['HMAC_SHA1_HEX', 'sha1']]) {
      assert.equal(await verifySumsubWebhook({body, headers: sumsubHeaders(body, {alg, hash}), secret: SECRET, now}), true, alg);
    }
  });

  it('defaults to SHA256 when the algorithm header is absent, and takes bytes as well as strings', async () => {
    const body = sumsubBody();
    assert.equal(await verifySumsubWebhook({body: new TextEncoder().encode(body), headers: sumsubHeaders(body, {alg: null}), secret: SECRET, now}), true);
  });

  it('refuses a tampered body', async () => {
    const body = sumsubBody();
    const headers = sumsubHeaders(body);
    assert.equal(await verifySumsubWebhook({body: body.replace('GREEN', 'RED'), headers, secret: SECRET, now}), false);
    // Re-serialising the same JSON (whitespace) is tampering too: the raw body is what was signed.
    assert.equal(await verifySumsubWebhook({body: JSON.stringify(JSON.parse(body), null, 1), headers, secret: SECRET, now}), false);
  });

  it('refuses a wrong secret (e.g. the app secret instead of the webhook secret)', async () => {
    const body = sumsubBody();
    assert.equal(await verifySumsubWebhook({body, headers: sumsubHeaders(body, {secret: 'app-secret'}), secret: SECRET, now}), false);
    assert.equal(await verifySumsubWebhook({body, headers: sumsubHeaders(body), secret: '', now}), false);
  });

  it('refuses a wrong or unknown algorithm header', async () => {
    const body = sumsubBody();
    // Digest made with SHA512 but announced as SHA256.
    assert.equal(await verifySumsubWebhook({body, headers: sumsubHeaders(body, {alg: 'HMAC_SHA256_HEX', hash: 'sha512'}), secret: SECRET, now}), false);
    assert.equal(await verifySumsubWebhook({body, headers: sumsubHeaders(body, {alg: 'HMAC_MD5_HEX', hash: 'md5'}), secret: SECRET, now}), false);
  });

  it('refuses a missing or malformed digest header', async () => {
    const body = sumsubBody();
    assert.equal(await verifySumsubWebhook({body, headers: new Headers(), secret: SECRET, now}), false);
    assert.equal(await verifySumsubWebhook({body, headers: new Headers({'x-payload-digest': 'not-hex!'}), secret: SECRET, now}), false);
    assert.equal(await verifySumsubWebhook({body, headers: new Headers({'x-payload-digest': ''}), secret: SECRET, now}), false);
  });

  it('refuses a replay older than the window (default 26 h: Sumsub retries up to 18 h later)', async () => {
    const old = sumsubBody('2026-02-28 08:00:00.000'); // 28 h before NOW
    assert.equal(await verifySumsubWebhook({body: old, headers: sumsubHeaders(old), secret: SECRET, now}), false);
    const retried = sumsubBody('2026-02-28 18:00:00.000'); // 18 h before NOW: a legitimate retry
    assert.equal(await verifySumsubWebhook({body: retried, headers: sumsubHeaders(retried), secret: SECRET, now}), true);
    assert.equal(await verifySumsubWebhook({body: retried, headers: sumsubHeaders(retried), secret: SECRET, now, maxAgeSeconds: 3600}), false);
  });

  it('refuses a signed body that is not JSON or has no timestamp, and never throws', async () => {
    for (const body of ['not json', JSON.stringify({type: 'applicantReviewed'}), '[]']) {
      assert.equal(await verifySumsubWebhook({body, headers: sumsubHeaders(body), secret: SECRET, now}), false);
    }
    assert.equal(await verifySumsubWebhook({body: undefined, headers: new Headers({'x-payload-digest': 'ab'}), secret: SECRET}), false);
    assert.equal(await verifySumsubWebhook({body: 'x', headers: undefined, secret: SECRET}), false);
  });
});

const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'P-256'});
const PEM = publicKey.export({type: 'spki', format: 'pem'});
const other = generateKeyPairSync('ec', {namedCurve: 'P-256'}).publicKey.export({type: 'spki', format: 'pem'});

const gridBody = (timestamp = '2026-03-01T11:59:30Z') =>
  JSON.stringify({id: 'Webhook:019542f5-b3e7-1d02-0000-000000000007', type: 'CUSTOMER.KYC_APPROVED', timestamp, data: {id: 'Customer:019542f5-b3e7-1d02-0000-000000000001', kycStatus: 'APPROVED'}});
const derSign = (body, key = privateKey, dsaEncoding = 'der') => createSign('SHA256').update(body).sign({key, dsaEncoding}).toString('base64');

describe('verifyGridWebhook (research §6: ECDSA P-256 over the raw body)', () => {
  it('accepts the JSON header {"v":"1","s":"<base64 DER>"}', async () => {
    const body = gridBody();
    const headers = new Headers({'X-Grid-Signature': JSON.stringify({v: '1', s: derSign(body)})});
    assert.equal(await verifyGridWebhook({body, headers, publicKey: PEM, now}), true);
  });

  it('accepts a bare base64 header, and a raw r‖s (P1363) signature', async () => {
    const body = gridBody();
    assert.equal(await verifyGridWebhook({body, headers: new Headers({'X-Grid-Signature': derSign(body)}), publicKey: PEM, now}), true);
    assert.equal(await verifyGridWebhook({body, headers: new Headers({'X-Grid-Signature': derSign(body, privateKey, 'ieee-p1363')}), publicKey: PEM, now}), true);
  });

  it('refuses a tampered body, another key, a missing or malformed header, another version', async () => {
    const body = gridBody();
    const header = JSON.stringify({v: '1', s: derSign(body)});
    assert.equal(await verifyGridWebhook({body: body.replace('APPROVED', 'REJECTED'), headers: new Headers({'X-Grid-Signature': header}), publicKey: PEM, now}), false);
    assert.equal(await verifyGridWebhook({body, headers: new Headers({'X-Grid-Signature': header}), publicKey: other, now}), false);
    assert.equal(await verifyGridWebhook({body, headers: new Headers(), publicKey: PEM, now}), false);
    assert.equal(await verifyGridWebhook({body, headers: new Headers({'X-Grid-Signature': '{"v":"1"'}), publicKey: PEM, now}), false);
    assert.equal(await verifyGridWebhook({body, headers: new Headers({'X-Grid-Signature': JSON.stringify({v: '2', s: derSign(body)})}), publicKey: PEM, now}), false);
    assert.equal(await verifyGridWebhook({body, headers: new Headers({'X-Grid-Signature': 'AAAA'}), publicKey: PEM, now}), false);
    assert.equal(await verifyGridWebhook({body, headers: new Headers({'X-Grid-Signature': header}), publicKey: 'not a pem', now}), false);
  });

  it('refuses a replay older than the window', async () => {
    const body = gridBody('2026-02-27T12:00:00Z');
    const headers = new Headers({'X-Grid-Signature': JSON.stringify({v: '1', s: derSign(body)})});
    assert.equal(await verifyGridWebhook({body, headers, publicKey: PEM, now}), false);
    assert.equal(await verifyGridWebhook({body, headers, publicKey: PEM, now, maxAgeSeconds: Infinity}), true);
  });
});

describe('verifySmileCallback (research §3c signature on the callback)', () => {
  const callback = async (timestamp = '2026-03-01T11:58:00.000Z', key = 'api-key') =>
    JSON.stringify({ResultCode: '0810', PartnerParams: {kyc_attempt: 'a'}, timestamp, signature: await smileSignature({apiKey: key, partnerId: '085', timestamp})});

  it('accepts a callback signed with the partner api key', async () => {
    assert.equal(await verifySmileCallback({body: await callback(), apiKey: 'api-key', partnerId: '085', now}), true);
  });
  it('refuses a wrong key, another partner, a missing signature, a stale timestamp', async () => {
    assert.equal(await verifySmileCallback({body: await callback(undefined, 'other'), apiKey: 'api-key', partnerId: '085', now}), false);
    assert.equal(await verifySmileCallback({body: await callback(), apiKey: 'api-key', partnerId: '086', now}), false);
    assert.equal(await verifySmileCallback({body: JSON.stringify({timestamp: '2026-03-01T11:58:00.000Z'}), apiKey: 'api-key', partnerId: '085', now}), false);
    assert.equal(await verifySmileCallback({body: await callback('2026-02-20T00:00:00.000Z'), apiKey: 'api-key', partnerId: '085', now}), false);
    assert.equal(await verifySmileCallback({body: 'not json', apiKey: 'api-key', partnerId: '085', now}), false);
  });
});

describe('addressAllowed (Jumio callbacks are unsigned: IP allow list)', () => {
  it('matches exact addresses and IPv4 CIDR ranges, IPv4-mapped IPv6 included', () => {
    const list = ['34.202.241.227', '10.0.0.0/8'];
    assert.equal(addressAllowed('34.202.241.227', list), true);
    assert.equal(addressAllowed('::ffff:10.1.2.3', list), true);
    assert.equal(addressAllowed('11.0.0.1', list), false);
    assert.equal(addressAllowed(undefined, list), false);
    assert.equal(addressAllowed('1.2.3.4', []), true);
  });
});
