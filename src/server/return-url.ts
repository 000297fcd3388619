import {HandlerError} from './http.js';

/** The marker the element sets on its return URL: the attempt id. */
export const ATTEMPT_PARAM = 'kyc_attempt';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `https://shop.example`-style origins, normalised (`new URL(x).origin`); throws on a bad entry. */
export function normaliseOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    const url = new URL(origin);
    if (url.origin === 'null') throw new TypeError(`not an http(s) origin: ${origin}`);
    return url.origin;
  });
}

/**
 * The element's `returnUrl`, accepted only on the host's own origins (`returnOrigins`), so the session
 * endpoint is no open redirect: a provider would otherwise send the user, with fresh result params, to
 * any site a caller names. `https:` only (`http:` on loopback). The `kyc_attempt` marker is kept and
 * must be this attempt's; when the element sent none it is set. Throws a 400 `return-url` error.
 */
export function checkReturnUrl(value: string | undefined, attempt: string, returnOrigins: readonly string[]): URL {
  const refuse = (message: string) => new HandlerError(400, 'return-url', message, false);
  if (!value) throw refuse('The request has no returnUrl.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('The returnUrl is not an absolute URL.');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) throw refuse('The returnUrl must be https.');
  if (url.username || url.password) throw refuse('The returnUrl must not carry credentials.');
  if (!returnOrigins.includes(url.origin)) throw refuse('The returnUrl is not on an origin this server returns to.');
  const marker = url.searchParams.getAll(ATTEMPT_PARAM);
  if (marker.length > 1 || (marker.length === 1 && marker[0] !== attempt)) throw refuse('The returnUrl carries another attempt.');
  if (!marker.length) url.searchParams.set(ATTEMPT_PARAM, attempt);
  // The hash is kept: a hash-routed app sets a return-url with its route in it (README).
  return url;
}

/** The return URL with more params set (Sumsub's `status=ok` / `status=reject`), marker kept. */
export function withParams(url: URL, params: Record<string, string>): string {
  const copy = new URL(url.href);
  for (const [key, value] of Object.entries(params)) copy.searchParams.set(key, value);
  return copy.href;
}
