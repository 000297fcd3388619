/** SPEC §1 results (src/result.ts): params flattening without secrets, the result shape, element error codes. */
import {expect} from '@open-wc/testing';
import {SECRET_PARAMS} from '../../src/providers/index.js';
import {KycError, endsInDoneView, flattenParams, httpRetryable, isVerdict, makeResult, outcome, progress} from '../../src/result.js';

describe('SPEC §1 `params`: flattenParams', () => {
  it('flattens nested objects and arrays with dot paths, every value a string', () => {
    expect(flattenParams({eventType: 510, payload: {value: 'error', metainfo: {retriable: false, code: 9100}}, types: ['PASSPORT', 'ID'], none: null, gone: undefined})).to.deep.equal({
      eventType: '510',
      'payload.value': 'error',
      'payload.metainfo.retriable': 'false',
      'payload.metainfo.code': '9100',
      'types.0': 'PASSPORT',
      'types.1': 'ID',
    });
  });

  it('drops `token` and every declared secret name, in any case and at any depth', () => {
    const input = {token: 's1', Token: 's2', authorizationToken: 's3', nested: {accessToken: 's4', AUTHCODE: 's5', keep: 'k'}, list: [{token: 's6'}]};
    expect(flattenParams(input, SECRET_PARAMS)).to.deep.equal({'nested.keep': 'k'});
    // Without the adapters' names only `token` is a secret.
    expect(flattenParams({accessToken: 'x', token: 'y'})).to.deep.equal({accessToken: 'x'});
  });

  it('drops every value that is a URL a browser would follow', () => {
    const input = {
      a: 'https://evil.example/x',
      b: 'HTTP://evil.example',
      c: '//evil.example/x',
      d: 'javascript:alert(1)',
      e: ' data:text/html,x',
      f: 'blob:https://x/1',
      g: 'custom+scheme://x',
      keep: 'evil.example/x',
      keepToo: 'mailto:x@example.com',
    };
    expect(flattenParams(input)).to.deep.equal({keep: 'evil.example/x', keepToo: 'mailto:x@example.com'});
  });

  it('stops below depth 6 and ignores non-objects at the top', () => {
    let deep: Record<string, unknown> = {leaf: 'x'};
    for (let i = 0; i < 10; i++) deep = {n: deep};
    const flat = flattenParams(deep);
    expect(Object.keys(flat)).to.deep.equal([]);
    expect(flattenParams({a: {b: {c: {d: {e: {f: {g: 'seven'}}}}}}})).to.deep.equal({'a.b.c.d.e.f.g': 'seven'});
    expect(flattenParams({a: {b: {c: {d: {e: {f: {g: {h: 'eight'}}}}}}}})).to.deep.equal({});
    expect(flattenParams('string')).to.deep.equal({});
    expect(flattenParams(null)).to.deep.equal({});
    expect(flattenParams(42)).to.deep.equal({});
  });

  it('keeps Sumsub’s signed `jwt`', () => {
    expect(flattenParams({status: 'ok', jwt: 'eyJ.e30.sig'}, SECRET_PARAMS)).to.deep.equal({status: 'ok', jwt: 'eyJ.e30.sig'});
  });
});

describe('SPEC §1 the `kyc-result` detail: makeResult', () => {
  it('has the attempt, status, provider, retryable, source and sanitized params; code, message and reference only when known', () => {
    const result = makeResult(outcome('completed', false), {attempt: 'A', provider: 'smile', source: 'redirect', raw: {status: 'success', token: 's'}, secrets: SECRET_PARAMS});
    expect(result).to.deep.equal({attempt: 'A', status: 'completed', provider: 'smile', retryable: false, source: 'redirect', params: {status: 'success'}});
  });

  it('the outcome’s reference wins over the session’s', () => {
    expect(makeResult(outcome('completed', false, {reference: 'wfe'}), {attempt: 'A', provider: 'jumio', source: 'message', reference: 'acc'}).reference).to.equal('wfe');
    expect(makeResult(outcome('completed', false), {attempt: 'A', provider: 'jumio', source: 'message', reference: 'acc'}).reference).to.equal('acc');
  });

  it('outcome() drops empty extras; progress() carries its step', () => {
    expect(outcome('error', true, {code: '', message: undefined, reference: 'r'})).to.deep.equal({kind: 'result', status: 'error', retryable: true, reference: 'r'});
    expect(progress('flow-loaded', 'r')).to.deep.equal({kind: 'progress', step: 'flow-loaded', reference: 'r'});
  });

  it('done view for completed, approved, rejected; a verdict is approved or rejected', () => {
    expect(['completed', 'approved', 'rejected', 'cancelled', 'expired', 'error'].map((s) => endsInDoneView(s as never))).to.deep.equal([true, true, true, false, false, false]);
    expect(['completed', 'approved', 'rejected', 'cancelled'].map((s) => isVerdict(s as never))).to.deep.equal([false, true, true, false]);
  });
});

describe('SPEC §1 element error codes: KycError.of', () => {
  const fixed: Array<[Parameters<typeof KycError.of>[0], boolean]> = [
    ['config', false],
    ['network', true],
    ['session-timeout', true],
    ['status-timeout', true],
    ['invalid-response', false],
    ['unsafe-url', false],
    ['unsupported-mode', false],
    ['popup-blocked', true],
    ['sdk-load', true],
    ['token-refresh', true],
    ['unrecognized-return', false],
  ];
  for (const [code, retryable] of fixed) {
    it(`${code}: ${retryable ? '' : 'not '}retryable, with a message`, () => {
      const error = KycError.of(code);
      expect(error).to.include({code, retryable, name: 'KycError'});
      expect(error.message).to.be.a('string').and.not.equal('');
    });
  }

  for (const [status, retryable] of [
    [503, true],
    [500, true],
    [502, true],
    [408, true],
    [429, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
  ] as const) {
    it(`HTTP ${status} → session-http-${status} and status-http-${status}, ${retryable ? '' : 'not '}retryable`, () => {
      expect(httpRetryable(status)).to.equal(retryable);
      expect(KycError.of(`session-http-${status}`)).to.include({code: `session-http-${status}`, retryable});
      expect(KycError.of(`status-http-${status}`)).to.include({code: `status-http-${status}`, retryable});
      expect(KycError.of(`session-http-${status}`).message).to.contain(String(status));
    });
  }

  it('a message given wins', () => {
    expect(KycError.of('config', 'The endpoint is not a valid URL.').message).to.equal('The endpoint is not a valid URL.');
  });
});
