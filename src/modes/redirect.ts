import type {ModeName, ProviderName} from '../types.js';
import {ATTEMPT_PARAM, paramsRecord, readReturnParams, withoutReturnParams} from '../urls.js';
import {StatusPoller, waitedTooLong, type StatusAnswer} from './status.js';
import type {Mode, ModeContext} from './types.js';

/**
 * `redirect` mode (SPEC §3, §4), both halves in one place:
 * - before leaving, the mode stores `{ attempt, provider, mode, reference, statusUrl }` in
 *   `sessionStorage` (never the link or token) and sends the whole page to the provider;
 * - back on the return URL, `takeRedirectReturn()` finds the stored attempt for the URL's marker,
 *   consumes it (a reload reports nothing) and cleans the URL; the attempt controller reports it once.
 *
 * - with a status URL, `RedirectVerdict` then polls it for the verdict, as the other modes do.
 *
 * No `kyc-ready`: the flow is never on this page. A page restored from the back/forward cache returns to
 * `idle` (the controller's `pageshow` handler).
 */
export class RedirectMode implements Mode {
  readonly name = 'redirect' as const;
  readonly coveredUntilReady = false;
  readonly awaitsVerdict = false;
  private root?: HTMLElement;
  private navigated = false;

  constructor(private readonly context: ModeContext) {}

  start(): void {
    const {attempt, adapter, session, statusUrl, container, strings} = this.context;
    const root = document.createElement('p');
    root.setAttribute('part', 'status');
    root.setAttribute('role', 'status');
    root.className = 'loading';
    root.textContent = strings.redirecting;
    container.append(root);
    this.root = root;
    rememberAttempt({attempt, provider: adapter.name, mode: 'redirect', reference: session.reference, statusUrl});
    this.navigated = true;
    location.assign(session.url!);
  }

  focusTarget(): HTMLElement | null {
    return null;
  }

  teardown(): void {
    // Ended before the page left (cancel, disconnect, a bfcache restore): its return must not count.
    if (this.navigated) forgetAttempt(this.context.attempt);
    this.root?.remove();
    this.root = undefined;
  }
}

/** What the return half of a redirect needs to follow the verdict. */
export type VerdictContext = Pick<ModeContext, 'attempt' | 'session' | 'adapter' | 'statusMaxWait' | 'signal' | 'backend' | 'report' | 'fail'> & {
  readonly statusUrl: string;
};

/**
 * Back from a top-level redirect with a status URL (SPEC §4): the return is reported as `completed` at
 * most (a return URL is a hint; `approved`/`rejected` there are not trusted), and this polls the status
 * endpoint for the verdict under the once-per-attempt rule, like QR and popup mode. It renders nothing.
 */
export class RedirectVerdict implements Mode {
  readonly name = 'redirect' as const;
  readonly coveredUntilReady = false;
  readonly awaitsVerdict = true;
  private poller?: StatusPoller;

  constructor(private readonly context: VerdictContext) {}

  start(): void {
    const {statusUrl, attempt, session, adapter, signal, backend, statusMaxWait} = this.context;
    this.poller = new StatusPoller({
      url: statusUrl,
      attempt,
      reference: session.reference,
      aliases: adapter.statusAliases,
      request: (url) => backend.status(url),
      signal,
      onAnswer: this.onAnswer,
      onError: (error) => this.context.fail(error),
      maxWait: statusMaxWait,
      onGiveUp: () => this.context.report(waitedTooLong(session.reference), 'element', undefined),
    });
    this.poller.start();
  }

  focusTarget(): HTMLElement | null {
    return null;
  }

  teardown(): void {
    this.poller?.stop();
    this.poller = undefined;
  }

  private readonly onAnswer = (answer: StatusAnswer, raw: unknown) => {
    if (answer.kind === 'result') this.context.report(answer.outcome, 'status', raw);
  };
}

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
