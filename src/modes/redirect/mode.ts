import type {Mode, ModeContext} from '../types.js';
import {forgetAttempt, rememberAttempt} from './storage.js';

/**
 * `redirect` mode (SPEC §3, §4), in three files under `modes/redirect/`:
 * - before leaving, the mode stores `{ attempt, provider, mode, reference, statusUrl }` in
 *   `sessionStorage` (never the link or token, `storage.ts`) and sends the whole page to the provider;
 * - back on the return URL, `takeRedirectReturn()` finds the stored attempt for the URL's marker,
 *   consumes it (a reload reports nothing) and cleans the URL; the attempt controller reports it once;
 * - with a status URL, `RedirectVerdict` (`verdict.ts`) then polls it for the verdict, as the other modes do.
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

