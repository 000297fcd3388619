import {detectSession, type Session} from '../providers/index.js';
import {KycError} from '../result.js';
import type {ModeBackend} from '../modes/types.js';
import {MAX_URL_LENGTH, safeFlowUrl} from '../url-rules.js';
import type {ProviderName} from '../types.js';
import {callBackend, requestSession, sendCancel, type AttemptFacts, type BackendSettings} from './backend-call.js';

/**
 * The backend client (SPEC §2): everything the element and its modes ask of the page's backend, one
 * method per purpose, every answer validated. Built once per attempt from the element's settings, so
 * `endpoint`/`fetcher`, headers, credentials and the timeout are resolved in one place; every call is
 * aborted with the attempt. Part of the lazily loaded engine; the raw calls are in backend-call.ts.
 */

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
    /** The first session request, when the element sent it at the click, before this chunk had loaded. */
    private readonly firstAnswer?: Promise<unknown>,
  ) {
    this.provider = settings.provider;
  }

  /** `purpose: 'session'`: the attempt's link or token, validated (SPEC §2, §5). */
  async session(): Promise<Session> {
    const raw = await (this.firstAnswer ?? requestSession(this.settings, this.facts, this.provider, 'session', this.facts.attempt, {}, this.signal));
    const session = this.open(raw);
    this.provider = session.provider;
    return session;
  }

  /** `purpose: 'refresh'`: a fresh SDK token for the same attempt; `n` counts from 1. */
  async refresh(n: number): Promise<Session> {
    return this.open(await requestSession(this.settings, this.facts, this.provider, 'refresh', `${this.facts.attempt}:refresh:${n}`, {refresh: true}, this.signal));
  }

  /** `purpose: 'renew'`: a fresh link for an unused QR code; `n` counts from 1. */
  async renew(n: number): Promise<Session> {
    return this.open(await requestSession(this.settings, this.facts, this.provider, 'renew', `${this.facts.attempt}:renew:${n}`, {}, this.signal));
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

  private open(raw: unknown): Session {
    return openSession(raw, this.provider, this.settings.allowedOrigins, this.settings.backendOrigins);
  }
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
