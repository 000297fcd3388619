import {clock} from '../clock.js';
import type {ProviderAdapter} from '../providers/index.js';
import {Aborted, KycError, outcome, type FlowOutcome} from '../result.js';
import {backendUrl} from '../urls.js';
import type {ModeContext} from './types.js';

/**
 * Status polling (SPEC §4 "Status endpoint"): `GET <status URL>?attempt=…&reference=…` answers
 * `{ status, code?, message?, retryable? }`. Used by the QR and popup modes. A redirect return does
 * not poll: it reports once what its return URL says (the stored `statusUrl` is not used).
 */

/** What one status answer means. */
export type StatusAnswer =
  | {kind: 'pending'}
  /** The link was opened (on the phone or elsewhere): do not renew it. */
  | {kind: 'started'}
  | {kind: 'result'; outcome: FlowOutcome};

/** Retryable when the answer does not say: a fresh attempt makes sense after these. */
const RETRYABLE_BY_DEFAULT: Record<string, boolean> = {
  completed: false,
  approved: false,
  rejected: false,
  cancelled: true,
  expired: true,
  error: true,
};

/**
 * Reads one status answer. Statuses are matched without regard to case: `pending`, `started`, a
 * `KycResult` status (`canceled` is `cancelled`), and the provider's own words (`aliases`: the
 * adapter's `statusAliases`, e.g. Grid `HOLD` → pending, Trusset `revoked` → cancelled). The answer's
 * `code`, `message` and `retryable` win over an alias's. Null when the answer is not of that form.
 */
export function readStatus(raw: unknown, aliases: ProviderAdapter['statusAliases'] = {}): StatusAnswer | null {
  if (!raw || typeof raw !== 'object') return null;
  const answer = raw as Record<string, unknown>;
  if (typeof answer.status !== 'string') return null;
  const word = answer.status.trim().toLowerCase();
  const code = typeof answer.code === 'string' ? answer.code : undefined;
  const message = typeof answer.message === 'string' ? answer.message : undefined;
  const given = typeof answer.retryable === 'boolean' ? answer.retryable : undefined;
  const alias = Object.prototype.hasOwnProperty.call(aliases, word) ? aliases[word] : undefined;
  if (alias === 'pending' || word === 'pending') return {kind: 'pending'};
  if (word === 'started') return {kind: 'started'};
  if (alias) return result(outcome(alias.status, given ?? alias.retryable, {code: code ?? alias.code, message: message ?? alias.message}));
  const status = word === 'canceled' ? 'cancelled' : word;
  if (!(status in RETRYABLE_BY_DEFAULT)) return null;
  return result(outcome(status as FlowOutcome['status'], given ?? RETRYABLE_BY_DEFAULT[status], {code, message}));
}

const result = (flowOutcome: FlowOutcome): StatusAnswer => ({kind: 'result', outcome: flowOutcome});

/** The outcome when polling gave up (`maxWait`) without a final answer: `expired`, retryable. */
export const waitedTooLong = (reference?: string): FlowOutcome =>
  outcome('expired', true, {code: 'status-max-wait', message: 'The verification did not finish in time.', reference});

export interface PollerOptions {
  /** The status URL (resolved against `document.baseURI`; its own query is kept). */
  url: string;
  attempt: string;
  reference?: string;
  /** One GET through the element's backend client (`fetcher`, headers, credentials, timeout). */
  request(url: string): Promise<unknown>;
  /** Aborted when the attempt ends (teardown, disconnect): polling stops for good. */
  signal: AbortSignal;
  /** The provider's own status words (the adapter's `statusAliases`). */
  aliases?: ProviderAdapter['statusAliases'];
  /** Each new status other than `pending` (a repeated status is not reported again); never after `stop()`. */
  onAnswer(answer: StatusAnswer, raw: unknown): void;
  /** Polling failed for good: a non-transient error (`status-http-404`, `invalid-response` …). */
  onError(error: KycError): void;
  /**
   * Polling gives up this long after it started (ms) unless the attempt completed by then:
   * `onGiveUp` is called. Default `POLL_MAX_WAIT` (30 min); the element's `status-max-wait`.
   */
  maxWait?: number;
  /** The wait ran out without a final answer (SPEC §4: the attempt ends `expired`, retryable). */
  onGiveUp?(): void;
  /** First delay and ceiling of the backoff (ms). */
  minDelay?: number;
  maxDelay?: number;
  /** Consecutive transient failures after which polling gives up with the last error. */
  maxFailures?: number;
}

export const POLL_MIN_DELAY = 2_000;
export const POLL_MAX_DELAY = 15_000;
/** How long polling goes on without a final answer (and before `completed`), by default. */
export const POLL_MAX_WAIT = 30 * 60_000;
/** A hidden page keeps polling this long (the user is often on the phone), then pauses until visible. */
export const HIDDEN_GRACE = 5 * 60_000;
const BACKOFF = 1.5;
const MAX_FAILURES = 20;

/**
 * Polls the status URL: about 2 s apart at first, backing off to about 15 s; at once (and from 2 s
 * again) when the page becomes visible or the status changes. A hidden page keeps polling for
 * `HIDDEN_GRACE`, then pauses until it is visible again. Transient failures (network, timeouts, 5xx,
 * 408, 429, a backend error marked retryable) are retried with the same backoff; anything else ends
 * polling through `onError`. Stops on a final answer (any result but `completed`, after which a verdict
 * may follow), after `maxWait` without one (`onGiveUp`), on `stop()` and when `signal` aborts.
 */
export class StatusPoller {
  private timer?: number;
  private delay: number;
  private readonly minDelay: number;
  private readonly maxDelay: number;
  private inFlight?: Promise<void>;
  private stopped = false;
  private started = false;
  private failures = 0;
  private last?: string;
  private reference?: string;
  private deadline = Infinity;
  /** When the page was last hidden (`clock.now()`), while it is. */
  private hiddenAt?: number;

  constructor(private readonly options: PollerOptions) {
    this.minDelay = options.minDelay ?? POLL_MIN_DELAY;
    this.maxDelay = options.maxDelay ?? POLL_MAX_DELAY;
    this.delay = this.minDelay;
    this.reference = options.reference;
  }

  /** True once polling has stopped for good. */
  get done(): boolean {
    return this.stopped;
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    if (this.options.signal.aborted) {
      this.stop();
      return;
    }
    const maxWait = this.options.maxWait ?? POLL_MAX_WAIT;
    this.deadline = maxWait > 0 ? clock.now() + maxWait : Infinity;
    if (this.hidden) this.hiddenAt = clock.now();
    this.options.signal.addEventListener('abort', this.stop);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  /**
   * Asks at once, hidden or not, and resolves once the answer was handled (`onAnswer` called for news).
   * For decisions that must not rest on an old answer: renewing a link, declaring it expired.
   */
  async checkNow(): Promise<void> {
    if (this.stopped || !this.started) return;
    if (this.inFlight) return this.inFlight;
    clock.clearTimeout(this.timer);
    this.timer = undefined;
    return this.poll(true);
  }

  /** A renewed link may carry a new reference: later requests ask about it. */
  setReference(reference: string | undefined): void {
    this.reference = reference;
  }

  /** The reference the next request asks about. */
  get currentReference(): string | undefined {
    return this.reference;
  }

  /** The URL of the next request: `attempt` and `reference` set with `searchParams`. */
  requestUrl(): string {
    return backendUrl(this.options.url, {attempt: this.options.attempt, reference: this.reference}).href;
  }

  readonly stop = (): void => {
    if (this.stopped) return;
    this.stopped = true;
    clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.options.signal.removeEventListener('abort', this.stop);
    document.removeEventListener('visibilitychange', this.onVisibility);
  };

  private get hidden(): boolean {
    return document.visibilityState === 'hidden';
  }

  /** Hidden for longer than the grace period: wait for `visibilitychange`. */
  private get paused(): boolean {
    return this.hidden && this.hiddenAt !== undefined && clock.now() - this.hiddenAt >= HIDDEN_GRACE;
  }

  private schedule(delay = this.delay): void {
    if (this.stopped || this.timer !== undefined || this.inFlight || this.paused) return;
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delay);
    this.delay = Math.min(this.maxDelay, Math.round(this.delay * BACKOFF));
  }

  private poll(force = false): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.inFlight) return this.inFlight;
    if (this.paused && !force) return Promise.resolve(); // picked up again on `visibilitychange`
    const pending = this.ask().finally(() => {
      if (this.inFlight === pending) this.inFlight = undefined;
    });
    this.inFlight = pending;
    return pending;
  }

  private async ask(): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.options.request(this.requestUrl());
    } catch (error) {
      this.inFlight = undefined;
      if (this.stopped || error instanceof Aborted) return;
      const failure = error instanceof KycError ? error : KycError.of('network');
      if (failure.retryable && ++this.failures < (this.options.maxFailures ?? MAX_FAILURES)) {
        this.next();
        return;
      }
      this.stop();
      this.options.onError(failure);
      return;
    }
    this.inFlight = undefined;
    if (this.stopped) return;
    this.failures = 0;
    const answer = readStatus(raw, this.options.aliases);
    if (!answer) {
      this.stop();
      this.options.onError(KycError.of('invalid-response', 'The status endpoint sent an answer the element cannot use.'));
      return;
    }
    const key = answer.kind === 'result' ? answer.outcome.status : answer.kind;
    // The first `pending` is no news; any other new status is (repeats are not reported twice).
    const changed = this.last === undefined ? key !== 'pending' : key !== this.last;
    this.last = key;
    if (answer.kind === 'result' && answer.outcome.status !== 'completed') this.stop();
    if (changed) {
      // Something happened: look again soon.
      this.delay = this.minDelay;
      if (answer.kind !== 'pending') this.options.onAnswer(answer, raw);
    }
    this.next();
  }

  /** The next poll, or the end of the wait: `completed` waits for its verdict under the element's own limit. */
  private next(): void {
    if (this.stopped) return;
    if (this.last !== 'completed' && clock.now() >= this.deadline) {
      this.stop();
      this.options.onGiveUp?.();
      return;
    }
    this.schedule();
  }

  private readonly onVisibility = () => {
    if (this.stopped) return;
    if (this.hidden) {
      this.hiddenAt = clock.now();
      return;
    }
    this.hiddenAt = undefined;
    // Back on the page (often right after finishing on the phone): ask at once.
    this.delay = this.minDelay;
    if (this.inFlight) return;
    clock.clearTimeout(this.timer);
    this.timer = undefined;
    void this.poll();
  };
}

/** What a mode hands `pollForOutcome`: its attempt's status URL, backend, adapter and reporting. */
export type PollingContext = Pick<ModeContext, 'attempt' | 'adapter' | 'signal' | 'backend' | 'statusMaxWait' | 'report' | 'fail'> & {
  readonly statusUrl?: string;
};

/**
 * Starts polling a mode's status URL the one way every mode does: through the attempt's backend, with
 * the adapter's status words, a failure for good ending the attempt, and `status-max-wait` ending it
 * `expired`. `reference` may change later (`setReference`, a renewed QR link). Undefined without a
 * status URL.
 */
export function pollForOutcome(
  context: PollingContext,
  reference: string | undefined,
  onAnswer: PollerOptions['onAnswer'],
): StatusPoller | undefined {
  const {statusUrl, attempt, adapter, signal, backend, statusMaxWait} = context;
  if (!statusUrl) return undefined;
  const poller: StatusPoller = new StatusPoller({
    url: statusUrl,
    attempt,
    reference,
    aliases: adapter.statusAliases,
    request: (url) => backend.status(url),
    signal,
    onAnswer,
    onError: (error) => context.fail(error),
    maxWait: statusMaxWait,
    onGiveUp: () => context.report(waitedTooLong(poller.currentReference), 'element', undefined),
  });
  poller.start();
  return poller;
}
