import {expect} from '@open-wc/testing';
import {backendError, requestSession, sendCancel, type BackendSettings} from '../../src/attempt/backend-call.js';
import {clientFacts} from '../../src/client.js';
import type {BackendRequest} from '../../src/types.js';

/**
 * The raw backend call of the element's entry (src/attempt/backend-call.ts): what the first session
 * request carries, that it leaves in the caller's own task, and the `{error}` answers it recognizes by
 * hand (the schema code is in the engine chunk, which this call does not wait for).
 */
const settings = (fetcher: (request: BackendRequest) => unknown, extra: Partial<BackendSettings> = {}): BackendSettings => ({
  url: '',
  fetcher,
  credentials: 'same-origin',
  timeoutMs: 5000,
  provider: 'auto',
  allowedOrigins: [],
  backendOrigins: [location.origin],
  ...extra,
});

const facts = {attempt: 'att-1', returnUrl: 'https://shop.example/kyc?kyc_attempt=att-1', locale: 'pt-BR', mode: 'auto' as const, client: clientFacts(undefined)};

describe('backend-call: the first session request', () => {
  it('leaves in the caller’s task, with the SPEC §2 body, the idempotency key and every provider’s locale', async () => {
    const calls: BackendRequest[] = [];
    const answer = requestSession(settings((request) => (calls.push(request), {url: 'https://kyc.example/flow'})), facts, 'auto', 'session', 'att-1', {}, new AbortController().signal);
    expect(calls, 'sent before the first await').to.have.length(1);
    expect(calls[0].headers).to.deep.equal({'Content-Type': 'application/json', 'Idempotency-Key': 'att-1'});
    expect(calls[0].body).to.deep.equal({
      purpose: 'session',
      attempt: 'att-1',
      returnUrl: facts.returnUrl,
      locale: 'pt-BR',
      mode: 'auto',
      provider: 'auto',
      client: {camera: true, mobile: false, webview: false},
      providerLocales: {sumsub: 'pt', jumio: 'pt-BR', smile: 'en', trusset: 'pt-BR', grid: 'pt', generic: 'pt-BR'},
    });
    expect(await answer).to.deep.equal({url: 'https://kyc.example/flow'});
  });

  it('a camera check that has not answered counts as a camera; an answer is sent as it is', () => {
    expect(clientFacts(undefined).camera).to.equal(true);
    expect(clientFacts(false).camera).to.equal(false);
  });

  it('with a pinned provider, one providerLocale; the host’s body is merged under the element’s fields', async () => {
    const calls: BackendRequest[] = [];
    await requestSession(settings((request) => (calls.push(request), {}), {provider: 'jumio', body: {order: 42, purpose: 'spoofed'}}), facts, 'jumio', 'renew', 'att-1:renew:1', {}, new AbortController().signal);
    expect(calls[0].body).to.include({order: 42, purpose: 'renew', providerLocale: 'pt-BR'});
    expect(calls[0].body).to.not.have.property('providerLocales');
  });

  it('cancel is best effort: sent with its own key, never rejects', async () => {
    const calls: BackendRequest[] = [];
    sendCancel(settings((request) => (calls.push(request), Promise.reject(new Error('offline')))), 'att-1');
    expect(calls.map((c) => [c.purpose, c.headers['Idempotency-Key'], c.body])).to.deep.equal([['cancel', 'att-1:cancel', {purpose: 'cancel', attempt: 'att-1'}]]);
  });
});

describe('backend-call: `{error: {code, message, retryable}}` answers, checked by hand', () => {
  it('takes a non-empty string code, and message and retryable of their types', () => {
    expect(backendError({error: {code: 'limit', message: 'Too many', retryable: true}})).to.deep.equal({code: 'limit', message: 'Too many', retryable: true});
    expect(backendError({error: {code: 'limit'}})).to.deep.equal({code: 'limit', message: undefined, retryable: undefined});
  });

  it('is not an error answer otherwise (the answer is then read as a session)', () => {
    for (const value of [null, 'error', [], {}, {error: null}, {error: 'limit'}, {error: {code: ''}}, {error: {code: 1}}, {error: {code: 'x', message: 1}}, {error: {code: 'x', retryable: 'yes'}}]) {
      expect(backendError(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('a fetcher’s error answer ends the call as that error', async () => {
    const call = requestSession(settings(() => ({error: {code: 'kyc-disabled', message: 'Not now', retryable: false}})), facts, 'auto', 'session', 'att-1', {}, new AbortController().signal);
    const error = await call.then(
      () => undefined,
      (reason: unknown) => reason as {code: string; retryable: boolean; message: string},
    );
    expect(error).to.include({code: 'kyc-disabled', retryable: false, message: 'Not now'});
  });
});
