import {HandlerError, json} from './http.js';
import {providerHttp, type CommonOptions, type Identify, type KycHandler} from './options.js';
import {serverAdapter, type ProviderConfig, type ServerAdapter} from './providers/index.js';
import {MemoryStore, type KycStore} from './store.js';
import type {AttemptRecord, KycUser, Verdict} from './types.js';

export interface StatusHandlerOptions extends CommonOptions {
  /** The store the session and webhook handlers write to. */
  store: KycStore;
  /**
   * The host's own auth. When given (recommended), the endpoint answers only the user who started
   * the attempt; others get a 404, as for an unknown attempt.
   */
  identify?: Identify<Pick<KycUser, 'id'>>;
  /**
   * Providers whose outcome is read back over their API when no webhook has told it yet: Trusset
   * (no webhooks at all) and Jumio (its callbacks are only hints). Same shape as the session handler's.
   */
  readBack?: ProviderConfig[];
  /** At most one read-back per attempt this often (ms, default 10 000). */
  readBackIntervalMs?: number;
}

const FINAL = new Set(['approved', 'rejected', 'cancelled', 'expired', 'error']);

/**
 * `createStatusHandler({ store })` → the element's status endpoint (SPEC §4):
 * `GET ?attempt=…&reference=…` answers `{ status, code?, message?, retryable? }` from what the webhooks
 * (and read-backs) stored: `pending` until something is known; a verdict older than the attempt
 * does not count for it.
 */
export function createStatusHandler(options: StatusHandlerOptions): KycHandler {
  const store = options.store ?? new MemoryStore();
  const now = options.now ?? Date.now;
  const interval = options.readBackIntervalMs ?? 10_000;
  const onError = options.onError ?? ((error: unknown) => console.error('kyc-verify/server:', error));
  const readers = new Map<string, {adapter: ServerAdapter; http: ReturnType<typeof providerHttp>}>();
  for (const config of options.readBack ?? []) readers.set(config.provider, {adapter: serverAdapter(config), http: providerHttp(config.provider, options)});
  const lastRead = new Map<string, number>();

  async function readBack(record: AttemptRecord, at: number): Promise<Verdict | undefined> {
    const reader = readers.get(record.provider);
    if (!reader?.adapter.readStatus) return undefined;
    if ((lastRead.get(record.attempt) ?? -Infinity) > at - interval) return undefined;
    lastRead.set(record.attempt, at);
    for (const [attempt, time] of lastRead) if (time < at - 3600_000) lastRead.delete(attempt);
    try {
      const verdict = await reader.adapter.readStatus(record, reader.http, at);
      if (verdict) await store.putVerdict(record.subject, verdict);
      return verdict;
    } catch (error) {
      // A provider that fails now is asked again on a later poll; the element keeps polling.
      onError(error);
      return undefined;
    }
  }

  return async (request) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') throw new HandlerError(405, 'method-not-allowed', 'Use GET.', false, {Allow: 'GET'});
      const attempt = new URL(request.url).searchParams.get('attempt');
      if (!attempt) throw new HandlerError(400, 'bad-request', 'The request has no attempt.', false);
      const user = options.identify ? await options.identify(request) : undefined;
      if (options.identify && !user?.id) throw new HandlerError(401, 'unauthenticated', 'Sign in to see this verification.', false);
      const record = await store.getAttempt(attempt);
      if (!record || (user && record.userId !== user.id)) throw new HandlerError(404, 'unknown-attempt', 'This verification is not known here.', false);

      const at = now();
      let verdict = await store.getVerdict(record.subject);
      // A verdict about this subject from before the attempt (an earlier run of a user-level provider)
      // says nothing about this attempt.
      if (verdict && verdict.at < record.createdAt) verdict = undefined;
      if (!verdict || !FINAL.has(verdict.status)) verdict = (await readBack(record, at)) ?? verdict;
      if (!verdict && record.expiresAt !== undefined && at > record.expiresAt) {
        return json(200, {status: 'expired', retryable: true, code: 'expired'});
      }
      if (!verdict) return json(200, {status: 'pending'});
      const {status, code, message, retryable} = verdict;
      return json(200, {status, ...(code ? {code} : {}), ...(message ? {message} : {}), ...(retryable !== undefined ? {retryable} : {})});
    } catch (error) {
      if (error instanceof HandlerError) return error.toResponse();
      onError(error);
      return new HandlerError(500, 'server-error', 'The verification service failed.', true).toResponse();
    }
  };
}
