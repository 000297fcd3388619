/**
 * The SPEC §2 answers of the handlers and the one place provider HTTP happens: a `fetch` with a
 * timeout, whose failures become `ProviderError`s that never carry the provider's body, a token or a
 * secret.
 */

/** The SPEC §2 error body: `{ error: { code, message, retryable } }`. */
export interface ErrorBody {
  error: {code: string; message: string; retryable: boolean};
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    // Session answers hold bearer links and tokens: no cache may keep them.
    headers: {'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers},
  });
}

/** A failure answered to the element; `status` is the HTTP status the handler answers with. */
export class HandlerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toResponse(): Response {
    const body: ErrorBody = {error: {code: this.code, message: this.message, retryable: this.retryable}};
    return json(this.status, body, this.headers);
  }
}

/**
 * A provider call that failed. The element sees `provider-http-<n>` (429 and 5xx retryable, other 4xx
 * not), `provider-timeout` (504, retryable), `provider-network` (retryable) or `provider-invalid-response`
 * (not retryable): never the provider's own body, which may echo personal data or credentials.
 */
export class ProviderError extends HandlerError {
  static http(provider: string, status: number, retryAfter?: string | null): ProviderError {
    const retryable = status === 429 || status >= 500 || status === 408;
    const message =
      status === 401 || status === 403
        ? `${label(provider)} refused the server's credentials.`
        : status === 429
          ? `${label(provider)} is busy: try again in a moment.`
          : retryable
            ? `${label(provider)} is unavailable: try again in a moment.`
            : `${label(provider)} refused the request.`;
    // 503 tells the browser "try again"; 502 says the upstream refused for good.
    const headers: Record<string, string> = retryAfter && /^\d+$/.test(retryAfter) ? {'Retry-After': retryAfter} : {};
    return new ProviderError(retryable ? 503 : 502, `provider-http-${status}`, message, retryable, headers);
  }

  static timeout(provider: string): ProviderError {
    return new ProviderError(504, 'provider-timeout', `${label(provider)} did not answer in time.`, true);
  }

  static network(provider: string): ProviderError {
    return new ProviderError(502, 'provider-network', `${label(provider)} could not be reached.`, true);
  }

  static invalid(provider: string): ProviderError {
    return new ProviderError(502, 'provider-invalid-response', `${label(provider)} sent an answer this server cannot use.`, false);
  }
}

const LABELS: Record<string, string> = {sumsub: 'Sumsub', jumio: 'Jumio', smile: 'Smile ID', trusset: 'Trusset', grid: 'Lightspark Grid'};
const label = (provider: string) => LABELS[provider] ?? 'The verification provider';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface ProviderHttp {
  provider: string;
  fetch: FetchLike;
  /** Milliseconds before a provider call ends as `provider-timeout` (504). */
  timeoutMs: number;
}

/**
 * One provider request. Resolves to the parsed JSON of a 2xx answer (null for an empty body); rejects
 * with a `ProviderError` otherwise. The timeout covers the body too: a provider that sends headers and
 * then stalls is a timeout as well.
 */
export async function providerFetch(http: ProviderHttp, url: string, init: RequestInit): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, http.timeoutMs);
  try {
    const response = await http.fetch(url, {...init, signal: controller.signal, redirect: 'error'});
    const text = await response.text();
    if (!response.ok) throw ProviderError.http(http.provider, response.status, response.headers.get('retry-after'));
    if (!text.trim()) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw ProviderError.invalid(http.provider);
    }
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    if (timedOut) throw ProviderError.timeout(http.provider);
    throw ProviderError.network(http.provider);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a request body as text, refusing more than `limit` bytes (413). */
export async function readBody(request: Request, limit = 256 * 1024): Promise<string> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > limit) throw new HandlerError(413, 'bad-request', 'The request body is too large.', false);
  const text = await request.text();
  if (new TextEncoder().encode(text).length > limit) throw new HandlerError(413, 'bad-request', 'The request body is too large.', false);
  return text;
}

/** Reads a request body as bytes, refusing more than `limit` bytes (413): webhooks verify these. */
export async function readBytes(request: Request, limit = 1024 * 1024): Promise<Uint8Array<ArrayBuffer>> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > limit) throw new HandlerError(413, 'bad-request', 'The request body is too large.', false);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > limit) throw new HandlerError(413, 'bad-request', 'The request body is too large.', false);
  return bytes;
}
