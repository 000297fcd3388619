import {html, nothing, render, svg} from 'lit';
import {clock} from '../clock.js';
import type {Session} from '../providers/index.js';
import {Aborted, KycError, outcome, progress, type Signal} from '../result.js';
import {pollStatus, type StatusAnswer, type StatusPoller} from '../status.js';
import type {Mode, ModeContext} from './types.js';

/** An unused link is replaced this long before it expires. */
export const RENEW_BEFORE_MS = 30_000;
/** At most this many replacements per attempt (SPEC §3). */
export const MAX_RENEWALS = 3;
/** Modules of light margin around the code, as the QR standard asks. */
const QUIET_ZONE = 4;

/** The part of `qrcode` this mode uses: the module matrix of a code. */
interface QrMatrix {
  modules: {size: number; data: ArrayLike<number | boolean>};
}
type QrCreate = (text: string, options: {errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'}) => QrMatrix;

let qrLoading: Promise<QrCreate> | undefined;

/**
 * Loads the QR encoder (its own lazy chunk in the CDN build): `qrcode`'s core, without its canvas,
 * PNG and terminal renderers. The package is CommonJS: its `create` may sit on the namespace or on
 * `default`, depending on the bundler.
 */
function loadQr(): Promise<QrCreate> {
  qrLoading ??= import('qrcode/lib/core/qrcode.js').then(
    (module) => {
      const ns = module as unknown as {create?: QrCreate; default?: {create?: QrCreate}};
      const create = ns.create ?? ns.default?.create;
      if (typeof create !== 'function') throw new Error('qrcode: no create()');
      return create;
    },
    (error: unknown) => {
      qrLoading = undefined;
      throw error;
    },
  );
  return qrLoading;
}

/**
 * The dark modules of a code as one SVG path, one `h` run per row segment, offset by the quiet zone.
 * Drawn with `shape-rendering="crispEdges"` in a `viewBox` of whole modules, it is sharp at any size.
 */
export function qrPath(modules: QrMatrix['modules'], quiet = QUIET_ZONE): string {
  const {size, data} = modules;
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      d += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return d;
}

/** `m:ss` (or `h:mm:ss`) for a number of milliseconds, rounded up to the second. */
export function formatTimeLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * `qr` mode (SPEC §3): a QR code of the session's `handoffUrl` (else its link) for the user's phone,
 * with "open on this device instead", the time left until `expiresAt`, and the outcome learnt by
 * polling the status URL. An unused link (status `pending`, never `started`) is replaced
 * `RENEW_BEFORE_MS` before it expires, at most three times (`purpose: 'renew'`, `kyc-progress`
 * `link-renewed`); a link that expires anyway ends the attempt as `expired` (retryable).
 *
 * Without a status URL the code still works: the flow ends on the phone, which shows the result; this
 * page learns nothing (except from a return page opened in this same browser), no link is renewed (it
 * cannot be told whether it is in use), and the attempt ends `expired` when the link does.
 */
export class QrMode implements Mode {
  readonly name = 'qr' as const;
  private root?: HTMLDivElement;
  private session: Session;
  private create?: QrCreate;
  /** The drawn code, kept while the link stays the same (the countdown redraws every second). */
  private code?: {target: string; path: string; side: number};
  private poller?: StatusPoller;
  private renewals = 0;
  private renewing = false;
  private started = false;
  private stopped = false;
  private done = false;
  private renewedNotice = '';
  private renewTimer?: number;
  private expiryTimer?: number;
  private tickTimer?: number;

  constructor(private readonly context: ModeContext) {
    this.session = context.session;
  }

  /** With a status URL the mode keeps polling after `completed`, for a verdict. */
  get awaitsVerdict(): boolean {
    return !!this.context.statusUrl;
  }

  start(): void {
    const root = document.createElement('div');
    root.className = 'qr';
    root.setAttribute('part', 'qr');
    this.context.container.append(root);
    this.root = root;
    // Nothing the mode starts may reject unhandled: whatever escapes ends the attempt.
    this.draw().catch(this.crash);
  }

  focusTarget(): HTMLElement | null {
    return this.root?.querySelector<HTMLElement>('.qr-instructions') ?? null;
  }

  completed(): void {
    // The link was used: the code and its countdown are of no further use; polling goes on for the verdict.
    this.done = true;
    this.clearTimers();
    this.update();
  }

  teardown(): void {
    this.stopped = true;
    this.clearTimers();
    this.poller?.stop();
    this.poller = undefined;
    if (this.root) render(nothing, this.root);
    this.root?.remove();
    this.root = undefined;
  }

  private async draw(): Promise<void> {
    try {
      this.create = await loadQr();
    } catch {
      if (!this.stopped) this.context.fail(KycError.of('network', 'The QR code component could not be loaded.'));
      return;
    }
    if (this.stopped) return;
    // A link the encoder cannot hold ends the attempt before anything is shown or polled.
    if (!this.encode()) return;
    this.update();
    this.schedule();
    this.poller = pollStatus(this.context, this.onAnswer, this.session.reference);
    // A return forwarded while the encoder loaded may already have completed the attempt.
    if (this.done) return;
    this.context.ready();
    this.context.report(progress('waiting-for-phone'), 'element', undefined);
  }

  /** The text the code carries: the host's hand-off link when given, else the provider's link. */
  private get target(): string {
    return this.session.handoffUrl ?? this.session.url!;
  }

  /**
   * Encodes the current link (once per link). `qrcode` throws for more text than a code can hold
   * (about 2.3 KB at level M): that ends the attempt as `unsupported-mode`. False when it failed.
   */
  private encode(): boolean {
    const target = this.target;
    if (this.code?.target === target) return true;
    this.code = undefined;
    try {
      const modules = this.create!(target, {errorCorrectionLevel: 'M'}).modules;
      this.code = {target, path: qrPath(modules), side: modules.size + 2 * QUIET_ZONE};
      return true;
    } catch {
      this.end(KycError.of('unsupported-mode', 'The link is too long for a QR code.'));
      return false;
    }
  }

  /** Ends the attempt with an error of the mode's own (once; never after teardown). */
  private end(error: KycError): void {
    if (this.stopped) return;
    this.stopped = true;
    this.clearTimers();
    this.poller?.stop();
    this.context.fail(error);
  }

  /** The last resort for a promise of the mode that rejected anyway. */
  private readonly crash = (error: unknown) => {
    if (error instanceof Aborted) return;
    this.end(error instanceof KycError ? error : KycError.of('unsupported-mode', 'The QR code could not be shown.'));
  };

  private update(): void {
    if (!this.root || this.stopped) return;
    if (this.done) {
      render(nothing, this.root);
      return;
    }
    if (this.encode()) render(this.view(), this.root);
  }

  private view() {
    const {strings, statusUrl} = this.context;
    const target = this.target;
    const {path, side} = this.code!;
    const expiresAt = this.session.expiresAt;
    const left = expiresAt === undefined ? undefined : expiresAt - clock.now();
    const expiry = this.started
      ? html`<p class="qr-expiry" part="status">${strings.qrOpened}</p>`
      : left !== undefined && left > 0
        ? html`<p class="qr-expiry" part="status">${strings.qrExpiresIn.replace('{time}', formatTimeLeft(left))}</p>`
        : nothing;
    return html`<p class="qr-instructions" tabindex="-1">${strings.qrInstructions}</p>
      <svg
        class="qr-code"
        part="qr-code"
        role="img"
        aria-label=${strings.qrLabel}
        viewBox="0 0 ${side} ${side}"
        shape-rendering="crispEdges"
        xmlns="http://www.w3.org/2000/svg"
      >
        ${svg`<rect class="qr-light" width=${side} height=${side} fill="#fff"></rect><path class="qr-dark" d=${path} fill="#000"></path>`}
      </svg>
      ${expiry}
      ${statusUrl ? nothing : html`<p class="qr-note">${strings.qrResultOnPhone}</p>`}
      <a class="qr-open-here" part="open-here" href=${target} target="_blank" rel="noopener">${strings.qrOpenHere}</a>
      <p class="sr-only" role="status">${this.renewedNotice}</p>`;
  }

  // ---- expiry and renewal ----

  private schedule(): void {
    this.clearTimers();
    if (this.done || this.stopped) return;
    const expiresAt = this.session.expiresAt;
    if (expiresAt === undefined) return;
    const now = clock.now();
    // Renewal needs the status endpoint: without it nobody can tell an unused link from one in use.
    if (this.context.statusUrl && this.renewals < MAX_RENEWALS) {
      this.renewTimer = clock.setTimeout(this.renew, Math.max(0, expiresAt - RENEW_BEFORE_MS - now));
    }
    this.expiryTimer = clock.setTimeout(this.expire, Math.max(0, expiresAt - now));
    this.tick();
  }

  /** The countdown, redrawn at each whole second. */
  private readonly tick = () => {
    this.tickTimer = undefined;
    this.update();
    const expiresAt = this.session.expiresAt;
    if (expiresAt === undefined || this.started || this.done) return;
    const left = expiresAt - clock.now();
    if (left <= 0) return;
    this.tickTimer = clock.setTimeout(this.tick, left % 1000 || 1000);
  };

  private clearTimers(): void {
    clock.clearTimeout(this.renewTimer);
    clock.clearTimeout(this.expiryTimer);
    clock.clearTimeout(this.tickTimer);
    this.renewTimer = this.expiryTimer = this.tickTimer = undefined;
  }

  /** A timer callback: the renewal's promise must not reject unhandled. */
  private readonly renew = () => {
    this.renewTimer = undefined;
    this.renewLink().catch(this.crash);
  };

  private async renewLink(): Promise<void> {
    if (this.started || this.done || this.stopped || this.renewing || this.renewals >= MAX_RENEWALS) return;
    this.renewing = true;
    const n = ++this.renewals;
    let next: Session;
    try {
      next = await this.context.requestSession('renew', n);
    } catch (error) {
      this.renewing = false;
      if (this.stopped || error instanceof Aborted) return;
      this.context.fail(error instanceof KycError ? error : KycError.of('invalid-response'));
      return;
    }
    this.renewing = false;
    if (this.stopped || this.done) return;
    // Opened while the renewal was on its way: keep the link in use.
    if (this.started) return;
    if (!next.url) {
      this.context.fail(KycError.of('invalid-response', 'The renewed session has no link.'));
      return;
    }
    this.session = {...next, reference: next.reference ?? this.session.reference};
    if (!this.encode()) return;
    this.poller?.setReference(this.session.reference);
    this.renewedNotice = this.context.strings.qrRenewed;
    this.schedule();
    this.update();
    this.context.report(progress('link-renewed'), 'element', {renewal: n});
  }

  private readonly expire = () => {
    this.expiryTimer = undefined;
    if (this.started || this.done || this.stopped) return;
    if (this.renewing) return; // the renewal reschedules
    this.context.report(
      outcome('expired', true, {code: 'link-expired', message: 'The verification link expired before it was used.', reference: this.session.reference}),
      'element',
      undefined,
    );
  };

  // ---- status ----

  private readonly onAnswer = (answer: StatusAnswer, raw: unknown) => {
    if (this.stopped) return;
    if (answer.kind === 'started') {
      if (this.started) return;
      this.started = true;
      clock.clearTimeout(this.renewTimer);
      clock.clearTimeout(this.expiryTimer);
      this.renewTimer = this.expiryTimer = undefined;
      this.update();
      return;
    }
    if (answer.kind !== 'result') return;
    const signal: Signal = {...answer.signal, reference: answer.signal.reference ?? this.session.reference};
    this.context.report(signal, 'status', raw);
  };
}
