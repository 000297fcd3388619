import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {clientFacts, newAttemptId} from '../client.js';
import {loadEngine} from '../load-engine.js';
import type {BackendSettings} from './backend.js';
import {openPopup} from '../modes/popup-window.js';
import {forgetAttempt, type RedirectReturn} from '../modes/redirect/storage.js';
import type {Mode, ModeBackend} from '../modes/types.js';
import type {ProviderAdapter, Session} from '../providers/types.js';
import {
  Aborted,
  ELEMENT_DATA_PARAMS,
  KycError,
  STATUS_ANSWER_PARAMS,
  UNRECOGNIZED_RETURN,
  endsInDoneView,
  flattenParams,
  isVerdict,
  makeResult,
  outcome,
  type FlowEvent,
} from '../result.js';
import type {ReturnMessage} from '../return-message.js';
import {listenForReturns, settleReturn} from './return-bridge.js';
import type {KycStrings} from '../strings.js';
import {markedReturnUrl, parseOriginList, resolveEndpoint} from '../urls.js';
import type {ClientFacts, KycFetcher, KycProgressDetail, KycReadyDetail, KycResult, KycSource, KycState, ModeName, ModeSetting, ProviderName} from '../types.js';

/** How long a `completed` attempt keeps listening for a verdict (SPEC §1). */
export const VERDICT_WAIT_MS = 10 * 60_000;

/** The element's settings, read once when an attempt begins. */
export interface AttemptSettings {
  endpoint?: string;
  fetcher?: KycFetcher;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  credentials: RequestCredentials;
  timeoutMs: number;
  provider: ProviderName | 'auto';
  allowedOrigins?: string;
  returnUrl?: string;
  statusEndpoint?: string;
  statusMaxWait?: number;
  locale: string;
  sdkTheme?: 'light' | 'dark';
  strings?: Partial<KycStrings>;
}

/**
 * What `params` and `data` may carry for a signal from `source` (SPEC §1): the adapter's documented
 * return params or message fields, the status answer's fields, or the element's own counters.
 */
export function knownParams(adapter: ProviderAdapter | undefined, source: KycSource): readonly string[] {
  switch (source) {
    case 'redirect':
      return adapter?.knownParams.returns ?? [];
    case 'message':
    case 'sdk':
      return adapter?.knownParams.messages ?? [];
    case 'status':
      return STATUS_ANSWER_PARAMS;
    default:
      return ELEMENT_DATA_PARAMS;
  }
}

/** A stored status URL, still on one of the backend's origins (storage is the page's, but check anyway). */
function trustedStatusUrl(value: string | undefined, backendOrigins: string[]): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return backendOrigins.includes(url.origin) && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The backend client's settings from the element's: resolved once per attempt. */
function backendSettings(settings: AttemptSettings, endpoint: URL | undefined): BackendSettings {
  return {
    url: endpoint?.href ?? '',
    fetcher: settings.fetcher,
    headers: settings.headers,
    body: settings.body,
    credentials: settings.credentials,
    timeoutMs: settings.timeoutMs,
    provider: settings.provider,
    allowedOrigins: parseOriginList(settings.allowedOrigins),
    // Where the page's own backend lives: the only origins a `statusUrl` may point at.
    backendOrigins: endpoint ? [location.origin, endpoint.origin] : [location.origin],
  };
}

/** What the controller needs of the element: its settings, its flow container, and where events go. */
export interface AttemptHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  attemptSettings(): AttemptSettings;
  /** The texts of the page's language (its catalog chunk, loaded; English is built in). */
  texts(): Promise<Partial<KycStrings>>;
  /** The container the flow mounts in, once the `active` state has rendered. */
  flowContainer(): HTMLElement | undefined;
  attemptStarted(attempt: string): void;
  flowReady(detail: KycReadyDetail, focusTarget: HTMLElement | null, byUser: boolean): void;
  flowProgress(detail: KycProgressDetail): void;
  attemptResult(result: KycResult, byUser: boolean): void;
}

/**
 * Where an attempt is: `running` until its result; `awaiting-verdict` after a `completed` that the mode
 * can still follow with `approved`/`rejected` (only a verdict may then be reported); `ended` for good.
 */
type AttemptPhase = 'running' | 'awaiting-verdict' | 'ended';

/** One attempt: what it learnt, and everything that must be torn down when it ends. */
class Attempt {
  phase: AttemptPhase = 'running';
  readonly controller = new AbortController();
  session?: Session;
  adapter?: ProviderAdapter;
  modeName?: ModeName;
  mode?: Mode;
  backend?: ModeBackend;
  /** `popup` mode: the window opened in the click's own task, before the backend answers. */
  popup?: Window | null;
  private stopReturns?: () => void;
  private verdictTimer?: ReturnType<typeof setTimeout>;

  constructor(
    readonly id: string,
    /** Started by a user gesture (not `autostart`, not a return): focus may move. */
    readonly byUser: boolean,
    /** The mode asked for: the `mode` attribute, or `qr` for "continue on your phone". */
    readonly modeSetting: ModeSetting,
  ) {}

  get live(): boolean {
    return this.phase !== 'ended';
  }

  listenForReturns(onReturn: (message: ReturnMessage) => void): void {
    this.stopReturns = listenForReturns(this.id, onReturn);
  }

  /** Waits for a verdict after `completed`, then ends quietly. */
  awaitVerdict(onTimeout: () => void): void {
    this.phase = 'awaiting-verdict';
    this.verdictTimer = setTimeout(onTimeout, VERDICT_WAIT_MS);
  }

  /** Ends the attempt for good and tears down everything it started: requests, mode, listeners, timers. */
  stop(): void {
    this.phase = 'ended';
    this.controller.abort();
    clearTimeout(this.verdictTimer);
    this.stopReturns?.();
    this.stopReturns = undefined;
    if (this.mode) this.mode.teardown();
    else if (this.popup && !this.popup.closed) this.popup.close(); // never pointed at a link
    this.mode = undefined;
  }
}

/**
 * The attempt controller: owns one attempt at a time from `begin` to its one `kyc-result` (SPEC §1):
 * the backend client, the mode, the verdict wait, teardown, the popup opened in the click's task, and
 * the top-level return of a redirect. The element renders what it exposes and dispatches the events it
 * hands over.
 */
export class AttemptController implements ReactiveController {
  /** `idle` → `loading` → `active` → `done` | `failed`. */
  state: KycState = 'idle';
  /** A mode's flow is mounted in the element's flow container. */
  flowMounted = false;
  /** The mode said its flow is on screen (`kyc-ready`). */
  flowReady = false;

  /** "Loading the verification…" covers the flow: active, not ready, and a mode that paints by itself. */
  get flowCovered(): boolean {
    return this.state === 'active' && !this.flowReady && (this.attempt?.mode?.coveredUntilReady ?? true);
  }
  /** The result the end view shows. */
  result?: KycResult;
  /** This page is a return page: `forwarded` (in a frame or popup) or `elsewhere` (another device or tab). */
  returnView?: 'forwarded' | 'elsewhere';
  /** The last error came from a missing camera (Jumio `H…` / `9822`): offer to continue on a phone. */
  offerPhone = false;

  private attempt?: Attempt;
  /** The camera check, started on connect and shared by this element's attempts until it connects again. */
  private facts?: Promise<ClientFacts>;

  constructor(private readonly host: AttemptHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.onPageShow);
    if (this.attempt) return; // moved within the page: the attempt goes on
    if (this.handleReturn()) return;
    // Fetch the engine chunk and run the camera check (the first `enumerateDevices()` of a page can take
    // a while) while the user reads the page, so a click waits for neither.
    void loadEngine().catch(() => undefined);
    this.facts = clientFacts();
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.onPageShow);
    // One microtask later, and not at all when the element was only moved.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.abandon();
    });
  }

  /** True while no attempt has started and none is being resumed. */
  get idle(): boolean {
    return this.state === 'idle' && !this.attempt;
  }

  /** Begins an attempt; a live one is stopped first without a further event. */
  begin(byUser: boolean, modeSetting: ModeSetting): void {
    const previous = this.attempt;
    if (previous?.live) this.stopAttempt(previous);
    const attempt = new Attempt(newAttemptId(), byUser, modeSetting);
    // Browsers allow a popup only in the click's own task: open it now, point it at the link later.
    if (byUser && modeSetting === 'popup') attempt.popup = openPopup(attempt.id);
    this.attempt = attempt;
    this.result = undefined;
    this.offerPhone = false;
    this.flowReady = false;
    this.returnView = undefined;
    this.setState('loading');
    this.host.attemptStarted(attempt.id);
    void this.run(attempt, this.host.attemptSettings());
  }

  /** Ends a live attempt as `cancelled` with `code` and tells the backend. False when nothing was live. */
  cancel(code: 'cancelled' | 'restarted' = 'cancelled'): boolean {
    const attempt = this.attempt;
    if (!attempt?.live) return false;
    if (attempt.phase === 'running') {
      const message = code === 'restarted' ? 'A new attempt was started.' : 'The verification was cancelled.';
      this.report(attempt, outcome('cancelled', true, {code, message}), 'element', undefined);
      this.sendCancel(attempt);
    }
    this.stopAttempt(attempt);
    return true;
  }

  /**
   * Ends the live attempt as `cancelled` / `restarted`, then begins a fresh one, unless a `kyc-result`
   * listener already started one in reaction to that result.
   */
  restart(modeSetting: ModeSetting): void {
    const before = this.attempt;
    this.cancel('restarted');
    if (this.attempt !== before && this.attempt?.live) return;
    this.begin(true, modeSetting);
  }

  // ---- one attempt ----

  private async run(attempt: Attempt, settings: AttemptSettings): Promise<void> {
    try {
      const endpoint = resolveEndpoint(settings.endpoint, !!settings.fetcher);
      const returnUrl = markedReturnUrl(settings.returnUrl, attempt.id);
      // The engine chunk and the page's catalog are usually preloaded; the camera check runs meanwhile.
      this.facts ??= clientFacts();
      const [engine, client, texts] = await Promise.all([loadEngine(), this.facts, this.host.texts()]);
      if (!attempt.live) return;
      const backend = new engine.AttemptBackend(
        backendSettings(settings, endpoint),
        {attempt: attempt.id, returnUrl, locale: settings.locale, mode: attempt.modeSetting, client},
        attempt.controller.signal,
      );
      attempt.backend = backend;
      const session = await backend.session();
      if (!attempt.live) return;
      const adapter = engine.adapterFor(session.provider);
      attempt.session = session;
      attempt.adapter = adapter;
      const statusUrl = settings.statusEndpoint || session.statusUrl;
      const modeName = engine.resolveMode(attempt.modeSetting, session, adapter, {camera: client.camera, autostart: !attempt.byUser, hasSdk: engine.hasSdk}, statusUrl);
      const factory = engine.MODE_FACTORIES[modeName];
      if (!factory || !engine.modeServes(modeName, session, engine.hasSdk(adapter))) throw KycError.of('unsupported-mode');
      if (modeName === 'sdk' && !engine.sdkOriginAllowed(adapter, session.token!, parseOriginList(settings.allowedOrigins))) {
        throw KycError.of('unsafe-url', "The SDK's origin is not in allowed-origins.");
      }
      attempt.modeName = modeName;
      this.flowMounted = true;
      this.setState('active');
      await this.host.updateComplete;
      const container = this.host.flowContainer();
      if (!attempt.live || attempt !== this.attempt || !container) return;
      attempt.listenForReturns((message) => this.onForwardedReturn(attempt, message));
      attempt.mode = factory({
        attempt: attempt.id,
        session,
        adapter,
        // Mode texts come with the engine; the host's overrides win over both catalogs.
        strings: engine.modeStringsFor(texts, settings.strings),
        returnUrl,
        container,
        locale: settings.locale,
        byUser: attempt.byUser,
        sdkTheme: settings.sdkTheme,
        statusUrl,
        statusMaxWait: settings.statusMaxWait,
        preopenedWindow: attempt.popup,
        signal: attempt.controller.signal,
        backend,
        ready: () => this.onReady(attempt),
        report: (event, source, raw) => this.report(attempt, event, source, raw),
        fail: (error) => this.fail(attempt, error),
      });
      attempt.mode.start();
      // A mode that shows its own UI at once must not stay under the loading layer.
      if (!attempt.mode.coveredUntilReady) this.host.requestUpdate();
    } catch (error) {
      if (error instanceof Aborted) return;
      this.fail(attempt, error instanceof KycError ? error : KycError.of('invalid-response'));
    }
  }

  private onReady(attempt: Attempt): void {
    if (attempt !== this.attempt || !attempt.live || this.flowReady) return;
    this.flowReady = true;
    this.host.requestUpdate();
    this.host.flowReady({attempt: attempt.id, provider: attempt.adapter!.name, mode: attempt.modeName!}, attempt.mode?.focusTarget() ?? null, attempt.byUser);
  }

  private fail(attempt: Attempt, error: KycError): void {
    this.report(attempt, outcome('error', error.retryable, {code: error.code, message: error.message}), 'element', undefined);
  }

  /** The one place a flow event becomes a DOM event, under the once-per-attempt rule (SPEC §1). */
  private report(attempt: Attempt, event: FlowEvent, source: KycSource, raw: unknown): void {
    if (attempt !== this.attempt || !attempt.live) return;
    const pinned = this.host.attemptSettings().provider;
    const provider: ProviderName = attempt.adapter?.name ?? (pinned === 'auto' ? 'generic' : pinned);
    if (event.kind === 'progress') {
      // One order in every mode: a provider that says its page is up is on screen, so `kyc-ready` first
      // (an iframe's page may post before the frame's `load`; the SDK says ready first by itself).
      if (event.step === 'flow-loaded') this.onReady(attempt);
      // Progress may follow `completed` while the mode waits for a verdict: Sumsub's RED + RETRY
      // (`resubmission-requested`) arrives after `onApplicantSubmitted`.
      this.host.flowProgress({attempt: attempt.id, provider, step: event.step, data: flattenParams(raw, knownParams(attempt.adapter, source))});
      return;
    }
    // After `completed`, only one verdict may follow.
    if (attempt.phase === 'awaiting-verdict' && !isVerdict(event.status)) return;
    const result = makeResult(event, {attempt: attempt.id, provider, source, reference: attempt.session?.reference, raw, known: knownParams(attempt.adapter, source)});
    this.offerPhone = !!event.offerPhone;
    if (event.status === 'completed' && attempt.mode?.awaitsVerdict) {
      attempt.awaitVerdict(() => this.stopAttempt(attempt));
      attempt.mode.completed?.();
    } else {
      this.stopAttempt(attempt);
    }
    this.result = result;
    this.setState(endsInDoneView(result.status) ? 'done' : 'failed');
    this.host.attemptResult(result, attempt.byUser);
  }

  private stopAttempt(attempt: Attempt): void {
    attempt.stop();
    if (attempt === this.attempt) {
      this.flowMounted = false;
      this.host.requestUpdate();
    }
  }

  /** Disconnected for good: stop silently and return to `idle`. */
  private abandon(): void {
    const attempt = this.attempt;
    if (!attempt) return;
    this.stopAttempt(attempt);
    this.attempt = undefined;
    this.result = undefined;
    this.flowReady = false;
    this.setState('idle');
  }

  /**
   * Tells the backend the attempt was given up (best effort), so it can revoke the link: only when the
   * attempt asked it for a session (an attempt still loading the engine never reached the backend).
   */
  private sendCancel(attempt: Attempt): void {
    attempt.backend?.cancel();
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
    const found = settleReturn(true);
    if (found.kind === 'none') return false;
    if (found.kind === 'stored') this.resumeRedirect(found);
    else this.returnView = found.kind;
    return true;
  }

  /**
   * Back from a top-level redirect: the stored attempt is reported once its adapter has loaded. With a
   * status URL, the return counts as `completed` at most and the verdict comes from polling (SPEC §4).
   */
  private resumeRedirect({stored, params}: RedirectReturn): void {
    const attempt = new Attempt(stored.attempt, false, stored.mode);
    attempt.modeName = stored.mode;
    attempt.session = {provider: stored.provider, reference: stored.reference, statusUrl: stored.statusUrl};
    this.attempt = attempt;
    // By the time the engine has loaded, the page has attached its listeners and set its properties.
    loadEngine().then(
      (engine) => {
        if (!attempt.live) return;
        const adapter = engine.adapterFor(stored.provider);
        attempt.adapter = adapter;
        let event: FlowEvent = adapter.parseReturn(params) ?? UNRECOGNIZED_RETURN;
        const settings = this.host.attemptSettings();
        let endpoint: URL | undefined;
        try {
          endpoint = resolveEndpoint(settings.endpoint, !!settings.fetcher);
        } catch {
          endpoint = undefined; // status calls need no endpoint: they GET the stored URL
        }
        const backendConfig = backendSettings(settings, endpoint);
        const statusUrl = trustedStatusUrl(stored.statusUrl, backendConfig.backendOrigins);
        if (statusUrl && event.kind === 'result' && endsInDoneView(event.status)) {
          const backend = new engine.AttemptBackend(
            backendConfig,
            {attempt: attempt.id, returnUrl: location.href, locale: settings.locale, mode: 'redirect', client: {camera: false, mobile: false, webview: false}},
            attempt.controller.signal,
          );
          attempt.backend = backend;
          event = {kind: 'result', status: 'completed', retryable: false, reference: event.reference};
          attempt.mode = new engine.RedirectVerdict({
            attempt: attempt.id,
            session: attempt.session!,
            adapter,
            statusUrl,
            statusMaxWait: settings.statusMaxWait,
            signal: attempt.controller.signal,
            backend,
            report: (next, source, raw) => this.report(attempt, next, source, raw),
            fail: (error) => this.fail(attempt, error),
          });
          attempt.mode.start();
        }
        this.report(attempt, event, 'redirect', params);
      },
      (error: unknown) => this.fail(attempt, error instanceof KycError ? error : KycError.of('network')),
    );
  }

  /** Back from a redirect through the back/forward cache: the attempt never came back, start over. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    const attempt = this.attempt;
    if (!event.persisted || !attempt?.live || attempt.modeName !== 'redirect') return;
    forgetAttempt(attempt.id);
    this.abandon();
  };

  private setState(next: KycState): void {
    this.state = next;
    this.host.requestUpdate();
  }
}
