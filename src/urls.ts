/**
 * The URLs the element builds and reads (SPEC §2, §4): the endpoint, the marked return URL and the
 * params a provider appends to it. What the element will load is in url-rules.ts (engine side).
 */
import {KycError} from './result.js';

/** Marker the element sets on the return URL; its value is the attempt id. */
export const ATTEMPT_PARAM = 'kyc_attempt';

/** Splits the `allowed-origins` attribute; an empty value means "no restriction beyond the URL rules". */
export const parseOriginList = (value: string | null | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/** `location.href` without its hash and without `kyc_*` params: the default `return-url`. */
export function defaultReturnUrl(): string {
  const url = new URL(location.href);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('kyc_')) url.searchParams.delete(key);
  return url.href;
}

/**
 * Where the backend lives (SPEC §1): `endpoint` resolved against the document, or undefined when only
 * a `fetcher` is set. Throws `config` when there is neither, or when `endpoint` does not parse (a
 * `fetcher` does not make a broken `endpoint` right).
 */
export function resolveEndpoint(endpoint: string | undefined, hasFetcher: boolean): URL | undefined {
  if (!endpoint) {
    if (hasFetcher) return undefined;
    throw KycError.of('config');
  }
  try {
    return new URL(endpoint, document.baseURI);
  } catch {
    throw KycError.of('config', 'The endpoint is not a valid URL.');
  }
}

/** The return URL sent to the backend: resolved against `document.baseURI`, marker set last; `config` when it does not parse. */
export function markedReturnUrl(returnUrl: string | undefined, attempt: string): string {
  let url: URL;
  try {
    url = new URL(returnUrl || defaultReturnUrl(), document.baseURI);
  } catch {
    throw KycError.of('config', 'The return-url is not a valid URL.');
  }
  url.searchParams.delete(ATTEMPT_PARAM);
  url.searchParams.set(ATTEMPT_PARAM, attempt);
  return url.href;
}

/**
 * Splits a URL into what precedes its query, its query and its hash. Providers append `?status=…` to a
 * URL that already has a query (`/kyc?order=1&kyc_attempt=A?status=success`), so every `?` after the
 * first is read as `&`. `query` is null when there is none.
 */
export function splitQuery(href: string): {path: string; query: string | null; hash: string} {
  const [base, hash = ''] = href.split('#');
  const start = base.indexOf('?');
  if (start < 0) return {path: base, query: null, hash};
  return {path: base.slice(0, start), query: base.slice(start + 1).replace(/\?/g, '&'), hash};
}

/** Reads the query of a return URL (see `splitQuery` for providers that add a second `?`). */
export function readReturnParams(href: string): URLSearchParams {
  return new URLSearchParams(splitQuery(href).query ?? '');
}

/** Resolves a backend URL against the document and sets query params without losing existing ones. */
export function backendUrl(value: string, params: Record<string, string | undefined> = {}): URL {
  const url = new URL(value, document.baseURI);
  for (const [key, param] of Object.entries(params)) if (param) url.searchParams.set(key, param);
  return url;
}
