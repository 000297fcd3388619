/** SPEC §1, §2, §4, §5 URL rules (src/urls.ts), without the element. */
import {expect} from '@open-wc/testing';
import {hostMatches, originMatches, safeFlowUrl} from '../../src/url-rules.js';
import {paramsRecord, withoutReturnParams} from '../../src/return-params.js';
import {ATTEMPT_PARAM, backendUrl, defaultReturnUrl, markedReturnUrl, parseOriginList, readReturnParams, resolveEndpoint} from '../../src/urls.js';
import {KycError} from '../../src/result.js';
import {isReturnMessage, readReturn} from '../../src/return-message.js';

describe('SPEC §1 `allowed-origins`: originMatches', () => {
  const cases: Array<[origin: string, pattern: string, matches: boolean]> = [
    ['https://a.web.amer-1.jumio.ai', 'https://*.jumio.ai', true],
    ['https://x.jumio.ai', 'https://*.jumio.ai', true],
    ['https://jumio.ai', 'https://*.jumio.ai', false],
    ['https://jumio.ai.evil.example', 'https://*.jumio.ai', false],
    ['https://evil-jumio.ai', 'https://*.jumio.ai', false],
    ['http://x.jumio.ai', 'https://*.jumio.ai', false],
    ['https://links.usesmileid.com', 'https://links.usesmileid.com', true],
    ['https://links.usesmileid.com', 'https://links.usesmileid.com/', true],
    ['https://LINKS.usesmileid.com', 'HTTPS://links.USESMILEID.com', true],
    ['https://links.usesmileid.com:443', 'https://links.usesmileid.com', true],
    ['https://links.usesmileid.com', 'https://links.usesmileid.com:443', true],
    ['https://links.usesmileid.com:8443', 'https://links.usesmileid.com', false],
    ['https://links.usesmileid.com', 'https://links.usesmileid.com:8443', false],
    ['http://127.0.0.1:5174', 'http://127.0.0.1:5174', true],
    ['http://127.0.0.1:5175', 'http://127.0.0.1:5174', false],
    ['https://a.b.example', 'https://a.*.example', true],
    ['https://a.example', 'https://a.*.example', false],
    ['https://a.b.c.example', 'https://a.*.example', true],
    ['https://x.example', 'https://x.example/path', false],
    ['https://x.example', 'x.example', false],
    ['https://x.example', '*', false],
    ['https://x.example', 'https://x..example', false],
    ['not a url', 'https://x.example', false],
  ];
  for (const [origin, pattern, matches] of cases) {
    it(`${origin} ${matches ? 'matches' : 'does not match'} ${pattern}`, () => {
      expect(originMatches(origin, pattern)).to.equal(matches);
    });
  }

  it('hostMatches: `*` is one or more labels; regex characters in a pattern are literal', () => {
    expect(hostMatches('a.b.sumsub.com', '*.sumsub.com')).to.equal(true);
    expect(hostMatches('sumsub.com', '*.sumsub.com')).to.equal(false);
    expect(hostMatches('sumsubxcom', 'sumsub.com')).to.equal(false);
    expect(hostMatches('in.sumsub.com', 'in.sumsub.com')).to.equal(true);
    expect(hostMatches('anything', '')).to.equal(false);
  });

  it('parseOriginList splits on any whitespace and ignores empties', () => {
    expect(parseOriginList('  https://a.example\n\thttps://*.b.example  ')).to.deep.equal(['https://a.example', 'https://*.b.example']);
    expect(parseOriginList('')).to.deep.equal([]);
    expect(parseOriginList(null)).to.deep.equal([]);
    expect(parseOriginList(undefined)).to.deep.equal([]);
  });
});

describe('SPEC §5 safeFlowUrl: what the element may load', () => {
  const refused: unknown[] = [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,x',
    `blob:${location.origin}/1b9d6bcd`,
    '/relative',
    '//host.example/x',
    'http://kyc.example.com/flow',
    'ftp://kyc.example.com',
    'https://user:pass@kyc.example.com/',
    'https://user@kyc.example.com/',
    'https://',
    'https://[bad',
    '',
    42,
    null,
    undefined,
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(safeFlowUrl(value, [])).to.equal(null);
    });
  }

  it('accepts https:, and http: only on loopback', () => {
    expect(safeFlowUrl('https://kyc.example.com/flow?a=1#h', [])?.href).to.equal('https://kyc.example.com/flow?a=1#h');
    expect(safeFlowUrl('HTTPS://KYC.example.com', [])?.href).to.equal('https://kyc.example.com/');
    for (const host of ['localhost', '127.0.0.1', '[::1]']) expect(safeFlowUrl(`http://${host}:1/x`, []), host).to.not.equal(null);
  });

  it('with allowed-origins, only matching URLs', () => {
    expect(safeFlowUrl('https://a.jumio.ai/x', ['https://*.jumio.ai'])).to.not.equal(null);
    expect(safeFlowUrl('https://a.jumio.ai/x', ['https://*.sumsub.com', 'https://*.jumio.ai'])).to.not.equal(null);
    expect(safeFlowUrl('https://jumio.ai/x', ['https://*.jumio.ai'])).to.equal(null);
  });
});

describe('SPEC §2 backend URLs', () => {
  it('backendUrl resolves against the document and sets params without losing the query; empty values are omitted', () => {
    const url = backendUrl('/api/kyc/status?tenant=t1&attempt=old', {attempt: 'a1', reference: 'r1', empty: '', none: undefined});
    expect(url.origin).to.equal(location.origin);
    expect([...url.searchParams]).to.deep.equal([
      ['tenant', 't1'],
      ['attempt', 'a1'],
      ['reference', 'r1'],
    ]);
  });

  it('resolveEndpoint: the endpoint resolved; none with a fetcher; `config` without either or when it does not parse', () => {
    expect(resolveEndpoint('/api/kyc/session', false)?.href).to.equal(`${location.origin}/api/kyc/session`);
    expect(resolveEndpoint(undefined, true)).to.equal(undefined);
    expect(resolveEndpoint('', true)).to.equal(undefined);
    for (const [endpoint, hasFetcher] of [[undefined, false], ['', false], ['http://[bad', false], ['http://[bad', true]] as const) {
      let error: unknown;
      try {
        resolveEndpoint(endpoint, hasFetcher);
      } catch (caught) {
        error = caught;
      }
      expect(error, `${endpoint} ${hasFetcher}`).to.be.instanceOf(KycError);
      expect(error).to.include({code: 'config', retryable: false});
    }
  });
});

describe('SPEC §4 the return URL and its params', () => {
  it('markedReturnUrl sets the marker last, replacing an old one, resolved against the document', () => {
    const href = markedReturnUrl('/shop/kyc?kyc_attempt=old&order=42#frag', 'A');
    const url = new URL(href);
    expect(url.origin + url.pathname).to.equal(`${location.origin}/shop/kyc`);
    expect([...url.searchParams]).to.deep.equal([
      ['order', '42'],
      [ATTEMPT_PARAM, 'A'],
    ]);
  });

  it('markedReturnUrl defaults to this page without its hash and kyc_* params; an unparsable one is `config`', () => {
    const url = new URL(markedReturnUrl(undefined, 'A'));
    expect(url.hash).to.equal('');
    expect(url.searchParams.get(ATTEMPT_PARAM)).to.equal('A');
    expect(() => markedReturnUrl('http://[bad', 'A')).to.throw(KycError);
  });

  it('defaultReturnUrl drops the hash and every kyc_* param, and keeps the rest', () => {
    const original = location.href;
    const dressed = new URL(original);
    dressed.searchParams.set('keep', 'yes');
    dressed.searchParams.set('kyc_step', '2');
    dressed.hash = '#/route';
    history.replaceState(history.state, '', dressed.href);
    try {
      const url = new URL(defaultReturnUrl());
      expect(url.hash).to.equal('');
      expect(url.searchParams.get('keep')).to.equal('yes');
      expect(url.searchParams.has('kyc_step')).to.equal(false);
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  // [href, params read, URL without the return params]
  const cases: Array<[string, string, Record<string, string>, string]> = [
    ['a plain return', 'https://shop.example/kyc?kyc_attempt=A&status=success&user_id=u1', {status: 'success', user_id: 'u1'}, 'https://shop.example/kyc'],
    ['the page’s own query before the marker is kept and not read', 'https://shop.example/kyc?order=42&kyc_attempt=A&status=success', {status: 'success'}, 'https://shop.example/kyc?order=42'],
    ['a second `?` after an existing query', 'https://shop.example/kyc?order=42&kyc_attempt=A?status=success&user_id=u2', {status: 'success', user_id: 'u2'}, 'https://shop.example/kyc?order=42'],
    ['a second `?` right after the marker', 'https://shop.example/kyc?kyc_attempt=A?status=success', {status: 'success'}, 'https://shop.example/kyc'],
    ['the page’s own `status` neither shadows nor joins the provider’s', 'https://shop.example/kyc?status=draft&kyc_attempt=A&status=success&user_id=u7', {status: 'success', user_id: 'u7'}, 'https://shop.example/kyc?status=draft'],
    ['the hash is kept', 'https://shop.example/kyc?kyc_attempt=A&status=ok#/done', {status: 'ok'}, 'https://shop.example/kyc#/done'],
    ['a repeated param: the first counts', 'https://shop.example/kyc?kyc_attempt=A&status=ok&status=reject', {status: 'ok'}, 'https://shop.example/kyc'],
    ['percent-encoded values are decoded', 'https://shop.example/kyc?kyc_attempt=A&message=a%20b%26c', {message: 'a b&c'}, 'https://shop.example/kyc'],
    ['no marker: every param is read, kyc_* removed', 'https://shop.example/kyc?status=ok&kyc_other=1', {status: 'ok', kyc_other: '1'}, 'https://shop.example/kyc?status=ok'],
    ['no query at all', 'https://shop.example/kyc', {}, 'https://shop.example/kyc'],
  ];
  for (const [what, href, params, cleaned] of cases) {
    it(`readReturnParams / paramsRecord / withoutReturnParams: ${what}`, () => {
      const query = readReturnParams(href);
      expect(paramsRecord(query)).to.deep.equal(params);
      expect(withoutReturnParams(href)).to.equal(cleaned);
    });
  }

  it('readReturnParams finds the marker after a second `?`', () => {
    expect(readReturnParams('https://shop.example/kyc?order=1?kyc_attempt=A&status=x').get(ATTEMPT_PARAM)).to.equal('A');
  });

  it('readReturn: the marker and the params after it; null without a marker', () => {
    expect(readReturn('https://shop.example/r?kyc_attempt=A?status=success&user_id=u2')).to.deep.equal({type: 'kyc-verify/return', attempt: 'A', params: {status: 'success', user_id: 'u2'}});
    expect(readReturn('https://shop.example/r?status=success')).to.equal(null);
    expect(readReturn('https://shop.example/r?kyc_attempt=')).to.equal(null);
  });

  it('isReturnMessage accepts only the forwarded-return shape with string params', () => {
    expect(isReturnMessage({type: 'kyc-verify/return', attempt: 'A', params: {status: 'ok'}})).to.equal(true);
    for (const data of [
      null,
      'kyc-verify/return',
      {type: 'kyc-verify/return', attempt: 42, params: {}},
      {type: 'kyc-verify/return', attempt: 'A', params: null},
      {type: 'kyc-verify/return', attempt: 'A', params: {status: 1}},
      {type: 'other', attempt: 'A', params: {}},
    ]) {
      expect(isReturnMessage(data), JSON.stringify(data)).to.equal(false);
    }
  });
});
