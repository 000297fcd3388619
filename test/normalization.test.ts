/**
 * SPEC §4 normalization table, driven through the element: each test mounts `<kyc-verify>`, lets a
 * simulated provider page (a second origin) post its messages or redirect its frame to the return
 * page, and checks the `kyc-result` (or `kyc-progress`) a page would receive.
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {BackendRequest, KycResult, ProviderName} from '../src/types.js';
import {RETURN_PAGE, fetcherFrom, frameOf, html, mount, returnUrlOf, settle, simLink, type SimStep} from './helpers.js';

type SimProvider = 'jumio' | 'smile' | 'sumsub' | 'grid';

/** The backend answer each provider really sends, pointing at the simulated flow. */
const SHAPES: Record<SimProvider, (link: string) => unknown> = {
  jumio: (link) => ({web: {href: link}, account: {id: 'acc-session'}, timestamp: '2030-01-01T00:00:00Z'}),
  smile: (link) => ({link, ref_id: 'ref-session'}),
  // Sumsub's own `{ url }` carries no key unique to Sumsub: the backend names it (normalized shape).
  sumsub: (link) => ({provider: 'sumsub', url: link}),
  grid: (link) => ({kycUrl: link, expiresAt: '2030-01-01T00:00:00Z', provider: 'SUMSUB'}),
};

/** Mounts the element, starts it, and plays `script` in the provider's simulated page. */
async function run(provider: SimProvider, script: SimStep[], options: {returnUrl?: string} = {}) {
  const {fetcher, calls} = fetcherFrom(async (request: BackendRequest) => SHAPES[provider](await simLink(provider, returnUrlOf(request), script)));
  const returnUrl = options.returnUrl ?? RETURN_PAGE;
  // Grid's hosted page is not known to allow framing, so `auto` would not pick the iframe.
  const mode = provider === 'grid' ? 'iframe' : 'auto';
  const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${returnUrl} mode=${mode}></kyc-verify>`);
  el.start();
  return {el, log, calls};
}

/** Runs a flow and returns its first `kyc-result`. */
async function resultOf(provider: SimProvider, script: SimStep[], options: {returnUrl?: string} = {}) {
  const {log, el} = await run(provider, script, options);
  const result = await log.result();
  return {result, log, el};
}

const jumioMessage = (value: string, metainfo: Record<string, unknown> = {}, reference = 'wfe-msg') =>
  JSON.stringify({
    authorizationToken: 'secret-jumio-token',
    eventType: 510,
    dateTime: '2030-01-01T00:00:00.000Z',
    payload: {value, metainfo: {mode: 'original', ...metainfo}},
    workflowExecutionId: reference,
    transactionReference: reference,
    accountId: 'acc-msg',
    customerInternalReference: '',
  });

/** The redirect Jumio's client makes on an error: `ERROR` plus a code. */
const jumioErrorRedirect = (params: Record<string, string>): SimStep => ({
  redirect: {accountId: 'acc-ret', workflowExecutionId: 'wfe-ret', transactionReference: 'wfe-ret', acquisitionStatus: 'ERROR', transactionStatus: 'ERROR', ...params},
});

function expectResult(result: KycResult, expected: Partial<KycResult> & {provider: ProviderName}) {
  for (const [key, value] of Object.entries(expected)) {
    expect(result[key as keyof KycResult], key).to.deep.equal(value);
  }
  expect(result.attempt).to.be.a('string').and.not.equal('');
  expect(result.params).to.be.an('object');
  for (const value of Object.values(result.params)) {
    expect(value).to.be.a('string');
    expect(value).to.not.match(/^[a-z][a-z0-9+.-]*:\/\//i);
  }
}

describe('SPEC §4 normalization: Jumio', () => {
  it('acquisitionStatus=SUCCESS on the return URL is completed, not retryable, referenced by workflowExecutionId', async () => {
    const {result} = await resultOf('jumio', [
      {redirect: {accountId: 'acc-ret', workflowExecutionId: 'wfe-ret', transactionReference: 'wfe-ret', acquisitionStatus: 'SUCCESS'}},
    ]);
    expectResult(result, {provider: 'jumio', status: 'completed', retryable: false, source: 'redirect', reference: 'wfe-ret'});
    expect(result.code).to.equal(undefined);
    expect(result.params).to.include({acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-ret', accountId: 'acc-ret'});
    expect(result.params).to.not.have.property('kyc_attempt');
  });

  it('transactionStatus=SUCCESS alone is completed, not retryable', async () => {
    const {result} = await resultOf('jumio', [{redirect: {workflowExecutionId: 'wfe-ret', transactionStatus: 'SUCCESS'}}]);
    expectResult(result, {provider: 'jumio', status: 'completed', retryable: false, source: 'redirect', reference: 'wfe-ret'});
    expect(result.params).to.include({transactionStatus: 'SUCCESS'});
  });

  it('the message `success` is completed, not retryable, from the message', async () => {
    const {result} = await resultOf('jumio', [{post: jumioMessage('loaded')}, {post: jumioMessage('success')}]);
    expectResult(result, {provider: 'jumio', status: 'completed', retryable: false, source: 'message', reference: 'wfe-msg'});
    expect(result.params).to.include({'payload.value': 'success', eventType: '510'});
  });

  it('the message `loaded` is progress `flow-loaded`', async () => {
    const {log} = await run('jumio', [{post: jumioMessage('loaded')}, {wait: 100}, {post: jumioMessage('success')}]);
    await log.result();
    expect(log.progress.map((p) => p.step)).to.deep.equal(['flow-loaded']);
    expect(log.progress[0].provider).to.equal('jumio');
    expect(log.progress[0].data).to.not.have.property('authorizationToken');
  });

  // publicErrorCode `<letter><2-digit call id><4-digit HTTP status>`, from the return URL.
  const publicCodes: Array<[code: string, status: KycResult['status'], retryable: boolean, what: string]> = [
    ['A010500', 'error', true, 'A (network problem) is a retryable error'],
    ['A050429', 'error', false, 'A with HTTP 0429 is an error that is not retryable'],
    ['B000000', 'error', false, 'B is an error that is not retryable'],
    ['C010401', 'error', false, 'C is an error that is not retryable'],
    ['E000000', 'error', true, 'E (offline) is a retryable error'],
    ['F000000', 'error', false, 'F is an error that is not retryable'],
    ['G000000', 'cancelled', true, 'G (cancelled by the user) is cancelled and retryable'],
    ['H000000', 'error', true, 'H (no camera) is a retryable error'],
    ['I010305', 'error', false, 'I is an error that is not retryable'],
    ['J040412', 'expired', true, 'J (session expired) is expired and retryable'],
    ['M030406', 'error', false, 'M is an error that is not retryable'],
    ['N060400', 'error', false, 'N is an error that is not retryable'],
    ['X010500', 'error', false, 'an unknown letter is an error that is not retryable'],
    ['A12', 'error', false, 'a malformed code is an error that is not retryable'],
  ];
  for (const [code, status, retryable, what] of publicCodes) {
    it(`publicErrorCode ${code} on the return URL: ${what}, with the code`, async () => {
      const {result} = await resultOf('jumio', [jumioErrorRedirect({publicErrorCode: code})]);
      expectResult(result, {provider: 'jumio', status, retryable, code, source: 'redirect', reference: 'wfe-ret'});
      expect(result.params).to.include({publicErrorCode: code, acquisitionStatus: 'ERROR'});
    });
  }

  it('a terminal message `error` is mapped by its publicErrorCode (J → expired, retryable)', async () => {
    const {result} = await resultOf('jumio', [{post: jumioMessage('error', {publicErrorCode: 'J040412', retriable: false})}]);
    expectResult(result, {provider: 'jumio', status: 'expired', retryable: true, code: 'J040412', source: 'message', reference: 'wfe-msg'});
    expect(result.params).to.include({'payload.metainfo.publicErrorCode': 'J040412'});
  });

  it('a terminal message `error` with a B code is an error that is not retryable', async () => {
    const {result} = await resultOf('jumio', [{post: jumioMessage('error', {publicErrorCode: 'B000000', retriable: false})}]);
    expectResult(result, {provider: 'jumio', status: 'error', retryable: false, code: 'B000000', source: 'message'});
  });

  it('a message `error` with retriable: true is progress `provider-error`, not a result; a later terminal message gives the result', async () => {
    const {log} = await run('jumio', [
      {post: jumioMessage('error', {publicErrorCode: 'A010500', retriable: true, code: 9100})},
      {wait: 300},
      {post: jumioMessage('error', {publicErrorCode: 'H000000', retriable: false, code: 9822})},
    ]);
    await waitUntil(() => log.progress.some((p) => p.step === 'provider-error'), 'no provider-error progress');
    const progress = log.progress.find((p) => p.step === 'provider-error')!;
    expect(progress.provider).to.equal('jumio');
    expect(progress.data).to.include({'payload.metainfo.publicErrorCode': 'A010500'});
    expect(progress.data).to.not.have.property('authorizationToken');
    const result = await log.result();
    expect(log.all.indexOf('kyc-progress')).to.be.lessThan(log.all.indexOf('kyc-result'));
    expectResult(result, {provider: 'jumio', status: 'error', retryable: true, code: 'H000000', source: 'message'});
    expect(log.results).to.have.length(1);
  });

  // Legacy `errorCode` (older clients), with no publicErrorCode.
  const legacyCodes: Array<[code: string, status: KycResult['status'], retryable: boolean]> = [
    ['9100', 'error', true],
    ['9300', 'error', true],
    ['9400', 'error', true],
    ['9800', 'error', true],
    ['9210', 'expired', true],
    ['9822', 'error', true],
    ['9200', 'error', false],
    ['9801', 'error', false],
    ['9835', 'error', false],
    ['9836', 'error', false],
    ['9900', 'error', false],
  ];
  for (const [code, status, retryable] of legacyCodes) {
    it(`legacy errorCode ${code} alone is ${status}, ${retryable ? '' : 'not '}retryable, with the errorCode`, async () => {
      const {result} = await resultOf('jumio', [jumioErrorRedirect({errorCode: code})]);
      expectResult(result, {provider: 'jumio', status, retryable, code, source: 'redirect', reference: 'wfe-ret'});
      expect(result.params).to.include({errorCode: code});
    });
  }

  it('without a workflowExecutionId in the return, the reference is the session’s account id', async () => {
    const {result} = await resultOf('jumio', [{redirect: {acquisitionStatus: 'SUCCESS'}}]);
    expectResult(result, {provider: 'jumio', status: 'completed', reference: 'acc-session'});
  });
});

describe('SPEC §4 normalization: Smile ID', () => {
  for (const word of ['success', 'successful']) {
    it(`status=${word} on the return URL is completed, not retryable, referenced by user_id`, async () => {
      const {result} = await resultOf('smile', [{redirect: {status: word, user_id: 'user-1'}}]);
      expectResult(result, {provider: 'smile', status: 'completed', retryable: false, source: 'redirect', reference: 'user-1'});
      expect(result.code).to.equal(undefined);
      expect(result.params).to.deep.equal({status: word, user_id: 'user-1'});
    });
  }

  for (const word of ['cancelled', 'canceled']) {
    it(`status=${word} on the return URL is cancelled and retryable`, async () => {
      const {result} = await resultOf('smile', [{redirect: {status: word, user_id: 'user-1'}}]);
      expectResult(result, {provider: 'smile', status: 'cancelled', retryable: true, source: 'redirect', reference: 'user-1'});
    });
  }

  for (const word of ['fail', 'failed']) {
    it(`status=${word} on the return URL is a retryable error with code 'fail'`, async () => {
      const {result} = await resultOf('smile', [{redirect: {status: word, user_id: 'user-1'}}]);
      expectResult(result, {provider: 'smile', status: 'error', retryable: true, code: 'fail', source: 'redirect', reference: 'user-1'});
    });
  }

  it('without user_id in the return, the reference is the session’s ref_id', async () => {
    const {result} = await resultOf('smile', [{redirect: {status: 'success'}}]);
    expectResult(result, {provider: 'smile', status: 'completed', reference: 'ref-session'});
  });

  it('the message SmileIdentity::Success is completed, not retryable', async () => {
    const {result} = await resultOf('smile', [{post: 'SmileIdentity::Success'}]);
    expectResult(result, {provider: 'smile', status: 'completed', retryable: false, source: 'message', reference: 'ref-session'});
    expect(result.code).to.equal(undefined);
  });

  it('the message SmileIdentity::Close is cancelled and retryable', async () => {
    const {result} = await resultOf('smile', [{post: 'SmileIdentity::Close'}]);
    expectResult(result, {provider: 'smile', status: 'cancelled', retryable: true, source: 'message'});
  });

  it('the message SmileIdentity::Error as a string is a retryable error with code SmileIdentity::Error', async () => {
    const {result} = await resultOf('smile', [{post: 'SmileIdentity::Error'}]);
    expectResult(result, {provider: 'smile', status: 'error', retryable: true, code: 'SmileIdentity::Error', source: 'message'});
  });

  it('the message SmileIdentity::Error as {message, data} is a retryable error, its data in params', async () => {
    const {result} = await resultOf('smile', [{post: {message: 'SmileIdentity::Error', data: {error: 'Document unreadable'}}}]);
    expectResult(result, {provider: 'smile', status: 'error', retryable: true, code: 'SmileIdentity::Error', source: 'message'});
    expect(result.params).to.include({message: 'SmileIdentity::Error', 'data.error': 'Document unreadable'});
  });

  it('the message SmileIdentity::ConsentDenied is cancelled, not retryable, with the tag as code', async () => {
    const {result} = await resultOf('smile', [{post: 'SmileIdentity::ConsentDenied'}]);
    expectResult(result, {provider: 'smile', status: 'cancelled', retryable: false, code: 'SmileIdentity::ConsentDenied', source: 'message'});
  });

  it('the message SmileIdentity::ConsentDenied::TOTP::ContactMethodsOutdated is an error, not retryable, with the tag as code', async () => {
    const tag = 'SmileIdentity::ConsentDenied::TOTP::ContactMethodsOutdated';
    const {result} = await resultOf('smile', [{post: tag}]);
    expectResult(result, {provider: 'smile', status: 'error', retryable: false, code: tag, source: 'message'});
  });

  it('the message SmileIdentity::Close::System is ignored: neither progress nor result', async () => {
    const {log} = await run('smile', [{post: 'SmileIdentity::Close::System'}, {wait: 300}, {post: 'SmileIdentity::Success'}]);
    const result = await log.result();
    // Had Close::System counted, it would have been the first (and only) result.
    expectResult(result, {provider: 'smile', status: 'completed', source: 'message'});
    expect(log.progress).to.deep.equal([]);
    expect(log.results).to.have.length(1);
  });

  it('the message SmileIdentity::ChildPageReady is progress `flow-loaded`', async () => {
    const {log} = await run('smile', [{post: 'SmileIdentity::ChildPageReady'}, {wait: 100}, {post: 'SmileIdentity::Success'}]);
    await log.result();
    expect(log.progress.map((p) => [p.provider, p.step])).to.deep.equal([['smile', 'flow-loaded']]);
    expect(log.all.indexOf('kyc-progress')).to.be.lessThan(log.all.indexOf('kyc-result'));
  });

  it('messages from a frame nested in the flow (Smile’s embed inside the link page) count', async () => {
    // Smile's embed posts to window.parent.parent as well, which is the element's page here.
    const {result} = await resultOf('smile', [{nested: {origin: 'same', script: [{post: 'SmileIdentity::Success', to: 'grandparent'}]}}]);
    expectResult(result, {provider: 'smile', status: 'completed', source: 'message'});
  });
});

describe('SPEC §4 normalization: Sumsub', () => {
  it('status=ok on the return URL is completed, not retryable', async () => {
    const {result} = await resultOf('sumsub', [{redirect: {status: 'ok'}}]);
    expectResult(result, {provider: 'sumsub', status: 'completed', retryable: false, source: 'redirect'});
    expect(result.params).to.deep.equal({status: 'ok'});
  });

  it('status=reject on the return URL is rejected, not retryable', async () => {
    const {result} = await resultOf('sumsub', [{redirect: {status: 'reject'}}]);
    expectResult(result, {provider: 'sumsub', status: 'rejected', retryable: false, source: 'redirect'});
  });

  it('idCheck.onApplicantSubmitted from the link page is completed, referenced by applicantId', async () => {
    const {result} = await resultOf('sumsub', [{post: {method: 'idCheck.onApplicantSubmitted', applicantId: 'app-1'}}]);
    expectResult(result, {provider: 'sumsub', status: 'completed', retryable: false, source: 'message', reference: 'app-1'});
    expect(result.params).to.include({method: 'idCheck.onApplicantSubmitted', applicantId: 'app-1'});
  });

  it('idCheck.onApplicantStatusChanged with reviewStatus completed and GREEN is approved', async () => {
    const {result} = await resultOf('sumsub', [
      {post: {method: 'idCheck.onApplicantStatusChanged', applicantId: 'app-1', reviewStatus: 'completed', reviewResult: {reviewAnswer: 'GREEN'}}},
    ]);
    expectResult(result, {provider: 'sumsub', status: 'approved', retryable: false, source: 'message', reference: 'app-1'});
    expect(result.params).to.include({reviewStatus: 'completed', 'reviewResult.reviewAnswer': 'GREEN'});
  });

  it('idCheck.onApplicantStatusChanged with RED and FINAL is rejected, not retryable, code FINAL', async () => {
    const {result} = await resultOf('sumsub', [
      {post: {method: 'idCheck.onApplicantStatusChanged', applicantId: 'app-1', reviewStatus: 'completed', reviewResult: {reviewAnswer: 'RED', reviewRejectType: 'FINAL'}}},
    ]);
    expectResult(result, {provider: 'sumsub', status: 'rejected', retryable: false, code: 'FINAL', source: 'message', reference: 'app-1'});
  });

  it('idCheck.onApplicantStatusChanged with RED and RETRY is progress `resubmission-requested`, not a result', async () => {
    const {log} = await run('sumsub', [
      {post: {method: 'idCheck.onApplicantStatusChanged', applicantId: 'app-1', reviewStatus: 'completed', reviewResult: {reviewAnswer: 'RED', reviewRejectType: 'RETRY'}}},
      {wait: 300},
      {post: {method: 'idCheck.onApplicantSubmitted', applicantId: 'app-1'}},
    ]);
    const result = await log.result();
    expect(log.progress.map((p) => p.step)).to.deep.equal(['resubmission-requested']);
    expect(log.progress[0].provider).to.equal('sumsub');
    expect(log.progress[0].data).to.include({'reviewResult.reviewRejectType': 'RETRY'});
    expect(log.all.indexOf('kyc-progress')).to.be.lessThan(log.all.indexOf('kyc-result'));
    expectResult(result, {provider: 'sumsub', status: 'completed', source: 'message'});
    expect(log.results).to.have.length(1);
  });

  it('idCheck.onError is a retryable error with the SDK’s code', async () => {
    const {result} = await resultOf('sumsub', [{post: {method: 'idCheck.onError', code: 'applicant-blocked', error: 'The applicant is blocked'}}]);
    expectResult(result, {provider: 'sumsub', status: 'error', retryable: true, code: 'applicant-blocked', source: 'message'});
  });
});

describe('SPEC §4 normalization: Lightspark Grid', () => {
  it('reaching the return URL is completed, not retryable', async () => {
    const {result} = await resultOf('grid', [{redirect: {}}]);
    expectResult(result, {provider: 'grid', status: 'completed', retryable: false, source: 'redirect'});
    expect(result.params).to.deep.equal({});
  });
});

describe('SPEC §1 once per attempt', () => {
  it('Smile Success, then Close::System, then the redirect produce exactly one kyc-result', async () => {
    const {log, el} = await run('smile', [
      {post: 'SmileIdentity::Success'},
      {wait: 100},
      {post: 'SmileIdentity::Close::System'},
      {wait: 100},
      {redirect: {status: 'cancelled', user_id: 'user-1'}},
    ]);
    const result = await log.result();
    await settle(400);
    expect(log.results).to.have.length(1);
    expectResult(result, {provider: 'smile', status: 'completed', source: 'message'});
    expect(el.state).to.equal('done');
  });

  it('a Jumio success message followed by the frame’s redirect to the return URL produce exactly one kyc-result', async () => {
    const {log, el} = await run('jumio', [
      {post: jumioMessage('success')},
      {redirect: {workflowExecutionId: 'wfe-ret', acquisitionStatus: 'ERROR', publicErrorCode: 'G000000'}},
    ]);
    const result = await log.result();
    await settle(400);
    expect(log.results).to.have.length(1);
    expectResult(result, {provider: 'jumio', status: 'completed', source: 'message'});
    expect(el.state).to.equal('done');
    expect(frameOf(el)).to.equal(null);
  });
});

describe('SPEC §4 return params', () => {
  it('survive a provider that appends `?status=…` to a return URL that already has a query', async () => {
    const {result} = await resultOf('smile', [{redirect: {status: 'success', user_id: 'user-42'}, join: '?'}], {returnUrl: `${RETURN_PAGE}?order=42`});
    expectResult(result, {provider: 'smile', status: 'completed', retryable: false, source: 'redirect', reference: 'user-42'});
    // Only what the provider appended after the marker: the page's own `order` is not a return param.
    expect(result.params).to.deep.equal({status: 'success', user_id: 'user-42'});
  });

  it('a Jumio return appended with `?` to an existing query is still read (acquisitionStatus, code)', async () => {
    const {result} = await resultOf('jumio', [{redirect: {acquisitionStatus: 'ERROR', publicErrorCode: 'J040412'}, join: '?'}], {
      returnUrl: `${RETURN_PAGE}?order=42`,
    });
    expectResult(result, {provider: 'jumio', status: 'expired', retryable: true, code: 'J040412', source: 'redirect'});
    expect(result.params).to.include({acquisitionStatus: 'ERROR'});
    expect(result.params).to.not.have.property('order');
  });
});

describe('SPEC §1 params never hold secrets', () => {
  it('drops protocol-relative URLs too', async () => {
    const {result} = await resultOf('smile', [{redirect: {status: 'success', user_id: 'u1', next: '//evil.example/x'}}]);
    expect(result.params).to.deep.equal({status: 'success', user_id: 'u1'});
  });

  it('drops authorizationToken, accessToken, token, authCode and every URL value from return params', async () => {
    const {result} = await resultOf('jumio', [
      {
        redirect: {
          acquisitionStatus: 'SUCCESS',
          workflowExecutionId: 'wfe-ret',
          authorizationToken: 'secret-1',
          accessToken: 'secret-2',
          token: 'secret-3',
          authCode: 'secret-4',
          redirectUrl: 'https://evil.example/next?x=1',
          other: 'javascript:alert(1)',
        },
      },
    ]);
    expectResult(result, {provider: 'jumio', status: 'completed', source: 'redirect'});
    for (const key of ['authorizationToken', 'accessToken', 'token', 'authCode', 'redirectUrl', 'other']) {
      expect(result.params, key).to.not.have.property(key);
    }
    expect(JSON.stringify(result)).to.not.match(/secret-|evil\.example|javascript:/);
    expect(result.params).to.include({acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-ret'});
  });

  it('drops the Jumio message’s authorizationToken from params', async () => {
    const {result} = await resultOf('jumio', [{post: jumioMessage('success')}]);
    expect(result.params).to.not.have.property('authorizationToken');
    expect(JSON.stringify(result)).to.not.include('secret-jumio-token');
  });

  it('drops secrets and URLs nested in a message (Sumsub authCode and redirectUrl)', async () => {
    const {result} = await resultOf('sumsub', [
      {post: {method: 'idCheck.onApplicantSubmitted', applicantId: 'app-1', authCode: 'secret-code', redirectUrl: 'https://in.sumsub.com/next', extra: {accessToken: 'secret-nested'}}},
    ]);
    expectResult(result, {provider: 'sumsub', status: 'completed', source: 'message'});
    expect(JSON.stringify(result)).to.not.match(/secret-|in\.sumsub\.com/);
    expect(result.params).to.not.have.any.keys('authCode', 'redirectUrl', 'extra.accessToken');
  });

  it('keeps Sumsub’s signed `jwt` for the backend to verify', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdGF0dXMiOiJvayJ9.c2lnbmF0dXJl';
    const {result} = await resultOf('sumsub', [{redirect: {status: 'ok', jwt}}]);
    expectResult(result, {provider: 'sumsub', status: 'completed', source: 'redirect'});
    expect(result.params).to.deep.equal({status: 'ok', jwt});
  });
});
