import * as z from 'zod/mini';
import {detectSession, type Session} from './providers/index.js';
import {Aborted, KycError, httpRetryable} from './result.js';
import {safeFlowUrl} from './urls.js';
import type {BackendPurpose, BackendRequest, KycFetcher, ProviderName} from './types.js';

/** How the element reaches the page's backend: HTTP to `endpoint`, or the host's own `fetcher`. */
export interface BackendOptions {
  endpoint?: string;
  fetcher?: KycFetcher;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  credentials: RequestCredentials;
  /** Milliseconds before a call ends as `<prefix>-timeout` (default 15 000). */
  timeoutMs: number;
}


/** `{ error: { code, message, retryable } }`: a backend's own failure, passed through to `kyc-result`. */
const BackendFailure = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1)),
    message: z.optional(z.string()),
    retryable: z.optional(z.boolean()),
  }),
});

export interface CallSpec {
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
export async function callBackend(options: BackendOptions, spec: CallSpec, signal: AbortSignal): Promise<unknown> {
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

async function viaHttp(options: BackendOptions, request: BackendRequest, spec: CallSpec, signal: AbortSignal): Promise<unknown> {
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
    const url = safeFlowUrl(session.url, allowedOrigins);
    if (!url) throw KycError.of('unsafe-url');
    session.url = url.href;
  }
  if (session.handoffUrl !== undefined) {
    // The host's own short link: its origin or an allowed one.
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
