// Signers against the worked example in research/provider-protocols.md §1e (TV-S1) and against
// vectors computed here, independently, with node:crypto's createHmac.
import assert from 'node:assert/strict';
import {createHmac} from 'node:crypto';
import {describe, it} from 'node:test';
import {server} from './helpers.mjs';

const {sumsubSignature, smileSignature} = server;

describe('sumsubSignature (X-App-Access-Sig, research §1c)', () => {
  it('matches the worked example TV-S1 (official JS example secret, empty body)', async () => {
    const sig = await sumsubSignature({
      secret: 'Hej2ch71kG2kTd1iIUDZFNsO5C1lh5Gq',
      ts: 1607551635,
      method: 'POST',
      path: '/resources/accessTokens?userId=cfd20712-24a2-4c7d-9ab0-146f3c142335&levelName=basic-kyc-level&ttlInSecs=600',
      body: '',
    });
    assert.equal(sig, '1e1856be1c1e1ff113e5664acac6b423ffefe04ad42ff36567622ef56f62c4b1');
  });

  it('signs ts + METHOD + path-with-query + the exact body bytes, lowercase hex', async () => {
    const body = JSON.stringify({levelName: 'basic-kyc-level', userId: 'cool-external-user-id', ttlInSecs: 1800, note: 'Grüße ✓'});
    const path = '/resources/sdkIntegrations/levels/-/websdkLink?lang=en';
    const expected = createHmac('sha256', 'dzihgsiKUH786769p').update(`1700000000POST${path}`).update(body).digest('hex');
    assert.equal(await sumsubSignature({secret: 'dzihgsiKUH786769p', ts: '1700000000', method: 'post', path, body}), expected);
    // The same bytes given as a Uint8Array sign the same.
    assert.equal(await sumsubSignature({secret: 'dzihgsiKUH786769p', ts: 1700000000, method: 'POST', path, body: new TextEncoder().encode(body)}), expected);
  });

  it('signs a GET with no body as ts + METHOD + path only', async () => {
    const path = '/resources/applicants/-;externalUserId=user-42/one';
    const expected = createHmac('sha256', 's3cret').update(`1700000001GET${path}`).digest('hex');
    assert.equal(await sumsubSignature({secret: 's3cret', ts: 1700000001, method: 'GET', path}), expected);
  });

  it('changes with one byte of the body (a body re-serialised after signing fails)', async () => {
    const args = {secret: 's', ts: 1, method: 'POST', path: '/p'};
    assert.notEqual(await sumsubSignature({...args, body: '{"a":1}'}), await sumsubSignature({...args, body: '{"a": 1}'}));
  });
});

describe('smileSignature (research §3c)', () => {
  it('is base64 HMAC-SHA256(api key, timestamp + partner_id + "sid_request")', async () => {
    const timestamp = '2024-02-29T16:13:40.813Z';
    const expected = createHmac('sha256', 'api-key-123').update(`${timestamp}085sid_request`).digest('base64');
    assert.equal(await smileSignature({apiKey: 'api-key-123', partnerId: '085', timestamp}), expected);
  });

  it('signs the ISO string verbatim (Python-style timestamps without Z differ)', async () => {
    const a = await smileSignature({apiKey: 'k', partnerId: '1', timestamp: '2024-01-01T00:00:00.000Z'});
    const b = await smileSignature({apiKey: 'k', partnerId: '1', timestamp: '2024-01-01T00:00:00.000'});
    assert.notEqual(a, b);
    assert.match(a, /^[A-Za-z0-9+/]{43}=$/);
  });
});

describe('verifySumsubRedirectJwt (research §1b, TV-S4: the docs\' own example)', () => {
  const TV_S4 = 'eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE2MjAwNTI1MjcsImV4cCI6MTYyMDY1NzMyNywic3ViIjoidXNlcklkXzgiLCJhdWQiOiJzdW1zdWIifQ.qCR-4VMfC_zOAN1hCtbjj9DJxmB6c0sEg7XD5Y8ZvvM';
  const {verifySumsubRedirectJwt} = server;

  it('holds with key "1" and is expired after 2021-05-10', async () => {
    assert.deepEqual(await verifySumsubRedirectJwt({jwt: TV_S4, secret: '1'}), {valid: false, expired: true, subject: 'userId_8'});
    assert.deepEqual(await verifySumsubRedirectJwt({jwt: TV_S4, secret: '1', now: () => 1620100000_000}), {valid: true, expired: false, subject: 'userId_8'});
  });

  it('refuses another key, a tampered payload, another algorithm and garbage', async () => {
    const at = () => 1620100000_000;
    assert.deepEqual(await verifySumsubRedirectJwt({jwt: TV_S4, secret: '2', now: at}), {valid: false, expired: false});
    const [head, , sig] = TV_S4.split('.');
    const forged = Buffer.from(JSON.stringify({iat: 1620052527, exp: 1999999999, sub: 'userId_9', aud: 'sumsub'})).toString('base64url');
    assert.equal((await verifySumsubRedirectJwt({jwt: `${head}.${forged}.${sig}`, secret: '1', now: at})).valid, false);
    const none = Buffer.from(JSON.stringify({alg: 'none'})).toString('base64url');
    assert.equal((await verifySumsubRedirectJwt({jwt: `${none}.${TV_S4.split('.')[1]}.`, secret: '1', now: at})).valid, false);
    assert.equal((await verifySumsubRedirectJwt({jwt: 'a.b', secret: '1'})).valid, false);
    // An independently computed HS256 token with node:crypto verifies.
    const payload = Buffer.from(JSON.stringify({sub: 'user-42', exp: 2000000000})).toString('base64url');
    const header = Buffer.from(JSON.stringify({alg: 'HS256'})).toString('base64url');
    const mac = createHmac('sha256', 'raw-secret').update(`${header}.${payload}`).digest('base64url');
    assert.deepEqual(await verifySumsubRedirectJwt({jwt: `${header}.${payload}.${mac}`, secret: 'raw-secret', now: at}), {valid: true, expired: false, subject: 'user-42'});
  });
});
