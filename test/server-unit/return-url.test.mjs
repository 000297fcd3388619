// checkReturnUrl: the element's returnUrl only on the host's own origins (no open redirect), the
// `kyc_attempt` marker kept.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ATTEMPT, server} from './helpers.mjs';

const {checkReturnUrl} = server;
const origins = ['https://shop.example', 'http://localhost:5173'];

describe('checkReturnUrl', () => {
  it('keeps an accepted URL as it is, query, marker and hash route included', () => {
    const url = checkReturnUrl(`https://shop.example/app?order=42&kyc_attempt=${ATTEMPT}#/kyc`, ATTEMPT, origins);
    assert.equal(url.href, `https://shop.example/app?order=42&kyc_attempt=${ATTEMPT}#/kyc`);
    assert.equal(checkReturnUrl('http://localhost:5173/return.html', ATTEMPT, origins).searchParams.get('kyc_attempt'), ATTEMPT);
  });

  it('refuses other origins, ports and schemes, credentials, and another attempt\'s marker', () => {
    for (const value of [
      'https://shop.example.evil.test/x',
      'https://evil.test/?next=https://shop.example',
      'https://shop.example:8443/x',
      'http://shop.example/x',
      'https://user:pw@shop.example/x',
      'javascript:alert(1)',
      '//shop.example/x',
      `https://shop.example/x?kyc_attempt=other`,
      `https://shop.example/x?kyc_attempt=${ATTEMPT}&kyc_attempt=${ATTEMPT}`,
      undefined,
    ]) {
      assert.throws(() => checkReturnUrl(value, ATTEMPT, origins), (error) => error.code === 'return-url' && error.status === 400, String(value));
    }
  });
});
