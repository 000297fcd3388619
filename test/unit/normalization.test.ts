/**
 * SPEC §4 normalization table, row by row, against the adapters: each provider's fixture module lists
 * what its flow appends to the return URL and what it posts, with the outcome the element must make of
 * it. The browser tests run one round trip per path (message, landing, forwarded and top-level
 * return, SDK, polling); these rows run here, without an element or a frame.
 */
import {expect} from '@open-wc/testing';
import {PROVIDERS, jumio, smile, sumsub} from '../fixtures/providers/index.js';
import {adapterFor} from '../../src/providers/index.js';
import {jumioLegacyError, jumioPublicError} from '../../src/providers/jumio.js';
import {parseSumsubMessage} from '../../src/providers/sumsub.js';
import {sumsubEvent} from '../../src/providers/sumsub-shared.js';
import type {FlowOutcome} from '../../src/result.js';
import type {ProviderName} from '../../src/types.js';
import {expectCleanParams, expectEvent, resultOf, returnResult} from './normalize.js';

const NAMES = Object.keys(PROVIDERS) as ProviderName[];

for (const name of NAMES) {
  const fixtures = PROVIDERS[name];
  const adapter = adapterFor(name);

  describe(`SPEC §4 returns: ${name}`, () => {
    for (const row of fixtures.returns) {
      it(row.name, () => {
        const event = adapter.parseReturn(row.params);
        expectEvent(event, row.expected);
        const result = returnResult(name, row.params);
        if (row.expected === null) {
          // The controller reports params it cannot read as the element's own error.
          expect(result).to.include({status: 'error', code: 'unrecognized-return', retryable: false, source: 'redirect'});
        } else {
          expect(result).to.include({provider: name, status: row.expected.status, retryable: row.expected.retryable, source: 'redirect'});
          expect(result.code).to.equal(row.expected.code);
        }
        if (row.resultParams) expect(result.params).to.deep.equal(row.resultParams);
        expect(result.params).to.not.have.property('kyc_attempt');
        expectCleanParams(result.params);
      });
    }
  });

  describe(`SPEC §4 provider messages: ${name}`, () => {
    for (const row of fixtures.messages) {
      it(row.name, () => {
        const parsed = adapter.parseMessage(row.data);
        expectEvent(parsed?.signal, row.expected);
        if (!parsed || parsed.signal.kind !== 'result') return;
        const result = resultOf(name, parsed.signal, 'message', parsed.raw);
        if (row.resultParams) expect(result.params).to.deep.equal(row.resultParams);
        expectCleanParams(result.params);
        expect(JSON.stringify(result)).to.not.match(/secret-/);
      });
    }
  });
}

describe('SPEC §4 returns: the reference', () => {
  it('a Jumio return without workflowExecutionId takes the session’s reference (account.id)', () => {
    expect(returnResult('jumio', {acquisitionStatus: 'SUCCESS'}, 'acc-session').reference).to.equal('acc-session');
  });

  it('a Jumio return’s workflowExecutionId wins over the session’s reference', () => {
    expect(returnResult('jumio', {acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-ret'}, 'acc-session').reference).to.equal('wfe-ret');
  });

  it('a Smile return without user_id takes the session’s ref_id', () => {
    expect(returnResult('smile', {status: 'success'}, 'ref-session').reference).to.equal('ref-session');
  });

  it('a Smile message (no user id of its own) takes the session’s ref_id', () => {
    const parsed = adapterFor('smile').parseMessage('SmileIdentity::Success')!;
    expect(resultOf('smile', parsed.signal as FlowOutcome, 'message', parsed.raw, 'ref-session').reference).to.equal('ref-session');
  });

  it('without any reference the result has none', () => {
    expect(returnResult('grid', {})).to.not.have.property('reference');
  });
});

describe('SPEC §1 params never hold secrets (return params)', () => {
  it('keeps only the params the provider documents: credentials and URL values never pass, whatever the provider', () => {
    const params = {
      acquisitionStatus: 'SUCCESS',
      workflowExecutionId: 'wfe-ret',
      authorizationToken: 'secret-1',
      accessToken: 'secret-2',
      token: 'secret-3',
      authCode: 'secret-4',
      AUTHORIZATIONTOKEN: 'secret-5',
      redirectUrl: 'https://evil.example/next?x=1',
      other: 'javascript:alert(1)',
      next: '//evil.example/x',
    };
    for (const name of NAMES) {
      const result = returnResult(name, params);
      expect(JSON.stringify(result), name).to.not.match(/secret-|evil\.example|javascript:/);
      // Only what the provider documents on its return URL: Jumio's params for Jumio, nothing for the others.
      expect(result.params, name).to.deep.equal(name === 'jumio' ? {acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-ret'} : {});
    }
  });

  it('drops the Jumio message’s authorizationToken', () => {
    const parsed = adapterFor('jumio').parseMessage(jumio.message('success'))!;
    const result = resultOf('jumio', parsed.signal as FlowOutcome, 'message', parsed.raw);
    expect(result.params).to.not.have.property('authorizationToken');
    expect(JSON.stringify(result)).to.not.include('secret-jumio-token');
  });
});

describe('SPEC §4 Jumio error codes', () => {
  it('jumioPublicError and jumioLegacyError carry the reference they are given', () => {
    expect(jumioPublicError('J040412', 'wfe-1')).to.deep.equal({kind: 'result', status: 'expired', retryable: true, code: 'J040412', reference: 'wfe-1'});
    expect(jumioLegacyError('9822', 'wfe-1')).to.deep.equal({kind: 'result', status: 'error', retryable: true, code: '9822', reference: 'wfe-1', offerPhone: true});
    expect(jumioLegacyError('9210')).to.deep.equal({kind: 'result', status: 'expired', retryable: true, code: '9210'});
  });

  it('every letter of the table, with any call id and HTTP status', () => {
    const table: Record<string, [FlowOutcome['status'], boolean]> = {
      A: ['error', true], B: ['error', false], C: ['error', false], D: ['error', false], E: ['error', true], F: ['error', false],
      G: ['cancelled', true], H: ['error', true], I: ['error', false], J: ['expired', true], K: ['error', false], M: ['error', false], N: ['error', false], Z: ['error', false],
    };
    for (const [letter, [status, retryable]] of Object.entries(table)) {
      expect(jumioPublicError(`${letter}990503`), letter).to.include({status, retryable});
    }
  });
});

describe('SPEC §4 Sumsub events (link pages and SDK mode share one mapping)', () => {
  for (const row of sumsub.events) {
    it(`${row.method}: ${row.name}`, () => {
      expectEvent(sumsubEvent(row.method, row.payload), row.expected, 'with the prefix');
      expectEvent(sumsubEvent(row.method.replace(/^idCheck\./, ''), row.payload), row.expected, 'without the prefix');
    });
  }

  it('a payload that is not an object is read as empty', () => {
    expectEvent(sumsubEvent('idCheck.onApplicantSubmitted', 'junk'), {status: 'completed', retryable: false});
    expectEvent(sumsubEvent('idCheck.onApplicantStatusChanged', null), null);
  });

  it('parseSumsubMessage keeps method and payload in raw, without frameId and sessionId', () => {
    const parsed = parseSumsubMessage({method: 'idCheck.onStepInitiated', idDocSetType: 'IDENTITY', types: ['PASSPORT'], frameId: 'f', sessionId: 's'});
    expect(parsed?.raw).to.deep.equal({method: 'idCheck.onStepInitiated', idDocSetType: 'IDENTITY', types: ['PASSPORT']});
  });
});

describe('SPEC §4 Smile ID: every message form', () => {
  it('the raw of a string tag is {message}', () => {
    expect(adapterFor('smile').parseMessage('SmileIdentity::Close')?.raw).to.deep.equal({message: 'SmileIdentity::Close'});
  });

  it('the fixture covers the SPEC rows', () => {
    const tags = smile.messages.map((row) => (typeof row.data === 'string' ? row.data : (row.data as {message?: unknown})?.message));
    for (const tag of ['SmileIdentity::Success', 'SmileIdentity::Close', 'SmileIdentity::Error', 'SmileIdentity::ConsentDenied', 'SmileIdentity::ConsentDenied::TOTP::ContactMethodsOutdated', 'SmileIdentity::Close::System', 'SmileIdentity::ChildPageReady']) {
      expect(tags).to.include(tag);
    }
  });
});
