import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {createRef, ref} from 'lit/directives/ref.js';
import {clientFacts, newAttemptId, pageLocale} from './client.js';
import {loadEngine, type Engine} from './load-engine.js';
import type {Mode} from './modes/index.js';
import type {ProviderAdapter, Session} from './providers/index.js';
import {Aborted, KycError, UNRECOGNIZED_RETURN, flattenParams, isSuccessStatus, isVerdict, makeResult, outcome, type Signal} from './result.js';
import {forgetAttempt, listenForReturns, settleReturn, type ReturnMessage} from './return-bridge.js';
import {openPopup} from './popup-window.js';
import type {BackendOptions} from './session.js';
import {directionOf, stringsFor, type ElementStrings, type KycStrings} from './strings.js';
import {styles} from './styles.js';
import {backendUrl, markedReturnUrl, parseOriginList} from './urls.js';
import {DEFAULT_SESSION_TIMEOUT_MS as DEFAULT_TIMEOUT_MS} from './types.js';
import type {
  ClientFacts,
  KycFetcher,
  KycProgressDetail,
  KycReadyDetail,
  KycResult,
  KycSource,
  KycStartDetail,
  KycState,
  ModeName,
  ModeSetting,
  ProviderName,
} from './types.js';

/** How long a `completed` attempt keeps listening for a verdict (SPEC §1). */
const VERDICT_WAIT_MS = 10 * 60_000;

/** One attempt: everything that must be torn down when it ends. */
interface Attempt {
  readonly id: string;
  readonly controller: AbortController;
  /** Started by a user gesture (not `autostart`): focus may move. */
  readonly byUser: boolean;
  session?: Session;
  adapter?: ProviderAdapter;
  modeName?: ModeName;
  mode?: Mode;
  /** A `completed` was reported; only a verdict may follow. */
  completed: boolean;
  /** No further `kyc-result` for this attempt. */
  ended: boolean;
  stopReturns?: () => void;
  verdictTimer?: ReturnType<typeof setTimeout>;
  /** The mode asked for: the `mode` attribute, or `qr` for "continue on your phone". */
  readonly modeSetting: ModeSetting;
  /** `popup` mode: the window opened in the click's own task, before the backend answers. */
  popup?: Window | null;
}

/** What the element shows when it is not running a flow of its own. */
type ReturnView = 'forwarded' | 'finished-elsewhere' | undefined;

/**
 * `<kyc-verify>` runs an identity-verification flow from Sumsub, Jumio, Smile ID, Trusset, Lightspark
 * Grid or any hosted flow, and reports every outcome with one vocabulary.
 *
 * The element asks the page's backend (`endpoint` or `fetcher`) for a link or token, shows the flow,
 * and reports `kyc-start`, `kyc-ready`, `kyc-progress` and exactly one `kyc-result` per attempt.
 * Browser-side results are hints for the UI: the backend decides from the provider's webhook or API.
 *
 * @tag kyc-verify
 * @summary Provider-neutral identity verification.
 *
 * @fires {CustomEvent<KycStartDetail>} kyc-start - An attempt begins.
 * @fires {CustomEvent<KycReadyDetail>} kyc-ready - The flow is on screen (not fired in `redirect` mode).
 * @fires {CustomEvent<KycProgressDetail>} kyc-progress - An intermediate signal; `step` is one of the documented steps.
 * @fires {CustomEvent<KycResult>} kyc-result - The outcome of the attempt: once per attempt (a `completed` may be followed by one verdict).
 *
 * @slot start - Replaces the start button; a click anywhere in it starts the verification.
 * @slot done - Replaces the view after `completed`, `approved` or `rejected`.
 * @slot cancelled - Replaces the view after `cancelled`.
 * @slot error - Replaces the view after `error`.
 * @slot expired - Replaces the view after `expired`.
 *
 * @csspart start-button - The default start button.
 * @csspart frame - The provider's iframe.
 * @csspart flow - The container the flow is mounted in.
 * @csspart qr - The QR code view.
 * @csspart qr-code - The QR code itself (an SVG; size it with `--kyc-verify-qr-size`).
 * @csspart open-here - QR view: the "Open on this device instead" link.
 * @csspart open-button - Popup mode: "Open the verification", when the browser blocked the window.
 * @csspart reopen-button - Popup mode: "Reopen", after the window was closed.
 * @csspart cancel-button - Popup mode: "Cancel", after the window was closed.
 * @csspart status - Loading and status messages.
 * @csspart end - The end view.
 * @csspart heading - The end view's heading (focused when a result arrives).
 * @csspart retry-button - The "Try again" button of a retryable end view.
 * @csspart phone-button - "Continue on your phone", offered after a camera error.
 *
 * @cssprop [--kyc-verify-accent=#1a56db] - Button background and focus ring.
 * @cssprop [--kyc-verify-on-accent=#fff] - Button text colour.
 * @cssprop [--kyc-verify-color=inherit] - Text colour.
 * @cssprop [--kyc-verify-muted=#444] - Colour of status text.
 * @cssprop [--kyc-verify-surface=#fff] - Background of the loading overlay.
 * @cssprop [--kyc-verify-radius=0.5rem] - Corner radius of buttons and the frame.
 * @cssprop [--kyc-verify-gap=0.75rem] - Space between the element's parts.
 * @cssprop [--kyc-verify-frame-height=720px] - Height of the iframe (never taller than the viewport).
 * @cssprop [--kyc-verify-heading-size=1.25rem] - Font size of end-view headings.
 * @cssprop [--kyc-verify-focus-ring=#1a56db] - Focus outline colour.
 * @cssprop [--kyc-verify-qr-size=16rem] - Width of the QR code (never wider than the element).
 * @cssprop [--kyc-verify-link=var(--kyc-verify-accent)] - Colour of the QR view's "open on this device" link.
 */
export class KycVerifyElement extends LitElement {
  static override styles = styles;
  static override shadowRootOptions = {...LitElement.shadowRootOptions, delegatesFocus: true};

  /** The package version, checked when a second copy tries to define the element. */
  static readonly version = '0.1.0';

  /** URL of the page's backend; the element POSTs to it (required unless `fetcher` is set). */
  @property() endpoint?: string;

  /** Pins the provider adapter: `auto` | `sumsub` | `jumio` | `smile` | `trusset` | `grid` | `generic`. */
  @property() provider: ProviderName | 'auto' = 'auto';

  /** How the flow runs: `auto` | `iframe` | `sdk` | `qr` | `popup` | `redirect`. */
  @property() mode: ModeSetting = 'auto';

  /** Where the provider sends the user back (default: this page without its hash and `kyc_*` params). */
  @property({attribute: 'return-url'}) returnUrl?: string;

  /** Backend URL polled for the outcome; the session's `statusUrl` is used when absent. */
  @property({attribute: 'status-endpoint'}) statusEndpoint?: string;

  /** Locale for the backend, the SDK and the element's own strings (default: `<html lang>`, then the browser's). */
  @property() locale?: string;

  /** Start on connect instead of waiting for a click. Never on a return URL, never a popup. */
  @property({type: Boolean}) autostart = false;

  /** Space-separated origins a session URL must match (`https://*.jumio.ai`); recommended in production. */
  @property({attribute: 'allowed-origins'}) allowedOrigins?: string;

  /** Fetch credentials mode for every backend call. */
  @property() credentials: RequestCredentials = 'same-origin';

  /**
   * `sdk` mode: the provider SDK's colour scheme, `light` or `dark` (passed to `@sumsub/websdk` as
   * `theme`). Unset (or any other value): the SDK's own default.
   */
  @property({attribute: 'sdk-theme'}) sdkTheme?: 'light' | 'dark';

  /** Milliseconds before a backend call ends as `session-timeout` (default 15000). */
  @property({attribute: 'session-timeout', type: Number}) sessionTimeout = DEFAULT_TIMEOUT_MS;

  /** Extra JSON merged into every backend request body; the element's own keys win. */
  @property({attribute: false}) body?: Record<string, unknown>;

  /** Extra headers on every backend call, e.g. a CSRF token. */
  @property({attribute: false}) headers?: Record<string, string>;

  /** Replaces every HTTP call: `({ purpose, url, method, headers, body }, signal) => unknown`. */
  @property({attribute: false}) fetcher?: KycFetcher;

  /** Overrides for the element's own UI text. */
  @property({attribute: false}) strings?: Partial<KycStrings>;

  @state() private currentState: KycState = 'idle';
  @state() private flowReady = false;
  @state() private flowMounted = false;
  @state() private lastResult?: KycResult;
  @state() private returnView: ReturnView;
  @state() private announcement = '';
  /** The last error came from a missing camera (Jumio H / 9822): offer to continue on a phone. */
  @state() private offerPhone = false;

  private attempt?: Attempt;
  private readonly flowRef = createRef<HTMLDivElement>();
  private focusAfterUpdate?: 'heading' | 'retry';

  /** `idle` → `loading` → `active` → `done` | `failed`; reflected as the `state` attribute. */
  get state(): KycState {
    return this.currentState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
    if (this.attempt) return; // moved within the page: the attempt goes on
    if (this.handleReturn()) return;
    // Fetch the engine chunk while the user reads the page, so a click does not wait for it.
    void loadEngine().catch(() => undefined);
    if (this.autostart && this.currentState === 'idle') {
      // Let the page attach listeners in the same task before `kyc-start` fires.
      queueMicrotask(() => {
        if (this.isConnected && this.currentState === 'idle' && !this.attempt) this.begin(false);
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
    // One microtask later, and not at all when the element was only moved.
    queueMicrotask(() => {
      if (!this.isConnected) this.abandon();
    });
  }

  /** Begins an attempt; a no-op while one is loading or active; from `done`/`failed` it restarts. */
  start(): void {
    if (this.currentState === 'loading' || this.currentState === 'active') return;
    if (this.currentState === 'done' || this.currentState === 'failed') {
      this.restart();
      return;
    }
    this.begin(true);
  }

  /** Ends a live attempt as `cancelled` (code `restarted`), then starts a fresh one with a new session. */
  restart(): void {
    this.restartWith(this.mode);
  }

  /**
   * Ends a live attempt as `cancelled`, closes its popup, and tells the backend (best effort,
   * `keepalive`) so it can revoke the link. A no-op when nothing is live.
   */
  cancel(): void {
    const attempt = this.attempt;
    if (!attempt || attempt.ended) return;
    this.end(outcome('cancelled', true, {code: 'cancelled', message: 'The verification was cancelled.'}));
    this.focusAfterUpdate = 'retry';
  }

  // ---- rendering ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('currentState' as keyof KycVerifyElement)) this.setAttribute('state', this.currentState);
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = undefined;
    const candidates = target === 'heading' ? ['heading'] : ['retry-button', 'start-button', 'heading'];
    // Only what is rendered: a view replaced through its slot keeps its fallback content unrendered.
    const visible = candidates
      .map((part) => this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`))
      .find((candidate) => candidate?.getClientRects().length);
    if (visible) visible.focus();
    else this.focusSlotted();
  }

  /** A view the host replaced through its slot: focus the first focusable thing the host put there. */
  private focusSlotted(): void {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot');
    for (const node of slot?.assignedElements({flatten: true}) ?? []) {
      const focusable = node.matches(FOCUSABLE) ? node : node.querySelector(FOCUSABLE);
      if (focusable instanceof HTMLElement) {
        focusable.focus();
        return;
      }
    }
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<div class="root" dir=${directionOf(locale)} lang=${locale}>
      ${this.renderBody()}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderBody() {
    const text = this.text;
    if (this.returnView === 'forwarded') return html`<p part="status">${text.closeWindow}</p>`;
    if (this.returnView === 'finished-elsewhere') return html`<p part="status">${text.finishedElsewhere}</p>`;
    switch (this.currentState) {
      case 'idle':
        return html`<slot name="start" @click=${this.onStartClick}>
          <button part="start-button" type="button">${text.start}</button>
        </slot>`;
      case 'loading':
        return html`<p part="status" class="loading">${text.loading}</p>`;
      // `active` shares the template of the end states: a flow that stays mounted after `completed`
      // (an SDK waiting for the verdict) keeps its DOM instead of being re-created.
      case 'active':
      default:
        return html`${this.flowMounted ? this.renderFlow() : nothing}${this.renderEnd()}`;
    }
  }

  private renderFlow() {
    return html`<div class="flow" part="flow" ${ref(this.flowRef)}>
      ${this.flowReady || this.currentState !== 'active'
        ? nothing
        : html`<p class="flow-loading loading" part="status">${this.text.flowLoading}</p>`}
    </div>`;
  }

  private renderEnd() {
    const result = this.lastResult;
    if (!result) return nothing;
    const text = this.text;
    const slot = isSuccessStatus(result.status) ? 'done' : result.status;
    const title = this.titleFor(result);
    return html`<slot name=${slot}>
      <section class="end" part="end">
        <h2 part="heading" tabindex="-1">${title}</h2>
        ${result.status === 'completed' || result.status === 'approved' ? html`<p>${text.doneBody}</p>` : nothing}
        ${result.status === 'error' && result.code ? html`<p class="code">${result.code}</p>` : nothing}
        ${this.offerPhone
          ? html`<button part="phone-button" type="button" @click=${this.onPhoneClick}>${text.continueOnPhone}</button>`
          : nothing}
        ${result.retryable ? html`<button part="retry-button" type="button" @click=${this.onRetryClick}>${text.retry}</button>` : nothing}
      </section>
    </slot>`;
  }

  // ---- the attempt ----

  private get resolvedLocale(): string {
    return this.locale || pageLocale();
  }

  private get text(): ElementStrings {
    return stringsFor(this.resolvedLocale, this.strings);
  }

  private get backend(): BackendOptions {
    return {
      endpoint: this.endpoint,
      fetcher: this.fetcher,
      headers: this.headers,
      body: this.body,
      credentials: this.credentials,
      timeoutMs: this.sessionTimeout > 0 ? this.sessionTimeout : DEFAULT_TIMEOUT_MS,
    };
  }

  /** Where the page's own backend lives: this page's origin and the endpoint's. */
  private get backendOrigins(): string[] {
    const origins = [location.origin];
    if (this.endpoint && parses(this.endpoint)) origins.push(backendUrl(this.endpoint).origin);
    return origins;
  }

  private begin(byUser: boolean, modeSetting: ModeSetting = this.mode): void {
    const previous = this.attempt;
    if (previous && !previous.ended) {
      // Never two live attempts: a previous one that has not ended is stopped without a further event.
      previous.ended = true;
      this.stopAttempt(previous);
    }
    const id = newAttemptId();
    const attempt: Attempt = {id, controller: new AbortController(), byUser, completed: false, ended: false, modeSetting};
    // Browsers allow a popup only in the click's own task: open it now, point it at the link later.
    if (byUser && modeSetting === 'popup') attempt.popup = openPopup(id);
    this.attempt = attempt;
    this.lastResult = undefined;
    this.offerPhone = false;
    this.flowReady = false;
    this.returnView = undefined;
    this.setState('loading', this.text.announceLoading);
    this.emit<KycStartDetail>('kyc-start', {attempt: attempt.id});
    void this.run(attempt);
  }

  private async run(attempt: Attempt): Promise<void> {
    try {
      if (!this.endpoint && !this.fetcher) throw KycError.of('config');
      if (this.endpoint && !this.fetcher && !parses(this.endpoint)) throw KycError.of('config', 'The endpoint is not a valid URL.');
      if (this.returnUrl && !parses(this.returnUrl)) throw KycError.of('config', 'The return-url is not a valid URL.');
      // The engine chunk is usually preloaded; the camera check runs meanwhile.
      const [engine, client] = await Promise.all([loadEngine(), clientFacts()]);
      if (attempt !== this.attempt) return;
      const {resolveMode, hasSdk, modeServes, MODE_FACTORIES} = engine;
      const returnUrl = markedReturnUrl(this.returnUrl, attempt.id);
      const raw = await this.callSession(engine, attempt, 'session', attempt.id, returnUrl, client);
      if (attempt !== this.attempt || attempt.ended) return;
      const session = engine.openSession(raw, this.provider, parseOriginList(this.allowedOrigins), this.backendOrigins);
      const adapter = engine.adapterFor(session.provider);
      attempt.session = session;
      attempt.adapter = adapter;
      const modeName = resolveMode(attempt.modeSetting, session, adapter, {camera: client.camera, autostart: !attempt.byUser, hasSdk}, this.statusEndpoint || session.statusUrl);
      const factory = MODE_FACTORIES[modeName];
      if (!factory || !modeServes(modeName, session, hasSdk(adapter))) throw KycError.of('unsupported-mode');
      attempt.modeName = modeName;
      this.flowMounted = true;
      this.setState('active');
      await this.updateComplete;
      const container = this.flowRef.value;
      if (attempt !== this.attempt || attempt.ended || !container) return;
      attempt.stopReturns = listenForReturns(attempt.id, (message) => this.onForwardedReturn(attempt, message));
      attempt.mode = factory({
        attempt: attempt.id,
        session,
        adapter,
        // Mode texts come with the engine; the host's overrides win over both catalogs.
        strings: engine.allStringsFor(this.resolvedLocale, this.strings),
        returnUrl,
        container,
        locale: this.resolvedLocale,
        byUser: attempt.byUser,
        sdkTheme: this.sdkTheme === 'light' || this.sdkTheme === 'dark' ? this.sdkTheme : undefined,
        statusUrl: this.statusEndpoint || session.statusUrl,
        preopenedWindow: attempt.popup,
        signal: attempt.controller.signal,
        requestSession: (purpose, n) => this.requestSession(engine, attempt, purpose, n, returnUrl, client),
        callStatus: (url) =>
          engine.callBackend(this.backend, {purpose: 'status', url, method: 'GET', errorPrefix: 'status'}, attempt.controller.signal),
        cancel: () => {
          if (attempt === this.attempt) this.cancel();
        },
        ready: () => this.onReady(attempt),
        report: (signal, source, rawSignal) => this.report(attempt, signal, source, rawSignal),
        fail: (error) => this.fail(attempt, error),
      });
      attempt.mode.start();
    } catch (error) {
      if (error instanceof Aborted) return;
      this.fail(attempt, error instanceof KycError ? error : KycError.of('invalid-response'));
    }
  }

  /** POSTs to the endpoint for this attempt with the SPEC §2 body; `purpose` and key vary. */
  private callSession(
    engine: Engine,
    attempt: Attempt,
    purpose: 'session' | 'refresh' | 'renew',
    key: string,
    returnUrl: string,
    client: ClientFacts,
    extra: Record<string, unknown> = {},
  ) {
    return engine.callBackend(
      this.backend,
      {
        purpose,
        url: this.endpoint ? backendUrl(this.endpoint).href : '',
        method: 'POST',
        idempotencyKey: key,
        errorPrefix: 'session',
        body: {
          ...extra,
          purpose,
          attempt: attempt.id,
          returnUrl,
          locale: this.resolvedLocale,
          mode: attempt.modeSetting,
          provider: this.provider,
          client,
        },
      },
      attempt.controller.signal,
    );
  }

  /** A further session for the live attempt (token refresh, link renewal), validated like the first. */
  private async requestSession(engine: Engine, attempt: Attempt, purpose: 'refresh' | 'renew', n: number, returnUrl: string, client: ClientFacts): Promise<Session> {
    const raw = await this.callSession(engine, attempt, purpose, `${attempt.id}:${purpose}:${n}`, returnUrl, client, purpose === 'refresh' ? {refresh: true} : {});
    return engine.openSession(raw, attempt.session?.provider ?? this.provider, parseOriginList(this.allowedOrigins), this.backendOrigins);
  }

  private onReady(attempt: Attempt): void {
    if (attempt !== this.attempt || attempt.ended || this.flowReady) return;
    this.flowReady = true;
    this.announce(this.text.announceActive);
    this.emit<KycReadyDetail>('kyc-ready', {attempt: attempt.id, provider: attempt.adapter!.name, mode: attempt.modeName!});
    // Not after an `autostart` without a user gesture: that would scroll and steal focus on load.
    if (attempt.byUser) attempt.mode?.focusTarget()?.focus();
  }

  private fail(attempt: Attempt, error: KycError): void {
    if (attempt !== this.attempt) return;
    this.report(attempt, outcome('error', error.retryable, {code: error.code, message: error.message}), 'element', undefined);
  }

  /** The one place a provider or element signal becomes an event, under the once-per-attempt rule. */
  private report(attempt: Attempt, signal: Signal, source: KycSource, raw: unknown): void {
    if (attempt !== this.attempt || attempt.ended) return;
    const provider = attempt.adapter?.name ?? (this.provider === 'auto' ? 'generic' : this.provider);
    if (signal.kind === 'progress') {
      // Progress may follow `completed` while the mode waits for a verdict: Sumsub's RED + RETRY
      // (`resubmission-requested`) arrives after `onApplicantSubmitted`.
      this.emit<KycProgressDetail>('kyc-progress', {
        attempt: attempt.id,
        provider,
        step: signal.step,
        data: flattenParams(raw),
      });
      return;
    }
    // After `completed`, only one verdict may follow (SPEC §1).
    if (attempt.completed && !isVerdict(signal.status)) return;
    const result = makeResult(signal, {attempt: attempt.id, provider, source, reference: attempt.session?.reference, raw});
    this.offerPhone = !!signal.offerPhone;
    if (signal.status === 'completed' && attempt.mode?.awaitsVerdict) {
      attempt.completed = true;
      attempt.verdictTimer = setTimeout(() => {
        attempt.ended = true;
        this.stopAttempt(attempt);
      }, VERDICT_WAIT_MS);
      attempt.mode.completed?.();
      this.showResult(attempt, result);
      return;
    }
    attempt.ended = true;
    this.stopAttempt(attempt);
    this.showResult(attempt, result);
  }

  private showResult(attempt: Attempt, result: KycResult): void {
    this.lastResult = result;
    this.setState(isSuccessStatus(result.status) ? 'done' : 'failed', this.titleFor(result));
    if (attempt.byUser) this.focusAfterUpdate = 'heading';
    this.emit<KycResult>('kyc-result', result);
  }

  /** Ends the live attempt (if any) with the given element signal. */
  private end(signal: Signal): void {
    const attempt = this.attempt;
    if (!attempt) return;
    if (!attempt.ended && !attempt.completed) {
      this.report(attempt, signal, 'element', undefined);
      this.sendCancel(attempt);
    }
    attempt.ended = true;
    this.stopAttempt(attempt);
  }

  /** Tears down everything an attempt started: request in flight, mode, listeners, timers. */
  private stopAttempt(attempt: Attempt): void {
    attempt.controller.abort();
    clearTimeout(attempt.verdictTimer);
    attempt.stopReturns?.();
    attempt.stopReturns = undefined;
    if (attempt.mode) attempt.mode.teardown();
    else if (attempt.popup && !attempt.popup.closed) attempt.popup.close(); // never pointed at a link
    attempt.mode = undefined;
    if (attempt === this.attempt) this.flowMounted = false;
  }

  /** Disconnected for good: stop silently and return to `idle`. */
  private abandon(): void {
    const attempt = this.attempt;
    if (!attempt) return;
    attempt.ended = true;
    this.stopAttempt(attempt);
    this.attempt = undefined;
    this.lastResult = undefined;
    this.flowReady = false;
    this.setState('idle');
  }

  private sendCancel(attempt: Attempt): void {
    if (!this.endpoint && !this.fetcher) return;
    if (this.endpoint && !this.fetcher && !parses(this.endpoint)) return;
    const url = this.endpoint && parses(this.endpoint) ? backendUrl(this.endpoint).href : '';
    const backend = this.backend;
    loadEngine()
      .then((engine) =>
        engine.callBackend(
          backend,
          {purpose: 'cancel', url, method: 'POST', idempotencyKey: `${attempt.id}:cancel`, errorPrefix: 'session', keepalive: true, body: {purpose: 'cancel', attempt: attempt.id}},
          new AbortController().signal,
        ),
      )
      .catch(() => undefined);
  }

  /** A return page in a frame, popup or other tab forwarded the provider's params for this attempt. */
  private onForwardedReturn(attempt: Attempt, message: ReturnMessage): void {
    if (!attempt.adapter) return;
    this.report(attempt, attempt.adapter.parseReturn(message.params) ?? UNRECOGNIZED_RETURN, 'redirect', message.params);
  }

  /**
   * On a URL with a `kyc_attempt` marker (SPEC §4): report an attempt this tab stored before its
   * redirect, once; else, in a frame or popup, forward and start nothing; else say where to continue.
   */
  private handleReturn(): boolean {
    const outcome = settleReturn(true);
    if (outcome.kind === 'none') return false;
    if (outcome.kind === 'forwarded') this.returnView = 'forwarded';
    if (outcome.kind === 'elsewhere') this.returnView = 'finished-elsewhere';
    if (outcome.kind !== 'stored') return true;
    const {stored, found} = outcome;
    const attempt: Attempt = {id: stored.attempt, controller: new AbortController(), byUser: false, completed: false, ended: false, modeName: stored.mode, modeSetting: stored.mode};
    attempt.session = {provider: stored.provider, reference: stored.reference, statusUrl: stored.statusUrl};
    this.attempt = attempt;
    // Reported once the provider's adapter has loaded: the page has attached its listeners by then.
    loadEngine().then(
      (engine) => {
        attempt.adapter = engine.adapterFor(stored.provider);
        this.report(attempt, attempt.adapter.parseReturn(found.params) ?? UNRECOGNIZED_RETURN, 'redirect', found.params);
      },
      (error: unknown) => this.fail(attempt, error instanceof KycError ? error : KycError.of('network')),
    );
    return true;
  }

  // ---- helpers and handlers ----

  private setState(next: KycState, announcement?: string): void {
    this.currentState = next;
    if (announcement) this.announce(announcement);
  }

  private announce(message: string): void {
    this.announcement = message;
  }

  private titleFor(result: KycResult): string {
    const text = this.text;
    if (result.status === 'cancelled') return text.cancelledTitle;
    if (result.status === 'expired') return text.expiredTitle;
    if (result.status === 'error' || result.status === 'rejected') return text.errorTitle;
    return text.doneTitle;
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
  }

  private readonly onStartClick = () => this.start();

  private readonly onRetryClick = () => this.restart();

  /** "Continue on your phone" after a camera error: a fresh attempt shown as a QR code. */
  private readonly onPhoneClick = () => this.restartWith('qr');

  /**
   * Ends the live attempt as `cancelled` / `restarted`, then begins a fresh one — unless a `kyc-result`
   * listener already started one in reaction to that result.
   */
  private restartWith(modeSetting: ModeSetting): void {
    const before = this.attempt;
    this.end(outcome('cancelled', true, {code: 'restarted', message: 'A new attempt was started.'}));
    if (this.attempt !== before && this.attempt && !this.attempt.ended) return;
    this.begin(true, modeSetting);
  }

  /** Back from a redirect through the back/forward cache: the attempt never came back, start over. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    const attempt = this.attempt;
    if (!event.persisted || !attempt || attempt.ended || attempt.modeName !== 'redirect') return;
    forgetAttempt(attempt.id);
    this.abandon();
  };
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]';

/** True when `value` resolves to a URL against the document. */
function parses(value: string): boolean {
  try {
    new URL(value, document.baseURI);
    return true;
  } catch {
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kyc-verify': KycVerifyElement;
  }
  interface HTMLElementEventMap {
    'kyc-start': CustomEvent<KycStartDetail>;
    'kyc-ready': CustomEvent<KycReadyDetail>;
    'kyc-progress': CustomEvent<KycProgressDetail>;
    'kyc-result': CustomEvent<KycResult>;
  }
}
