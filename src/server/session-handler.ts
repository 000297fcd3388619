import {HandlerError, json, readBody} from './http.js';
import {providerHttp, type CommonOptions, type Identify, type KycHandler} from './options.js';
import {serverAdapter, type ProviderConfig} from './providers/index.js';
import {checkReturnUrl, normaliseOrigins} from './return-url.js';
import {MemoryStore, type KycStore} from './store.js';
import {SessionRequest, type KycUser} from './types.js';

export type SessionHandlerOptions = ProviderConfig &
  CommonOptions & {
    /** The host's own auth: who is asking. Null or undefined → 401. */
    identify: Identify<KycUser>;
    /**
     * Origins the element's `returnUrl` may point at (`https://shop.example`). Default: the origin of
     * the request itself. Anything else is refused (no open redirect).
     */
    returnOrigins?: string[];
    /** The status route the element polls (absolute, or relative to the page), sent as `statusUrl`. */
    statusUrl?: string;
    /** Where attempts are recorded for the status endpoint. Default: an in-memory store (demo only). */
    store?: KycStore;
    /** How long a repeated `Idempotency-Key` answers the same session (ms, default 5 minutes). */
    idempotencyWindowMs?: number;
  };

interface Replay {
  until: number;
  answer: Promise<{status: number; body: unknown}>;
}

/**
 * `createSessionHandler({ provider, credentials, identify, … })` → `(request) => Promise<Response>`
 * for the element's `endpoint` (SPEC §2): reads the request, asks `identify` who the user is, creates
 * the provider session and answers with the normalized shape
 * `{ provider, url?, token?, expiresAt?, reference?, statusUrl? }`. `purpose: 'cancel'` revokes the link
 * where the provider can and answers 204.
 */
export function createSessionHandler(options: SessionHandlerOptions): KycHandler {
  const adapter = serverAdapter(options);
  const http = providerHttp(options.provider, options);
  const store = options.store ?? new MemoryStore();
  const now = options.now ?? Date.now;
  const window = options.idempotencyWindowMs ?? 5 * 60_000;
  const fixedOrigins = options.returnOrigins ? normaliseOrigins(options.returnOrigins) : undefined;
  const onError = options.onError ?? ((error: unknown) => console.error('kyc-verify/server:', error));
  const replays = new Map<string, Replay>();
  if (options.provider === 'trusset' && !options.statusUrl) {
    // Trusset has no redirect contract: without a status URL the element could never learn the outcome.
    throw new TypeError('kyc-verify/server: Trusset needs a statusUrl (the element learns the outcome by polling).');
  }

  const prune = (at: number) => {
    for (const [key, replay] of replays) if (replay.until <= at) replays.delete(key);
  };

  async function create(request: SessionRequest, user: KycUser, key: string, origins: string[], started: number, firstCreatedAt: number | undefined) {
    const returnUrl = checkReturnUrl(request.returnUrl, request.attempt, origins);
    const created = await adapter.createSession({request, user, returnUrl, idempotencyKey: key, http, now: started});
    await store.saveAttempt({
      attempt: request.attempt,
      provider: adapter.name,
      userId: user.id,
      subject: created.subject,
      ...(created.reference ? {reference: created.reference} : {}),
      ...(created.details ? {details: created.details} : {}),
      ...(created.expiresAt ? {expiresAt: created.expiresAt} : {}),
      // A refresh or renewal is the same attempt: it started when its first session did, so events
      // between the two (a Sumsub applicantPending before a token refresh) still count for it.
      createdAt: firstCreatedAt ?? started,
    });
    const body = {provider: adapter.name, ...created.answer, ...(options.statusUrl ? {statusUrl: options.statusUrl} : {})};
    return {status: 200, body};
  }

  return async (httpRequest) => {
    try {
      if (httpRequest.method !== 'POST') throw new HandlerError(405, 'method-not-allowed', 'Use POST.', false, {Allow: 'POST'});
      // A cross-site form cannot send JSON without a CORS preflight: requiring it keeps CSRF out.
      if (!/^application\/json\b/i.test(httpRequest.headers.get('content-type') ?? '')) {
        throw new HandlerError(415, 'bad-request', 'Send the request as application/json.', false);
      }
      let raw: unknown;
      try {
        raw = JSON.parse(await readBody(httpRequest));
      } catch (error) {
        if (error instanceof HandlerError) throw error;
        throw new HandlerError(400, 'bad-request', 'The request body is not JSON.', false);
      }
      const parsed = SessionRequest.safeParse(raw);
      if (!parsed.success) throw new HandlerError(400, 'bad-request', 'The request is not a kyc-verify session request.', false);
      const request = parsed.data;

      const user = await options.identify(httpRequest);
      if (!user || typeof user.id !== 'string' || !user.id) throw new HandlerError(401, 'unauthenticated', 'Sign in to verify your identity.', false);

      const existing = await store.getAttempt(request.attempt);
      if (existing && existing.userId !== user.id) throw new HandlerError(409, 'attempt-conflict', 'This attempt belongs to another session.', false);

      if (request.purpose === 'cancel') {
        if (existing && adapter.cancel) await adapter.cancel(existing, http).catch(onError);
        return new Response(null, {status: 204, headers: {'Cache-Control': 'no-store'}});
      }

      const given = httpRequest.headers.get('idempotency-key')?.trim();
      if (given && given !== request.attempt && !given.startsWith(`${request.attempt}:`)) {
        throw new HandlerError(400, 'bad-request', 'The Idempotency-Key does not belong to this attempt.', false);
      }
      const key = given || (request.purpose === 'session' ? request.attempt : `${request.attempt}:${request.purpose}:${crypto.randomUUID()}`);

      const started = now();
      prune(started);
      const replayKey = `${user.id}\n${key}`;
      let replay = replays.get(replayKey);
      if (!replay) {
        const origins = fixedOrigins ?? [new URL(httpRequest.url).origin];
        const answer = create(request, user, key, origins, started, existing?.createdAt);
        replay = {until: started + window, answer};
        replays.set(replayKey, replay);
        // Only a success is replayed: a retry after a failure asks the provider again.
        answer.catch(() => replays.delete(replayKey));
      }
      const {status, body} = await replay.answer;
      return json(status, body);
    } catch (error) {
      if (error instanceof HandlerError) return error.toResponse();
      onError(error);
      return new HandlerError(500, 'server-error', 'The verification service failed.', true).toResponse();
    }
  };
}
