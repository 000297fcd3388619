import {providerLocaleFields} from '../providers/locales.js';
import {Aborted, KycError, httpRetryable} from '../result.js';
import type {AttemptSettings} from './controller.js';
import {parseOriginList} from '../urls.js';
import type {BackendPurpose, BackendRequest, ClientFacts, KycFetcher, ModeSetting, ProviderName} from '../types.js';

/**
 * The raw backend call (SPEC §2): headers, timeout, abort, the backend's own `{error}` answers. Part of
 * the element's entry, so the first session request leaves at the click without waiting for the engine
 * chunk; the engine's `AttemptBackend` (src/attempt/backend.ts) validates what comes back.
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

/** The backend client's settings from the element's: resolved once per attempt. */
export function backendSettings(settings: AttemptSettings, endpoint: URL | undefined): BackendSettings {
  return {
    url: endpoint?.href ?? '',
    fetcher: settings.fetcher,
    headers: settings.headers,
    body: settings.body,
    credentials: settings.credentials,
    timeoutMs: settings.timeoutMs,
    provider: settings.provider,
    allowedOrigins: parseOriginList(settings.allowedOrigins),
    // Where the page's own backend lives: the only origins a `statusUrl` may point at.
    backendOrigins: endpoint ? [location.origin, endpoint.origin] : [location.origin],
  };
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
 * One session request (`session`, `refresh` or `renew`): the SPEC §2 body with the attempt's facts and
 * the provider's locale. `provider` is the pinned one, or the one the attempt's first answer named.
 */
export function requestSession(
  settings: BackendSettings,
  facts: AttemptFacts,
  provider: ProviderName | 'auto',
  purpose: 'session' | 'refresh' | 'renew',
  idempotencyKey: string,
  extra: Record<string, unknown>,
  signal: AbortSignal,
): Promise<unknown> {
  const {attempt, returnUrl, locale, mode, client} = facts;
  return callBackend(
    settings,
    {
      purpose,
      url: settings.url,
      method: 'POST',
      idempotencyKey,
      errorPrefix: 'session',
      body: {...extra, purpose, attempt, returnUrl, locale, mode, provider: settings.provider, client, ...providerLocaleFields(provider, locale)},
    },
    signal,
  );
}

export interface BackendError {
  code: string;
  message?: string;
  retryable?: boolean;
}

/**
 * `{ error: { code, message, retryable } }`: a backend's own failure, passed through to `kyc-result`.
 * Checked by hand (this runs before the schema code has loaded): a non-empty string `code`, and
 * `message`/`retryable` of their types when present.
 */
export function backendError(value: unknown): BackendError | undefined {
  const error = value && typeof value === 'object' ? (value as {error?: unknown}).error : undefined;
  if (!error || typeof error !== 'object') return undefined;
  const {code, message, retryable} = error as Record<string, unknown>;
  if (typeof code !== 'string' || !code) return undefined;
  if (message !== undefined && typeof message !== 'string') return undefined;
  if (retryable !== undefined && typeof retryable !== 'boolean') return undefined;
  return {code, message, retryable};
}

/** `purpose: 'cancel'` for an attempt, best effort (`keepalive`, never aborted, never rejects). */
export function sendCancel(settings: BackendSettings, attempt: string): void {
  callBackend(
    settings,
    {purpose: 'cancel', url: settings.url, method: 'POST', idempotencyKey: `${attempt}:cancel`, errorPrefix: 'session', keepalive: true, body: {purpose: 'cancel', attempt}},
    new AbortController().signal,
  ).catch(() => undefined);
}

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
export async function callBackend(options: BackendSettings, spec: CallSpec, signal: AbortSignal): Promise<unknown> {
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
  const failure = backendError(value);
  if (failure) throw backendFailure(failure, false);
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
    const failure = backendError(value);
    if (failure) throw backendFailure(failure, httpRetryable(response.status));
    throw KycError.of(`${spec.errorPrefix}-http-${response.status}` as `session-http-${number}`);
  }
  if (!json) throw KycError.of('invalid-response', 'The verification service did not answer with JSON.');
  const failure = backendError(value);
  if (failure) throw backendFailure(failure, false);
  return value;
}

function backendFailure(error: BackendError, retryableByDefault: boolean) {
  return new KycError(error.code, error.retryable ?? retryableByDefault, error.message ?? 'The verification service refused the request.');
}
