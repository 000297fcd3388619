import * as z from '../schema.js';
import {detectSession, type Session} from '../providers/index.js';
import {providerLocaleFields} from '../providers/locales.js';
import {Aborted, KycError, httpRetryable} from '../result.js';
import type {ModeBackend} from '../modes/types.js';
import {MAX_URL_LENGTH, safeFlowUrl} from '../urls.js';
import type {BackendPurpose, BackendRequest, ClientFacts, KycFetcher, ModeSetting, ProviderName} from '../types.js';

/**
 * The backend client (SPEC §2): everything the element and its modes ask of the page's backend, one
 * method per purpose. Built once per attempt from the element's settings, so `endpoint`/`fetcher`,
 * headers, credentials and the timeout are resolved in one place; every call is aborted with the
 * attempt. Part of the lazily loaded engine.
 */

/** How the element reaches the page's backend: HTTP to `url`, or the host's own `fetcher`. */
export interface BackendSettings {
  /** The endpoint, resolved against the document (`''` when only a `fetcher` is set). */
  url: string;
  fetcher?: KycFetcher;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  credentials: RequestCredentials;
  /** Milliseconds before a call ends as `<prefix>-timeout`. */
  timeoutMs: number;
  /** The `provider` attribute: pins the adapter that reads session answers. */
  provider: ProviderName | 'auto';
  /** `allowed-origins`, split. */
  allowedOrigins: string[];
  /** Where the page's own backend lives (this page and the endpoint): the only origins of a `statusUrl`. */
  backendOrigins: string[];
}

/** The SPEC §2 request body fields that identify one attempt. */
export interface AttemptFacts {
  attempt: string;
  returnUrl: string;
  locale: string;
  mode: ModeSetting;
  client: ClientFacts;
}

/**
 * The backend as one attempt sees it: every call carries the attempt and is aborted with it. It is
 * the `ModeBackend` that modes receive.
 */
export class AttemptBackend implements ModeBackend {
  /** Later sessions of the attempt are read with the first one's provider. */
  private provider: ProviderName | 'auto';

  constructor(
    private readonly settings: BackendSettings,
    private readonly facts: AttemptFacts,
    private readonly signal: AbortSignal,
  ) {
    this.provider = settings.provider;
  }

  /** `purpose: 'session'`: the attempt's link or token, validated (SPEC §2, §5). */
  async session(): Promise<Session> {
    const session = await this.post('session', this.facts.attempt, {});
    this.provider = session.provider;
    return session;
  }

  /** `purpose: 'refresh'`: a fresh SDK token for the same attempt; `n` counts from 1. */
  refresh(n: number): Promise<Session> {
    return this.post('refresh', `${this.facts.attempt}:refresh:${n}`, {refresh: true});
  }

  /** `purpose: 'renew'`: a fresh link for an unused QR code; `n` counts from 1. */
  renew(n: number): Promise<Session> {
    return this.post('renew', `${this.facts.attempt}:renew:${n}`, {});
  }

  /**
   * `purpose: 'status'`: one `GET` of a status URL (the caller sets `attempt` and `reference` on it).
   * Errors are `status-http-<n>` / `status-timeout`.
   */
  status(url: string): Promise<unknown> {
    return callBackend(this.settings, {purpose: 'status', url, method: 'GET', errorPrefix: 'status'}, this.signal);
  }

  /**
   * `purpose: 'cancel'`, best effort: sent with `keepalive` and not aborted with the attempt (it is
   * sent because the attempt ended), so the backend can revoke the link. Never rejects.
   */
  cancel(): void {
    sendCancel(this.settings, this.facts.attempt);
  }

  private async post(purpose: 'session' | 'refresh' | 'renew', idempotencyKey: string, extra: Record<string, unknown>): Promise<Session> {
    const {attempt, returnUrl, locale, mode, client} = this.facts;
    const raw = await callBackend(
      this.settings,
      {
        purpose,
        url: this.settings.url,
        method: 'POST',
        idempotencyKey,
        errorPrefix: 'session',
        body: {...extra, purpose, attempt, returnUrl, locale, mode, provider: this.settings.provider, client, ...providerLocaleFields(this.provider, locale)},
      },
      this.signal,
    );
    return openSession(raw, this.provider, this.settings.allowedOrigins, this.settings.backendOrigins);
  }
}


/** `{ error: { code, message, retryable } }`: a backend's own failure, passed through to `kyc-result`. */
const BackendFailure = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1)),
    message: z.optional(z.string()),
    retryable: z.optional(z.boolean()),
  }),
});

/** `purpose: 'cancel'` for an attempt, best effort (`keepalive`, never aborted, never rejects). */
export function sendCancel(settings: BackendSettings, attempt: string): void {
  callBackend(
    settings,
    {purpose: 'cancel', url: settings.url, method: 'POST', idempotencyKey: `${attempt}:cancel`, errorPrefix: 'session', keepalive: true, body: {purpose: 'cancel', attempt}},
    new AbortController().signal,
  ).catch(() => undefined);
}

interface CallSpec {
  purpose: BackendPurpose;
  url: string;
  method: 'POST' | 'GET';
  idempotencyKey?: string;
  body?: Record<string, unknown>;
  /** `session` or `status`: the prefix of this call's error codes. */
  errorPrefix: 'session' | 'status';
  keepalive?: boolean;
}

/**
 * One backend call with the SPEC §2 headers, a timeout and the caller's abort signal. Resolves to the
 * parsed JSON body; rejects with a `KycError` (codes `network`, `<prefix>-timeout`,
 * `<prefix>-http-<n>`, `invalid-response`, or the backend's own `error.code`) or `Aborted`.
 */
async function callBackend(options: BackendSettings, spec: CallSpec, signal: AbortSignal): Promise<unknown> {
  const own: Record<string, string> = {};
  if (spec.method === 'POST') own['Content-Type'] = 'application/json';
  if (spec.idempotencyKey) own['Idempotency-Key'] = spec.idempotencyKey;
  // The element's own headers win, whatever the case of the host's (`fetch` would join both values).
  const ownNames = Object.keys(own).map((name) => name.toLowerCase());
  const extra = Object.entries(options.headers ?? {}).filter(([name]) => !ownNames.includes(name.toLowerCase()));
  const headers: Record<string, string> = {...Object.fromEntries(extra), ...own};
  const body = spec.body ? {...(options.body ?? {}), ...spec.body} : undefined;
  const request: BackendRequest = {purpose: spec.purpose, url: spec.url, method: spec.method, headers, body};

  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopped = new Promise<never>((_, reject) => {
    const fail = () => reject(timedOut ? KycError.of(`${spec.errorPrefix}-timeout` as const) : new Aborted());
    controller.signal.addEventListener('abort', fail);
    if (options.timeoutMs > 0 && Number.isFinite(options.timeoutMs)) {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeoutMs);
    }
  });
  stopped.catch(() => undefined);
  try {
    if (signal.aborted) throw new Aborted();
    const work = options.fetcher ? viaFetcher(options.fetcher, request, controller.signal) : viaHttp(options, request, spec, controller.signal);
    return await Promise.race([work, stopped]);
  } catch (error) {
    if (timedOut) throw KycError.of(`${spec.errorPrefix}-timeout` as const);
    if (signal.aborted || error instanceof Aborted) throw new Aborted();
    throw error instanceof KycError ? error : KycError.of('network');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

async function viaFetcher(fetcher: KycFetcher, request: BackendRequest, signal: AbortSignal): Promise<unknown> {
  let value: unknown;
  try {
    value = await fetcher(request, signal);
  } catch (error) {
    if (error instanceof KycError) throw error;
    throw KycError.of('network');
  }
  const failure = BackendFailure.safeParse(value);
  if (failure.success) throw backendFailure(failure.data.error, false);
  return value;
}

async function viaHttp(options: BackendSettings, request: BackendRequest, spec: CallSpec, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body ? JSON.stringify(request.body) : undefined,
    credentials: options.credentials,
    signal,
    keepalive: spec.keepalive,
    // The backend answers with bearer links: never let a cache keep them.
    cache: 'no-store',
  });
  const text = await response.text();
  let value: unknown;
  let json = true;
  try {
    value = JSON.parse(text);
  } catch {
    json = false;
  }
  if (!response.ok) {
    const failure = BackendFailure.safeParse(value);
    if (failure.success) throw backendFailure(failure.data.error, httpRetryable(response.status));
    throw KycError.of(`${spec.errorPrefix}-http-${response.status}` as `session-http-${number}`);
  }
  if (!json) throw KycError.of('invalid-response', 'The verification service did not answer with JSON.');
  const failure = BackendFailure.safeParse(value);
  if (failure.success) throw backendFailure(failure.data.error, false);
  return value;
}

function backendFailure(error: {code: string; message?: string; retryable?: boolean}, retryableByDefault: boolean) {
  return new KycError(error.code, error.retryable ?? retryableByDefault, error.message ?? 'The verification service refused the request.');
}

/**
 * Validates a session answer (SPEC §2, §5): detects the provider, then refuses URLs the page must not
 * load. `backendOrigins` are where the page's own backend lives (the page and the endpoint): the only
 * origins a `statusUrl` may point at, since status calls carry the host's `headers`. Throws
 * `invalid-response` or `unsafe-url`.
 */
export function openSession(raw: unknown, pinned: ProviderName | 'auto', allowedOrigins: string[], backendOrigins: string[] = [location.origin]): Session {
  const session = detectSession(raw, pinned);
  if (!session) throw KycError.of('invalid-response');
  if (session.url !== undefined) {
    if (session.url.length > MAX_URL_LENGTH) throw KycError.of('invalid-response', 'The verification link is longer than a browser loads.');
    const url = safeFlowUrl(session.url, allowedOrigins);
    if (!url) throw KycError.of('unsafe-url');
    session.url = url.href;
  }
  if (session.handoffUrl !== undefined) {
    // The host's own short link: its origin or an allowed one.
    if (session.handoffUrl.length > MAX_URL_LENGTH) throw KycError.of('invalid-response', 'The hand-off link is longer than a browser loads.');
    const url = safeFlowUrl(session.handoffUrl, []);
    const ownOrAllowed = url && (url.origin === location.origin || !allowedOrigins.length || safeFlowUrl(url.href, allowedOrigins));
    if (!url || !ownOrAllowed) throw KycError.of('unsafe-url', 'The hand-off link is not allowed on this page.');
    session.handoffUrl = url.href;
  }
  if (session.statusUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(session.statusUrl, document.baseURI);
    } catch {
      url = undefined;
    }
    if (!url || !backendOrigins.includes(url.origin) || !/^https?:$/.test(url.protocol)) {
      throw KycError.of('unsafe-url', 'The status URL is not allowed on this page.');
    }
    session.statusUrl = url.href;
  }
  return session;
}
