/** SPEC §1 results (src/result.ts): params flattening without secrets, the result shape, element error codes. */
import {expect} from '@open-wc/testing';
import {MAX_PARAM_LENGTH, flattenParams, knownParams} from '../../src/attempt/params.js';
import {adapterFor} from '../../src/providers/index.js';
import {KycError, endsInDoneView, httpRetryable, isVerdict, makeResult, outcome, progress} from '../../src/result.js';

describe('SPEC §1 `params`: flattenParams keeps only the documented paths', () => {
  const JUMIO_MESSAGE = adapterFor('jumio').knownParams.messages;

  it('flattens nested objects and arrays with dot paths, every value a string; `*` stands for an index', () => {
    const known = ['eventType', 'payload.value', 'payload.metainfo.retriable', 'payload.metainfo.code', 'types.*'];
    expect(flattenParams({eventType: 510, payload: {value: 'error', metainfo: {retriable: false, code: 9100}}, types: ['PASSPORT', 'ID'], none: null, gone: undefined}, known)).to.deep.equal({
      eventType: '510',
      'payload.value': 'error',
      'payload.metainfo.retriable': 'false',
      'payload.metainfo.code': '9100',
      'types.0': 'PASSPORT',
      'types.1': 'ID',
    });
  });

  it('drops everything not documented: credentials under any name, unknown keys, prototype names', () => {
    const input = JSON.parse(
      '{"token":"s1","authorizationToken":"s3","access_token":"s4","id_token":"s5","api_key":"s6","code":"s7","__proto__":"p","constructor":"c","eventType":510,"payload":{"value":"loaded","metainfo":{"sessionToken":"s8","mode":"original"}}}',
    );
    expect(flattenParams(input, JUMIO_MESSAGE)).to.deep.equal({eventType: '510', 'payload.value': 'loaded', 'payload.metainfo.mode': 'original'});
    expect(flattenParams(input, [])).to.deep.equal({});
    // An own `__proto__` key never becomes the prototype of the result.
    expect(Object.getPrototypeOf(flattenParams(input, ['__proto__']))).to.equal(Object.prototype);
  });

  it('drops every value that is a URL a browser would follow, and values over 1 000 characters', () => {
    const input = {
      a: 'https://evil.example/x',
      b: 'HTTP://evil.example',
      c: '//evil.example/x',
      d: 'javascript:alert(1)',
      e: ' data:text/html,x',
      f: 'blob:https://x/1',
      g: 'custom+scheme://x',
      long: 'x'.repeat(MAX_PARAM_LENGTH + 1),
      keep: 'evil.example/x',
      keepToo: 'mailto:x@example.com',
      fits: 'x'.repeat(MAX_PARAM_LENGTH),
    };
    const known = Object.keys(input);
    expect(flattenParams(input, known)).to.deep.equal({keep: 'evil.example/x', keepToo: 'mailto:x@example.com', fits: 'x'.repeat(MAX_PARAM_LENGTH)});
  });

  it('keeps only documented keys of 1 000 hostile ones', () => {
    const input: Record<string, string> = {status: 'success', user_id: 'u1'};
    for (let i = 0; i < 1000; i++) input[`k${i}`] = `v${i}`;
    expect(flattenParams(input, adapterFor('smile').knownParams.returns)).to.deep.equal({status: 'success', user_id: 'u1'});
  });

  it('stops below depth 6 and ignores non-objects at the top', () => {
    let deep: Record<string, unknown> = {leaf: 'x'};
    for (let i = 0; i < 10; i++) deep = {n: deep};
    expect(Object.keys(flattenParams(deep, ['n.n.n.n.n.n.n.n.n.n.leaf']))).to.deep.equal([]);
    expect(flattenParams({a: {b: {c: {d: {e: {f: {g: 'seven'}}}}}}}, ['a.b.c.d.e.f.g'])).to.deep.equal({'a.b.c.d.e.f.g': 'seven'});
    expect(flattenParams({a: {b: {c: {d: {e: {f: {g: {h: 'eight'}}}}}}}}, ['a.b.c.d.e.f.g.h'])).to.deep.equal({});
    expect(flattenParams('string', ['x'])).to.deep.equal({});
    expect(flattenParams(null, ['x'])).to.deep.equal({});
    expect(flattenParams(42, ['x'])).to.deep.equal({});
  });

  it('keeps Sumsub’s signed `jwt` (documented) on a return', () => {
    expect(flattenParams({status: 'ok', jwt: 'eyJ.e30.sig', token: 't'}, adapterFor('sumsub').knownParams.returns)).to.deep.equal({status: 'ok', jwt: 'eyJ.e30.sig'});
  });

  it('chooses the list by source: return params, message fields, status answer fields, the element’s counters', () => {
    const jumio = adapterFor('jumio');
    expect(knownParams(jumio, 'redirect')).to.equal(jumio.knownParams.returns);
    expect(knownParams(jumio, 'message')).to.equal(jumio.knownParams.messages);
    expect(knownParams(jumio, 'sdk')).to.equal(jumio.knownParams.messages);
    expect(knownParams(jumio, 'status')).to.deep.equal(['status', 'code', 'message', 'retryable']);
    expect(knownParams(undefined, 'element')).to.deep.equal(['renewal', 'refresh']);
    expect(knownParams(undefined, 'redirect')).to.deep.equal([]);
  });
});

describe('SPEC §1 the `kyc-result` detail: makeResult', () => {
  it('has the attempt, status, provider, retryable, source and sanitized params; code, message and reference only when known', () => {
    const result = makeResult(outcome('completed', false), {attempt: 'A', provider: 'smile', source: 'redirect', params: flattenParams({status: 'success', token: 's'}, ['status'])});
    expect(result).to.deep.equal({attempt: 'A', status: 'completed', provider: 'smile', retryable: false, source: 'redirect', params: {status: 'success'}});
  });

  it('the outcome’s reference wins over the session’s', () => {
    expect(makeResult(outcome('completed', false, {reference: 'wfe'}), {attempt: 'A', provider: 'jumio', source: 'message', reference: 'acc', params: {}}).reference).to.equal('wfe');
    expect(makeResult(outcome('completed', false), {attempt: 'A', provider: 'jumio', source: 'message', reference: 'acc', params: {}}).reference).to.equal('acc');
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
