import {html, render} from 'lit';
import {forgetAttempt, rememberAttempt} from '../return-bridge.js';
import type {Mode, ModeContext} from './types.js';

/**
 * `redirect` mode (SPEC §3): the whole page goes to the provider and comes back to the return URL.
 * Before navigating it stores `{ attempt, provider, mode, reference, statusUrl }` in `sessionStorage`
 * (never the link or token); the element on the return page reports the result once (SPEC §4). No
 * `kyc-ready`: the flow is never on this page. A page restored from the back/forward cache returns to
 * `idle` (the element's `pageshow` handler).
 */
export class RedirectMode implements Mode {
  readonly name = 'redirect' as const;
  readonly awaitsVerdict = false;
  private root?: HTMLElement;
  private navigated = false;

  constructor(private readonly context: ModeContext) {}

  start(): void {
    const {attempt, adapter, session, statusUrl, container, strings} = this.context;
    const root = document.createElement('div');
    container.append(root);
    render(html`<p part="status" class="loading" role="status">${strings.redirecting}</p>`, root);
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
