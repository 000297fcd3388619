import type {ModeName, ProviderName} from '../../types.js';
import {paramsRecord, withoutReturnParams} from '../../return-params.js';
import {ATTEMPT_PARAM, readReturnParams} from '../../urls.js';

/**
 * The storage half of `redirect` mode (SPEC §4), kept apart from the mode so the element's entry can
 * recognise a top-level return without loading any mode: what is stored before leaving, and how the
 * return page takes it back, once.
 */

/** What redirect mode keeps in `sessionStorage` before navigating: never the link or token. */
export interface StoredAttempt {
  attempt: string;
  provider: ProviderName;
  mode: ModeName;
  reference?: string;
  statusUrl?: string;
}

const storageKey = (attempt: string) => `kyc-verify:attempt:${attempt}`;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked (sandboxed frame, privacy settings)
  }
}

/** Remembers a redirect attempt so the return page can report it once. */
export function rememberAttempt(record: StoredAttempt): void {
  const {attempt, provider, mode, reference, statusUrl} = record;
  storage()?.setItem(storageKey(attempt), JSON.stringify({attempt, provider, mode, reference, statusUrl}));
}

/** Reads and consumes a stored attempt: a second call for the same attempt finds nothing. */
function takeAttempt(attempt: string): StoredAttempt | null {
  const store = storage();
  const raw = store?.getItem(storageKey(attempt));
  if (!store || !raw) return null;
  store.removeItem(storageKey(attempt));
  try {
    const value = JSON.parse(raw) as StoredAttempt;
    return value && value.attempt === attempt ? value : null;
  } catch {
    return null;
  }
}

/** True while a stored attempt waits for its return. */
export const hasStoredAttempt = (attempt: string) => !!storage()?.getItem(storageKey(attempt));

/** Drops a stored attempt that will not come back. */
export const forgetAttempt = (attempt: string) => storage()?.removeItem(storageKey(attempt));

/** A redirect attempt of this tab, back on its return URL: what was stored, and the provider's params. */
export interface RedirectReturn {
  stored: StoredAttempt;
  params: Record<string, string>;
}

/**
 * On a URL whose `kyc_attempt` marker names an attempt this tab stored before its redirect: consumes
 * it, removes the marker and the provider's params from the address bar, and returns both. Null
 * otherwise (no marker, or an attempt of another tab or device).
 */
export function takeRedirectReturn(href = location.href): RedirectReturn | null {
  const query = readReturnParams(href);
  const attempt = query.get(ATTEMPT_PARAM);
  const stored = attempt ? takeAttempt(attempt) : null;
  if (!stored) return null;
  history.replaceState(history.state, '', withoutReturnParams(href));
  return {stored, params: paramsRecord(query)};
}
