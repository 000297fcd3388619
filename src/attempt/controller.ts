import type {CSSResult, ReactiveController, ReactiveControllerHost} from 'lit';
import {checkCamera, clientFacts, knownCamera, newAttemptId} from '../client.js';
import {loadEngine, type Engine} from '../load-engine.js';
import {backendSettings, requestSession, sendCancel, type AttemptFacts, type BackendSettings} from './backend-call.js';
import {openPopup} from '../modes/popup-window.js';
import type {RedirectReturn} from '../modes/redirect/storage.js';
type RedirectResumeModule = typeof import('./resume-redirect.js');
import type {Mode, ModeBackend} from '../modes/types.js';
import type {ProviderAdapter, Session} from '../providers/types.js';
import {Aborted, KycError, UNRECOGNIZED_RETURN, endsInDoneView, isVerdict, makeResult, outcome, type FlowEvent} from '../result.js';
import type {ReturnMessage} from '../return-message.js';
import type {KycStrings} from '../strings.js';
import {ATTEMPT_PARAM, markedReturnUrl, readReturnParams, resolveEndpoint} from '../urls.js';
import type {KycFetcher, KycProgressDetail, KycReadyDetail, KycResult, KycSource, KycState, ModeName, ModeSetting, ProviderName} from '../types.js';

/** How long a `completed` attempt keeps listening for a verdict (SPEC §1). */
export const VERDICT_WAIT_MS = 10 * 60_000;

/** The element's settings, read once when an attempt begins. */
export interface AttemptSettings {
  /** The `mode` attribute (an attempt's own setting may differ: "continue on your phone" is `qr`). */
  mode: ModeSetting;
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

/** What the controller needs of the element: its settings, its flow container, and where events go. */
export interface AttemptHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  attemptSettings(): AttemptSettings;
  /** The texts of the page's language (its catalog chunk, loaded; English is built in). */
  texts(): Promise<Partial<KycStrings>>;
  /** Adds a lazily loaded view's styles (the modes') to the element's shadow root. */
  adoptStyles(styles: CSSResult): void;
  /** The container the flow mounts in, once the `active` state has rendered. */
  flowContainer(): HTMLElement | undefined;
  attemptStarted(attempt: string): void;
  flowReady(detail: KycReadyDetail, focusTarget: HTMLElement | null, byUser: boolean): void;
  flowProgress(detail: KycProgressDetail): void;
  attemptResult(result: KycResult, byUser: boolean): void;
}

/** Runs `work` after the next paint: a frame, then a task (without `requestAnimationFrame`, a task). */
function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work));
  else setTimeout(work);
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
  /** How the session request went out: the backend heard of this attempt and may be told it was cancelled. */
  sentTo?: BackendSettings;
  /** The engine, once loaded for this attempt. */
  engine?: Engine;
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

  listenForReturns(engine: Engine, onReturn: (message: ReturnMessage) => void): void {
    this.stopReturns = engine.listenForReturns(this.id, onReturn);
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
  /**
   * This page is a return page: `forwarded` (in a frame or popup) or `elsewhere` (another device or
   * tab); `pending` while the code that tells which (in the engine chunk) loads.
   */
  returnView?: 'forwarded' | 'elsewhere' | 'pending';
  /** The last error came from a missing camera (Jumio `H…` / `9822`): offer to continue on a phone. */
  offerPhone = false;

  private attempt?: Attempt;

  constructor(private readonly host: AttemptHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.onPageShow);
    if (this.attempt || this.returnView) return; // moved within the page: the attempt or return view goes on
    if (this.handleReturn()) return;
    // Fetch the engine chunk (a request is cheap to start: it then loads while the page paints) and,
    // once the start button has been painted, run the camera check (the first `enumerateDevices()` of a
    // page can take a while). A click waits for neither: its request leaves at once.
    this.preloadMode(this.host.attemptSettings().mode);
    afterPaint(() => {
      if (this.host.isConnected && this.idle) checkCamera();
    });
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
      const config = backendSettings(settings, endpoint);
      const facts: AttemptFacts = {attempt: attempt.id, returnUrl, locale: settings.locale, mode: attempt.modeSetting, client: clientFacts(knownCamera())};
      // The session request leaves now; the engine that reads its answer (usually preloaded) and the
      // page's catalog arrive meanwhile.
      const firstAnswer = requestSession(config, facts, settings.provider, 'session', attempt.id, {}, attempt.controller.signal);
      firstAnswer.catch(() => undefined); // read below, once the engine is in
      attempt.sentTo = config;
      this.preloadMode(attempt.modeSetting); // usually preloaded on connect already
      const [engine, texts] = await Promise.all([loadEngine(), this.host.texts()]);
      if (!attempt.live) return;
      attempt.engine = engine;
      const backend = new engine.AttemptBackend(config, facts, attempt.controller.signal, firstAnswer);
      attempt.backend = backend;
      const session = await backend.session();
      if (!attempt.live) return;
      const adapter = engine.adapterFor(session.provider);
      attempt.session = session;
      attempt.adapter = adapter;
      const statusUrl = settings.statusEndpoint || session.statusUrl;
      // The camera check's answer if it has settled since the request left.
      const camera = knownCamera() ?? facts.client.camera;
      const modeName = engine.chooseMode(attempt.modeSetting, session, adapter, {camera, autostart: !attempt.byUser}, statusUrl, config.allowedOrigins);
      const factory = await engine.loadMode(modeName);
      if (!attempt.live) return;
      attempt.modeName = modeName;
      this.flowMounted = true;
      this.setState('active');
      await this.host.updateComplete;
      const container = this.host.flowContainer();
      if (!attempt.live || attempt !== this.attempt || !container) return;
      attempt.listenForReturns(engine, (message) => this.onForwardedReturn(attempt, message));
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
      if (attempt.mode.styles) this.host.adoptStyles(attempt.mode.styles);
      attempt.mode.start();
      // A mode that shows its own UI at once must not stay under the loading layer.
      if (!attempt.mode.coveredUntilReady) this.host.requestUpdate();
    } catch (error) {
      if (error instanceof Aborted) return;
      this.fail(attempt, error instanceof KycError ? error : KycError.of('invalid-response'));
    }
  }

  /**
   * Loads the engine (adopting its modes' styles) and the chunk of the mode a setting will most likely
   * run in, without waiting for them. `run` calls it too, so the styles are in before a flow mounts.
   */
  private preloadMode(setting: ModeSetting): void {
    void loadEngine()
      .then((engine) => {
        this.host.adoptStyles(engine.modeStyles);
        return engine.loadMode(engine.preloadedMode(setting));
      })
      .catch(() => undefined);
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
    // Only what a provider said carries params, and it reached the controller through the engine.
    const params = raw === undefined || !attempt.engine ? {} : attempt.engine.sanitizedParams(raw, attempt.adapter, source);
    if (event.kind === 'progress') {
      // One order in every mode: a provider that says its page is up is on screen, so `kyc-ready` first
      // (an iframe's page may post before the frame's `load`; the SDK says ready first by itself).
      if (event.step === 'flow-loaded') this.onReady(attempt);
      // Progress may follow `completed` while the mode waits for a verdict: Sumsub's RED + RETRY
      // (`resubmission-requested`) arrives after `onApplicantSubmitted`.
      this.host.flowProgress({attempt: attempt.id, provider, step: event.step, data: params});
      return;
    }
    // After `completed`, only one verdict may follow.
    if (attempt.phase === 'awaiting-verdict' && !isVerdict(event.status)) return;
    const result = makeResult(event, {attempt: attempt.id, provider, source, reference: attempt.session?.reference, params});
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
   * attempt asked it for a session (one that failed on its settings never reached the backend).
   */
  private sendCancel(attempt: Attempt): void {
    if (attempt.sentTo) sendCancel(attempt.sentTo, attempt.id);
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
    // Only a page with the marker loads the return code (it is in the engine chunk).
    if (!readReturnParams(location.href).get(ATTEMPT_PARAM)) return false;
    this.returnView = 'pending';
    loadEngine().then(
      (engine) => {
        if (this.returnView !== 'pending') return; // an attempt began meanwhile
        const found = engine.settleReturn(true);
        this.returnView = found.kind === 'forwarded' || found.kind === 'elsewhere' ? found.kind : undefined;
        if (found.kind === 'stored') this.resumeRedirect(engine, found);
        this.host.requestUpdate();
      },
      () => {
        // Offline on a return page: the start button lets the user begin again.
        if (this.returnView === 'pending') this.returnView = undefined;
        this.host.requestUpdate();
      },
    );
    return true;
  }

  /**
   * Back from a top-level redirect: the stored attempt is reported once its adapter has loaded. With a
   * status URL, the return counts as `completed` at most and the verdict comes from polling (SPEC §4).
   */
  private resumeRedirect(engine: Engine, found: RedirectReturn): void {
    const {stored} = found;
    const attempt = new Attempt(stored.attempt, false, stored.mode);
    attempt.modeName = stored.mode;
    attempt.session = {provider: stored.provider, reference: stored.reference, statusUrl: stored.statusUrl};
    attempt.engine = engine;
    this.attempt = attempt;
    engine.loadRedirectResume().then(
      (resume) => attempt.live && this.reportRedirectReturn(attempt, engine, resume, found),
      () => this.fail(attempt, KycError.of('network', 'The verification component could not be loaded.')),
    );
  }

  /** By the time the engine has loaded, the page has attached its listeners and set its properties. */
  private reportRedirectReturn(attempt: Attempt, engine: Engine, resume: RedirectResumeModule, found: RedirectReturn): void {
    const settings = this.host.attemptSettings();
    let endpoint: URL | undefined;
    try {
      endpoint = resolveEndpoint(settings.endpoint, !!settings.fetcher);
    } catch {
      endpoint = undefined; // status calls need no endpoint: they GET the stored URL
    }
    const resumed = resume.resumeRedirect(engine, found, backendSettings(settings, endpoint), {
      locale: settings.locale,
      statusMaxWait: settings.statusMaxWait,
      signal: attempt.controller.signal,
      report: (next, source, raw) => this.report(attempt, next, source, raw),
      fail: (error) => this.fail(attempt, error),
    });
    attempt.adapter = resumed.adapter;
    attempt.backend = resumed.backend;
    attempt.mode = resumed.verdict;
    attempt.mode?.start();
    this.report(attempt, resumed.event, 'redirect', found.params);
  }

  /** Back from a redirect through the back/forward cache: the attempt never came back, start over. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    const attempt = this.attempt;
    if (!event.persisted || !attempt?.live || attempt.modeName !== 'redirect') return;
    // A redirect attempt ran in this tab, so the engine is in.
    void loadEngine().then((engine) => engine.forgetAttempt(attempt.id), () => undefined);
    this.abandon();
  };

  private setState(next: KycState): void {
    this.state = next;
    this.host.requestUpdate();
  }
}
