/**
 * SPEC §4 top-level return with a status URL (issue 12 item 6): the return is reported as `completed`
 * at most, then the status endpoint is polled for the verdict under the once-per-attempt rule.
 */
import {expect} from '@open-wc/testing';
import {rememberAttempt} from '../src/modes/redirect/storage.js';
import type {BackendRequest} from '../src/types.js';
import {FakeClock, useFakeClock} from './fake-clock.js';
import {cleanupDetached, mountDetached, waitUntil} from './helpers.js';

describe('SPEC §4 redirect mode: the verdict after a top-level return', () => {
  let clock: FakeClock;
  useFakeClock((installed) => (clock = installed));
  let original = '';
  const stored: string[] = [];

  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', original);
    for (const attempt of stored.splice(0)) sessionStorage.removeItem(`kyc-verify:attempt:${attempt}`);
    cleanupDetached();
  });

  /** A top-level return of a stored Sumsub attempt with `status=<word>`, and a fetcher answering status calls. */
  function returnWith(word: string, statuses: unknown[], statusUrl: string | null = `${location.origin}/api/kyc/status`) {
    const attempt = crypto.randomUUID();
    stored.push(attempt);
    rememberAttempt({attempt, provider: 'sumsub', mode: 'redirect', reference: 'app-r', statusUrl: statusUrl ?? undefined});
    history.replaceState(history.state, '', `${original}${original.includes('?') ? '&' : '?'}kyc_attempt=${attempt}&status=${word}`);
    const calls: BackendRequest[] = [];
    let n = 0;
    const {el, log} = mountDetached((element) => {
      element.fetcher = async (request) => {
        calls.push(request);
        return statuses[Math.min(n++, statuses.length - 1)];
      };
    });
    return {attempt, el, log, calls};
  }

  it('`status=reject` on the return URL is reported as `completed`, then the status endpoint’s `approved` follows', async () => {
    const {attempt, el, log, calls} = returnWith('reject', [{status: 'pending'}, {status: 'approved'}]);
    const first = await log.result(5000);
    expect(first).to.include({attempt, status: 'completed', source: 'redirect', retryable: false});
    expect(first.params).to.deep.equal({status: 'reject'});
    expect(el.state).to.equal('done');
    await clock.tick(30_000);
    await waitUntil(() => log.results.length === 2, 'no verdict');
    expect(log.results[1]).to.include({attempt, status: 'approved', source: 'status', reference: 'app-r'});
    expect(calls.every((c) => c.purpose === 'status' && c.method === 'GET')).to.equal(true);
    const url = new URL(calls[0].url);
    expect(url.pathname).to.equal('/api/kyc/status');
    expect(url.searchParams.get('attempt')).to.equal(attempt);
    expect(url.searchParams.get('reference')).to.equal('app-r');
    // Once the verdict is in, nothing more is asked.
    const asked = calls.length;
    await clock.tick(10 * 60_000);
    expect(calls).to.have.length(asked);
    expect(log.results).to.have.length(2);
  });

  it('a second `completed` from the status endpoint is not reported again; a rejected verdict is', async () => {
    const {log} = returnWith('ok', [{status: 'completed'}, {status: 'completed'}, {status: 'rejected', code: 'FINAL'}]);
    await log.result(5000);
    await clock.tick(60_000);
    await waitUntil(() => log.results.length === 2, 'no verdict');
    expect(log.results.map((r) => r.status)).to.deep.equal(['completed', 'rejected']);
    expect(log.results[1].code).to.equal('FINAL');
  });

  it('without a status URL the return is reported as it says, and nothing is polled', async () => {
    const {log, calls} = returnWith('reject', [{status: 'approved'}], null);
    const result = await log.result(5000);
    expect(result).to.include({status: 'rejected', source: 'redirect'});
    await clock.tick(10 * 60_000);
    expect(calls).to.have.length(0);
    expect(log.results).to.have.length(1);
  });

  it('a stored status URL on a foreign origin is not polled', async () => {
    const {log, calls} = returnWith('ok', [{status: 'approved'}], 'https://evil.example/status');
    expect(await log.result(5000)).to.include({status: 'completed'});
    await clock.tick(10 * 60_000);
    expect(calls).to.have.length(0);
  });
});
