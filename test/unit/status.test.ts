/**
 * SPEC §4 "Status endpoint", without the element: what each answer means (`readStatus` with the
 * providers' own words, from the fixture modules), and the poller's schedule on the fake clock.
 */
import {expect} from '@open-wc/testing';
import {PROVIDERS} from '../fixtures/providers/index.js';
import {adapterFor} from '../../src/providers/index.js';
import {KycError, Aborted} from '../../src/result.js';
import {HIDDEN_GRACE, POLL_MAX_DELAY, POLL_MIN_DELAY, StatusPoller, readStatus, type StatusAnswer} from '../../src/modes/status.js';
import type {ProviderName} from '../../src/types.js';
import {FakeClock, flush, useFakeClock} from '../fake-clock.js';

/** Pretends the page is hidden or visible, as `visibilitychange` reports it. */
function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => (hidden ? 'hidden' : 'visible')});
  document.dispatchEvent(new Event('visibilitychange'));
}
const restoreVisibility = () => delete (document as unknown as Record<string, unknown>).visibilityState;

/** A poller whose requests answer from a script (values, or errors to throw), with a log. */
function scripted(answers: Array<unknown | Error>, options: {signal?: AbortSignal; url?: string; reference?: string; maxWait?: number; onGiveUp?: () => void} = {}) {
  const urls: string[] = [];
  const seen: StatusAnswer[] = [];
  const errors: KycError[] = [];
  let index = 0;
  const controller = new AbortController();
  const poller = new StatusPoller({
    url: options.url ?? '/api/kyc/status',
    attempt: 'att-1',
    reference: options.reference ?? 'ref-1',
    signal: options.signal ?? controller.signal,
    request: async (url) => {
      urls.push(url);
      const answer = answers[Math.min(index++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return answer;
    },
    onAnswer: (answer) => seen.push(answer),
    onError: (error) => errors.push(error),
    maxWait: options.maxWait,
    onGiveUp: options.onGiveUp,
  });
  return {poller, urls, seen, errors, controller};
}

describe('SPEC §4 status answers: readStatus with each provider’s own words', () => {
  for (const [name, fixtures] of Object.entries(PROVIDERS)) {
    const aliases = adapterFor(name as ProviderName).statusAliases;
    for (const row of fixtures.statuses) {
      const what = row.expected === null ? 'not a status answer' : 'kind' in row.expected ? row.expected.kind : `${row.expected.status}, ${row.expected.retryable ? '' : 'not '}retryable`;
      it(`${name}: ${JSON.stringify(row.answer)} → ${what}`, () => {
        const answer = readStatus(row.answer, aliases);
        if (row.expected === null) expect(answer).to.equal(null);
        else if ('kind' in row.expected) expect(answer).to.deep.equal(row.expected);
        else expect(answer).to.deep.equal({kind: 'result', outcome: {kind: 'result', ...row.expected}});
      });
    }
  }

  it("a provider's own word counts only for that provider: HOLD and revoked mean nothing to the generic adapter", () => {
    expect(readStatus({status: 'HOLD'})).to.equal(null);
    expect(readStatus({status: 'revoked'})).to.equal(null);
    expect(readStatus({status: 'HOLD'}, adapterFor('grid').statusAliases)).to.deep.equal({kind: 'pending'});
    expect(readStatus({status: 'revoked'}, adapterFor('grid').statusAliases)).to.equal(null);
    expect(readStatus({status: 'HOLD'}, adapterFor('trusset').statusAliases)).to.equal(null);
  });
});

describe('StatusPoller (fake clock)', () => {
  let clock: FakeClock;
  useFakeClock((installed) => (clock = installed));
  afterEach(() => {
    restoreVisibility();
  });

  it('starts about 2 s apart and backs off to about 15 s', async () => {
    const {poller, urls} = scripted([{status: 'pending'}]);
    poller.start();
    expect(urls).to.have.length(0);
    for (let i = 0; i < 9; i++) await clock.runNext();
    expect(urls).to.have.length(9);
    expect(clock.delays.slice(0, 9)).to.deep.equal([2000, 3000, 4500, 6750, 10125, 15000, 15000, 15000, 15000]);
    expect(clock.delays[0]).to.equal(POLL_MIN_DELAY);
    expect(Math.max(...clock.delays)).to.equal(POLL_MAX_DELAY);
    poller.stop();
  });

  it('sets attempt and reference with searchParams, keeping the URL’s own query', async () => {
    const {poller, urls} = scripted([{status: 'pending'}], {url: '/api/status?tenant=a&attempt=old'});
    poller.start();
    await clock.runNext();
    const url = new URL(urls[0]);
    expect(url.pathname).to.equal('/api/status');
    expect(url.searchParams.get('tenant')).to.equal('a');
    expect(url.searchParams.getAll('attempt')).to.deep.equal(['att-1']);
    expect(url.searchParams.get('reference')).to.equal('ref-1');
    poller.setReference(undefined);
    await clock.runNext();
    expect(new URL(urls[1]).searchParams.has('reference')).to.equal(false);
    poller.stop();
  });

  it('keeps asking for HIDDEN_GRACE while the page is hidden (the user is on the phone), then pauses; asks at once when visible again', async () => {
    const {poller, urls} = scripted([{status: 'pending'}]);
    poller.start();
    await clock.runNext();
    await clock.runNext();
    expect(urls).to.have.length(2);
    setHidden(true);
    await clock.tick(HIDDEN_GRACE - 1);
    const duringGrace = urls.length;
    expect(duringGrace).to.be.greaterThan(2 + Math.floor((HIDDEN_GRACE - 60_000) / POLL_MAX_DELAY) - 2);
    await clock.tick(10 * 60_000);
    // At most the one timer already set when the grace ran out.
    expect(urls.length - duringGrace).to.be.at.most(1);
    expect(clock.pending).to.equal(0);
    const paused = urls.length;
    setHidden(false);
    await flush();
    expect(urls).to.have.length(paused + 1);
    // …and from the shortest delay again
    expect(clock.nextIn).to.equal(POLL_MIN_DELAY);
    poller.stop();
  });

  it('a page already hidden past the grace period when a timer fires sends nothing', async () => {
    const {poller, urls} = scripted([{status: 'pending'}]);
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'}); // no event
    poller.start();
    await clock.tick(HIDDEN_GRACE + 60_000);
    const sent = urls.length;
    await clock.tick(30 * 60_000);
    expect(urls).to.have.length(sent);
    poller.stop();
  });

  it('checkNow() asks at once, hidden or not, and resolves after the answer was handled', async () => {
    const {poller, urls, seen} = scripted([{status: 'started'}]);
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
    poller.start();
    await clock.tick(HIDDEN_GRACE + 60_000);
    const sent = urls.length;
    await poller.checkNow();
    expect(urls).to.have.length(sent + 1);
    expect(seen.map((a) => a.kind)).to.include('started');
    poller.stop();
  });

  it('gives up after maxWait without a final answer (onGiveUp), but never after `completed`', async () => {
    const giveUps: number[] = [];
    const pending = scripted([{status: 'pending'}], {maxWait: 60_000, onGiveUp: () => giveUps.push(1)});
    pending.poller.start();
    await clock.tick(5 * 60_000);
    expect(giveUps).to.have.length(1);
    expect(pending.poller.done).to.equal(true);
    const completed = scripted([{status: 'completed'}], {maxWait: 60_000, onGiveUp: () => giveUps.push(2)});
    completed.poller.start();
    await clock.tick(5 * 60_000);
    expect(giveUps).to.deep.equal([1]);
    expect(completed.poller.done).to.equal(false);
    completed.poller.stop();
  });

  it('stops on a final status: reports it once, sends nothing more', async () => {
    const {poller, urls, seen} = scripted([{status: 'pending'}, {status: 'started'}, {status: 'started'}, {status: 'approved'}, {status: 'pending'}]);
    poller.start();
    await clock.tick(5 * 60_000);
    expect(seen.map((a) => (a.kind === 'result' ? a.outcome.status : a.kind))).to.deep.equal(['started', 'approved']);
    expect(urls).to.have.length(4);
    expect(poller.done).to.equal(true);
    expect(clock.pending).to.equal(0);
  });

  it('goes on after `completed` until a verdict, reporting `completed` once', async () => {
    const {poller, seen, urls} = scripted([{status: 'completed'}, {status: 'completed'}, {status: 'completed'}, {status: 'rejected', code: 'FINAL'}]);
    poller.start();
    await clock.tick(5 * 60_000);
    expect(seen.map((a) => a.kind === 'result' && a.outcome.status)).to.deep.equal(['completed', 'rejected']);
    expect(urls).to.have.length(4);
    expect(poller.done).to.equal(true);
  });

  it('a new status resets the delay to about 2 s', async () => {
    const {poller} = scripted([{status: 'pending'}, {status: 'pending'}, {status: 'pending'}, {status: 'started'}]);
    poller.start();
    for (let i = 0; i < 4; i++) await clock.runNext();
    expect(clock.delays.slice(0, 5)).to.deep.equal([2000, 3000, 4500, 6750, 2000]);
    poller.stop();
  });

  it('retries transient failures (network, timeout, 5xx, 408, 429, a retryable backend error) with backoff', async () => {
    const {poller, seen, errors, urls} = scripted([
      KycError.of('network'),
      KycError.of('status-http-503'),
      KycError.of('status-http-408'),
      KycError.of('status-http-429'),
      KycError.of('status-timeout'),
      new KycError('busy', true, 'backend busy'),
      new TypeError('Failed to fetch'),
      {status: 'approved'},
    ]);
    poller.start();
    await clock.tick(10 * 60_000);
    expect(errors).to.have.length(0);
    expect(urls).to.have.length(8);
    expect(seen.map((a) => a.kind === 'result' && a.outcome.status)).to.deep.equal(['approved']);
    expect(clock.delays.slice(0, 3)).to.deep.equal([2000, 3000, 4500]);
  });

  it('a 4xx ends polling as status-http-<n>, not retryable', async () => {
    const {poller, errors, urls} = scripted([{status: 'pending'}, KycError.of('status-http-404')]);
    poller.start();
    await clock.tick(10 * 60_000);
    expect(urls).to.have.length(2);
    expect(errors.map((e) => [e.code, e.retryable])).to.deep.equal([['status-http-404', false]]);
    expect(poller.done).to.equal(true);
  });

  it('an answer that is not a status ends polling as invalid-response', async () => {
    const {poller, errors} = scripted([{state: 'ok'}]);
    poller.start();
    await clock.tick(60_000);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-response']);
  });

  it('gives up after 20 transient failures in a row with the last error (retryable)', async () => {
    const {poller, errors, urls} = scripted([KycError.of('network')]);
    poller.start();
    await clock.tick(60 * 60_000);
    expect(urls).to.have.length(20);
    expect(errors.map((e) => [e.code, e.retryable])).to.deep.equal([['network', true]]);
  });

  it('stops when the signal aborts: no request afterwards, an answer in flight is dropped', async () => {
    let release!: (value: unknown) => void;
    const controller = new AbortController();
    const urls: string[] = [];
    const seen: StatusAnswer[] = [];
    const poller = new StatusPoller({
      url: '/s',
      attempt: 'a',
      signal: controller.signal,
      request: (url) => {
        urls.push(url);
        return new Promise((resolve) => (release = resolve));
      },
      onAnswer: (answer) => seen.push(answer),
      onError: () => undefined,
    });
    poller.start();
    await clock.runNext();
    expect(urls).to.have.length(1);
    controller.abort();
    release({status: 'approved'});
    await flush();
    await clock.tick(10 * 60_000);
    expect(seen).to.have.length(0);
    expect(urls).to.have.length(1);
    expect(poller.done).to.equal(true);
  });

  it('an Aborted request is silent', async () => {
    const {poller, errors, seen} = scripted([new Aborted()]);
    poller.start();
    await clock.runNext();
    expect(errors).to.have.length(0);
    expect(seen).to.have.length(0);
    poller.stop();
  });

  it('a signal aborted before start never polls', async () => {
    const controller = new AbortController();
    controller.abort();
    const {poller, urls} = scripted([{status: 'pending'}], {signal: controller.signal});
    poller.start();
    await clock.tick(60_000);
    expect(urls).to.have.length(0);
    expect(poller.done).to.equal(true);
  });
});
