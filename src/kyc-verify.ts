import {LitElement, html, nothing, type CSSResult, type PropertyValues, type TemplateResult} from 'lit';
import {AttemptController, type AttemptHost, type AttemptSettings} from './attempt/controller.js';
import {pageLocale} from './client.js';
import {focusFirstPart} from './focus.js';
import {catalogKey, directionOf, loadCatalog, stringsFor, type ElementStrings, type KycStrings, type ShellStrings} from './strings.js';
import {addStyles, styles, usesDefaultFont} from './styles.js';
import {DEFAULT_SESSION_TIMEOUT_MS} from './types.js';
import type {KycFetcher, KycProgressDetail, KycReadyDetail, KycResult, KycStartDetail, KycState, ModeSetting, ProviderName} from './types.js';

/** The package version, written in at build time from package.json. */
declare const __KYC_VERSION__: string | undefined;

type EndViewModule = typeof import('./end-view.js');
let endViewLoading: Promise<EndViewModule> | undefined;

/** The end view's chunk, once per page (asked for once a flow is ready, or by a result); a failed load is tried again. */
const loadEndView = () =>
  (endViewLoading ??= import('./end-view.js').catch((error: unknown) => {
    endViewLoading = undefined;
    throw error;
  }));

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
 * @csspart qr-link - QR view: the link as selectable text, for people who cannot scan the code.
 * @csspart qr-copy-button - QR view: "Copy link" (the link to the clipboard; "Link copied" shows in the view's `status` line).
 * @csspart open-here - QR view: the "Open on this device instead" link.
 * @csspart open-button - Popup mode: "Open the verification", when the browser blocked the window.
 * @csspart reopen-button - Popup mode: "Reopen", after the window was closed.
 * @csspart cancel-button - Popup mode: "Cancel", after the window was closed.
 * @csspart status - Loading and status messages.
 * @csspart end - The end view (`data-tone` is `success`, `error`, `warning` or `neutral`).
 * @csspart icon - The end view's icon (decorative SVG, `aria-hidden`; its colour is `--kyc-verify-success`, `-error`, `-warning`).
 * @csspart heading - The end view's heading (focused when a result arrives).
 * @csspart body - The end view's text: what happened and what comes next (the backend's `error.message` when it sent one).
 * @csspart actions - The end view's buttons.
 * @csspart retry-button - The "Try again" button of a retryable end view (outlined when "Continue on your phone" is shown).
 * @csspart phone-button - "Continue on your phone", offered after a camera error: the primary action then.
 * @csspart code - Error views: "Error code: …", small print for support.
 *
 * @cssprop [--kyc-verify-accent=light-dark(#1a56db, #8ab4f8)] - Button background.
 * @cssprop [--kyc-verify-on-accent=light-dark(#fff, #0b1b3a)] - Button text colour.
 * @cssprop [--kyc-verify-color=inherit] - Text colour.
 * @cssprop [--kyc-verify-font=inherit] - Font family (the system UI font when the page left the browser's default serif).
 * @cssprop [--kyc-verify-muted=color-mix(in srgb, currentColor 78%, transparent)] - Colour of status text, end-view body and code.
 * @cssprop [--kyc-verify-link=color-mix(in srgb, var(--kyc-verify-accent) 60%, currentColor)] - Colour of links and outlined buttons.
 * @cssprop [--kyc-verify-focus-ring=light-dark(#3b6fe0, #8ab4f8)] - Focus outline colour.
 * @cssprop [--kyc-verify-surface=Canvas] - Background of the loading overlay.
 * @cssprop [--kyc-verify-surface-color=CanvasText] - Text colour of the loading overlay.
 * @cssprop [--kyc-verify-success=light-dark(#137333, #81c995)] - Icon colour of the done view.
 * @cssprop [--kyc-verify-error=light-dark(#c5221f, #f28b82)] - Icon colour of error and rejected views.
 * @cssprop [--kyc-verify-warning=light-dark(#a15c00, #fdd663)] - Icon colour of the expired view.
 * @cssprop [--kyc-verify-end-padding=1.5rem 1rem] - Padding of the end view.
 * @cssprop [--kyc-verify-radius=0.5rem] - Corner radius of buttons and the frame.
 * @cssprop [--kyc-verify-gap=0.75rem] - Space between the element's parts.
 * @cssprop [--kyc-verify-frame-height=720px] - Height of the iframe (never taller than the viewport).
 * @cssprop [--kyc-verify-frame-background=transparent] - Background of the iframe (behind the provider's page while it loads).
 * @cssprop [--kyc-verify-heading-size=1.25rem] - Font size of end-view headings.
 * @cssprop [--kyc-verify-qr-size=16rem] - Width of the QR code (never wider than the element).
 */
export class KycVerifyElement extends LitElement implements AttemptHost {
  static override styles = styles;
  static override shadowRootOptions = {...LitElement.shadowRootOptions, delegatesFocus: true};
  /** Lit's reactive properties (declared here rather than with decorators: about 1 KB less in the entry). */
  static override properties = {
    endpoint: {},
    provider: {},
    mode: {},
    returnUrl: {attribute: 'return-url'},
    statusEndpoint: {attribute: 'status-endpoint'},
    statusMaxWait: {attribute: 'status-max-wait', type: Number},
    locale: {},
    autostart: {type: Boolean},
    allowedOrigins: {attribute: 'allowed-origins'},
    credentials: {},
    sdkTheme: {attribute: 'sdk-theme'},
    sessionTimeout: {attribute: 'session-timeout', type: Number},
    body: {attribute: false},
    headers: {attribute: false},
    fetcher: {attribute: false},
    strings: {attribute: false},
  };

  /** The package version, checked when a second copy tries to define the element. */
  static readonly version: string = typeof __KYC_VERSION__ === 'string' ? __KYC_VERSION__ : '0.0.0-dev';

  /** URL of the page's backend; the element POSTs to it (required unless `fetcher` is set). */
  endpoint?: string;

  /** Pins the provider adapter: `auto` | `sumsub` | `jumio` | `smile` | `trusset` | `grid` | `generic`. */
  provider: ProviderName | 'auto' = 'auto';

  /** How the flow runs: `auto` | `iframe` | `sdk` | `qr` | `popup` | `redirect`. */
  mode: ModeSetting = 'auto';

  /** Where the provider sends the user back (default: this page without its hash and `kyc_*` params). */
  returnUrl?: string;

  /** Backend URL polled for the outcome; the session's `statusUrl` is used when absent. */
  statusEndpoint?: string;

  /**
   * Milliseconds status polling waits for a final answer before the attempt ends `expired` (code
   * `status-max-wait`, retryable); default 30 minutes. A `completed` then waits up to 10 minutes for its
   * verdict.
   */
  statusMaxWait?: number;

  /** Locale for the backend, the SDK and the element's own strings (default: `<html lang>`, then the browser's). */
  locale?: string;

  /** Start on connect instead of waiting for a click. Never on a return URL, never a popup. */
  autostart = false;

  /** Space-separated origins a session URL must match (`https://*.jumio.ai`); recommended in production. */
  allowedOrigins?: string;

  /** Fetch credentials mode for every backend call. */
  credentials: RequestCredentials = 'same-origin';

  /**
   * `sdk` mode: the provider SDK's colour scheme, `light` or `dark` (passed to `@sumsub/websdk` as
   * `theme`). Unset (or any other value): the SDK's own default.
   */
  sdkTheme?: 'light' | 'dark';

  /** Milliseconds before a backend call ends as `session-timeout` (default 15000). */
  sessionTimeout = DEFAULT_SESSION_TIMEOUT_MS;

  /** Extra JSON merged into every backend request body; the element's own keys win. */
  body?: Record<string, unknown>;

  /** Extra headers on every backend call, e.g. a CSRF token. */
  headers?: Record<string, string>;

  /** Replaces every HTTP call: `({ purpose, url, method, headers, body }, signal) => unknown`. */
  fetcher?: KycFetcher;

  /** Overrides for the element's own UI text. */
  strings?: Partial<KycStrings>;

  private announcement = '';
  /** The loaded catalog of the page's language (none for English). */
  private catalog?: {key: string; strings: Partial<KycStrings>};
  private catalogLoading?: string;

  /** The attempt lifecycle: one attempt at a time, one result per attempt. */
  private readonly attempts = new AttemptController(this);
  private focusAfterUpdate?: 'heading' | 'retry';
  /** The end view's module, once loaded and its styles adopted by this element. */
  private endView?: EndViewModule;
  /** The end view's chunk could not load (offline): a plain "start again" button stands in. */
  private endViewFailed = false;
  /** The page left the browser's default font: read once per connection (it forces a style calculation). */
  private defaultFont?: boolean;
  /** Styles of lazily loaded views (the end view's, the modes'), adopted once the shadow root exists. */
  private readonly lazyStyles = new Set<CSSResult>();

  /** `idle` → `loading` → `active` → `done` | `failed`; reflected as the `state` attribute. */
  get state(): KycState {
    return this.attempts.state;
  }

  override connectedCallback(): void {
    this.defaultFont = undefined;
    super.connectedCallback();
    if (this.autostart && this.attempts.idle && !this.attempts.returnView) {
      // Let the page attach listeners in the same task before `kyc-start` fires.
      queueMicrotask(() => {
        if (this.isConnected && this.attempts.idle) this.attempts.begin(false, this.mode);
      });
    }
  }

  /** Begins an attempt; a no-op while one is loading or active; from `done`/`failed` it restarts. */
  start(): void {
    const current = this.attempts.state;
    if (current === 'loading' || current === 'active') return;
    if (current === 'done' || current === 'failed') this.restart();
    else this.attempts.begin(true, this.mode);
  }

  /** Ends a live attempt as `cancelled` (code `restarted`), then starts a fresh one with a new session. */
  restart(): void {
    this.attempts.restart(this.mode);
  }

  /**
   * Ends a live attempt as `cancelled`, closes its popup, and tells the backend (best effort,
   * `keepalive`) so it can revoke the link. A no-op when nothing is live.
   */
  cancel(): void {
    if (this.attempts.cancel()) this.focusAfterUpdate = 'retry';
  }

  // ---- what the attempt controller asks of the element (AttemptHost) ----

  /** @internal */
  attemptSettings(): AttemptSettings {
    return {
      mode: this.mode,
      endpoint: this.endpoint,
      fetcher: this.fetcher,
      headers: this.headers,
      body: this.body,
      credentials: this.credentials,
      timeoutMs: this.sessionTimeout > 0 ? this.sessionTimeout : DEFAULT_SESSION_TIMEOUT_MS,
      provider: this.provider,
      allowedOrigins: this.allowedOrigins,
      returnUrl: this.returnUrl,
      statusEndpoint: this.statusEndpoint,
      statusMaxWait: this.statusMaxWait !== undefined && this.statusMaxWait > 0 ? this.statusMaxWait : undefined,
      locale: this.resolvedLocale,
      sdkTheme: this.sdkTheme === 'light' || this.sdkTheme === 'dark' ? this.sdkTheme : undefined,
      strings: this.strings,
    };
  }

  /** @internal Adds a lazily loaded view's styles to the shadow root, once (kept until it exists). */
  adoptStyles(styles: CSSResult): void {
    if (this.lazyStyles.has(styles)) return;
    this.lazyStyles.add(styles);
    // Before the first connection there is no shadow root yet: `createRenderRoot` adds them.
    if (this.renderRoot) addStyles(this.renderRoot as ShadowRoot, styles);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const styles of this.lazyStyles) addStyles(root as ShadowRoot, styles);
    return root;
  }

  /** @internal */
  flowContainer(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('.flow') ?? undefined;
  }

  /** @internal */
  attemptStarted(attempt: string): void {
    this.announce(this.text.announceLoading);
    this.emit<KycStartDetail>('kyc-start', {attempt});
  }

  /** @internal */
  flowReady(detail: KycReadyDetail, focusTarget: HTMLElement | null, byUser: boolean): void {
    this.announce(this.text.announceActive);
    // The end view's chunk, once the flow is on screen (asked for at the click, it would compete with it).
    this.whenEndView();
    this.emit<KycReadyDetail>('kyc-ready', detail);
    // Not after an `autostart` without a user gesture: that would scroll and steal focus on load.
    if (byUser && this.focusIsOurs()) focusTarget?.focus();
  }

  /** @internal */
  flowProgress(detail: KycProgressDetail): void {
    this.emit<KycProgressDetail>('kyc-progress', detail);
  }

  /** @internal */
  attemptResult(result: KycResult, byUser: boolean): void {
    if (byUser) this.focusAfterUpdate = 'heading';
    this.emit<KycResult>('kyc-result', result);
    // Unless a `kyc-result` listener already started again.
    this.whenEndView((view) => this.attempts.result === result && this.announce(view.endTitle(result, this.endText(view))));
  }

  // ---- rendering ----

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.ensureCatalog();
    if (this.getAttribute('state') !== this.attempts.state) this.setAttribute('state', this.attempts.state);
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate;
    // A result's heading and "Try again" appear once the end view's chunk is in.
    if (!target || (this.attempts.result && !this.endView && !this.endViewFailed)) return;
    this.focusAfterUpdate = undefined;
    if (this.focusIsOurs()) focusFirstPart(this.renderRoot, target === 'heading' ? ['heading'] : ['retry-button', 'start-button', 'heading']);
  }

  /** `updateComplete` also waits for the end view's chunk when a result is on screen, so that the heading is there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = endViewLoading;
    if (!this.attempts.result || this.endView || this.endViewFailed || !loading) return done;
    await loading.catch(() => undefined);
    return super.getUpdateComplete();
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    this.defaultFont ??= usesDefaultFont(this);
    return html`<div class=${this.defaultFont ? 'root ua-font' : 'root'} dir=${directionOf(locale)} lang=${locale}>
      ${this.renderBody()}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderBody() {
    const text = this.text;
    const {returnView} = this.attempts;
    if (returnView === 'pending') return html`<p part="status" class="loading">${text.loading}</p>`;
    if (returnView) return html`<p part="status">${returnView === 'forwarded' ? text.returnForwarded : text.returnElsewhere}</p>`;
    switch (this.attempts.state) {
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
        return html`${this.attempts.flowMounted ? this.renderFlow() : nothing}${this.renderEnd()}`;
    }
  }

  private renderFlow() {
    return html`<div class="flow" part="flow">
      ${this.attempts.flowCovered ? html`<p class="flow-loading loading" part="status">${this.text.flowLoading}</p>` : nothing}
    </div>`;
  }

  private renderEnd() {
    const {result, offerPhone} = this.attempts;
    if (!result) return nothing;
    const view = this.endView;
    if (view) return view.renderEndView(result, this.endText(view), {offerPhone, onRetry: this.onRetryClick, onPhone: this.onPhoneClick});
    return this.endViewFailed && result.retryable ? html`<button part="retry-button" type="button" @click=${this.onRetryClick}>${this.text.start}</button>` : nothing;
  }

  /** Runs `then` with the end view's module, loading it (and adopting its styles) first when needed. */
  private whenEndView(then?: (view: EndViewModule) => void): void {
    if (this.endView) {
      then?.(this.endView);
      return;
    }
    loadEndView().then(
      (view) => {
        this.adoptStyles(view.endViewStyles);
        this.endView = view;
        then?.(view);
        this.requestUpdate();
      },
      () => {
        this.endViewFailed = true;
        this.requestUpdate();
      },
    );
  }

  // ---- helpers and handlers ----

  private get resolvedLocale(): string {
    return this.locale || pageLocale();
  }

  /** The element's texts: English until the page's catalog has loaded (a small chunk, asked for on connect). */
  private get text(): ShellStrings {
    return stringsFor(this.loadedCatalog, this.strings);
  }

  /** Every element text, the end view's included. */
  private endText(view: EndViewModule): ElementStrings {
    return view.endStringsFor(this.loadedCatalog, this.strings);
  }

  /** The catalog of the page's language when it has loaded (English needs none). */
  private get loadedCatalog(): Partial<KycStrings> {
    return this.catalog?.key === catalogKey(this.resolvedLocale) ? this.catalog.strings : {};
  }

  /** @internal The page's catalog, loaded (English resolves at once). */
  texts(): Promise<Partial<KycStrings>> {
    return loadCatalog(catalogKey(this.resolvedLocale));
  }

  /** Asks for the catalog of the current locale when it changed; renders again when it arrives. */
  private ensureCatalog(): void {
    const key = catalogKey(this.resolvedLocale);
    if (key === 'en' || this.catalog?.key === key || this.catalogLoading === key) return;
    this.catalogLoading = key;
    void loadCatalog(key).then((strings) => {
      if (this.catalogLoading === key) this.catalogLoading = undefined;
      if (catalogKey(this.resolvedLocale) !== key) return;
      this.catalog = {key, strings};
      this.requestUpdate();
    });
  }

  /**
   * Focus may move (and scroll the page) only when it is inside the element or nowhere (on the body): a
   * result the user did not just cause — polling while they read elsewhere — is only announced.
   */
  private focusIsOurs(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === document.documentElement || active === this || this.contains(active);
  }

  private announce(message: string): void {
    this.announcement = message;
    this.requestUpdate();
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
  }

  private readonly onStartClick = () => this.start();

  private readonly onRetryClick = () => this.restart();

  /** "Continue on your phone" after a camera error: a fresh attempt shown as a QR code. */
  private readonly onPhoneClick = () => this.attempts.restart('qr');
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
