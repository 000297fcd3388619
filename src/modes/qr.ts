import {html, nothing, render, svg} from 'lit';
import {clock} from '../clock.js';
import type {Session} from '../providers/index.js';
import {Aborted, KycError, outcome, progress} from '../result.js';
import {qrStyles} from './qr-styles.js';
import {formatTimeLeft, loadQrEncoder, type QrDrawing} from './qr-code.js';
import {pollForOutcome, type StatusAnswer, type StatusPoller} from './status.js';
import type {Mode, ModeContext} from './types.js';

/** An unused link is replaced this long before it expires. */
export const RENEW_BEFORE_MS = 30_000;
/** At most this many replacements per attempt (SPEC §3). */
export const MAX_RENEWALS = 3;

/**
 * Where a QR attempt is:
 * - `loading`: the encoder is on its way;
 * - `showing`: the code is on screen, the link unused (it may be renewed, it may expire);
 * - `renewing`: a fresh link is being asked for (the code stays on screen);
 * - `opened`: the status endpoint said `started`: the link is in use, never renewed or expired here;
 * - `completed`: the attempt reported `completed`; polling goes on for a verdict, the code is gone;
 * - `ended`: torn down, or failed; nothing more happens.
 */
type QrPhase = 'loading' | 'showing' | 'renewing' | 'opened' | 'completed' | 'ended';

/**
 * `qr` mode (SPEC §3): a QR code of the session's `handoffUrl` (else its link) for the user's phone,
 * with "open on this device instead", the time left until `expiresAt`, and the outcome learnt by
 * polling the status URL. Under the code, for people who cannot scan it, the same link as selectable text
 * and a "Copy link" button; "Link copied" (or, when the clipboard refuses, a hint, with the link text
 * selected) shows in the view's polite live region. The link is a bearer link: it appears in the code, that
 * text and the "open here" link only, never in a log, an attribute or an accessible name. An unused link (status `pending`, never `started`) is replaced
 * `RENEW_BEFORE_MS` before it expires, at most three times (`purpose: 'renew'`, `kyc-progress`
 * `link-renewed`); a link that expires anyway ends the attempt as `expired` (retryable).
 *
 * Without a status URL the code still works: the flow ends on the phone, which shows the result; this
 * page learns nothing (except from a return page opened in this same browser), no link is renewed (it
 * cannot be told whether it is in use), and the attempt ends `expired` when the link does.
 */
export class QrMode implements Mode {
  readonly name = 'qr' as const;
  readonly styles = qrStyles;
  readonly coveredUntilReady = true;
  private phase: QrPhase = 'loading';
  private root?: HTMLDivElement;
  private session: Session;
  private encode?: (text: string) => QrDrawing;
  /** The drawn code, kept while the link stays the same (the countdown redraws every second). */
  private code?: QrDrawing;
  private poller?: StatusPoller;
  private renewals = 0;
  /** The view's live region: the link was renewed, copied, or could not be copied. */
  private notice = '';
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
    this.show().catch(this.crash);
  }

  focusTarget(): HTMLElement | null {
    return this.root?.querySelector<HTMLElement>('.qr-instructions') ?? null;
  }

  completed(): void {
    // The link was used: the code and its countdown are of no further use; polling goes on for the verdict.
    if (this.phase === 'ended') return;
    this.phase = 'completed';
    this.clearTimers();
    this.update();
  }

  teardown(): void {
    this.phase = 'ended';
    this.clearTimers();
    this.poller?.stop();
    this.poller = undefined;
    if (this.root) render(nothing, this.root);
    this.root?.remove();
    this.root = undefined;
  }

  /** A link that may still be renewed or expire: on screen and not known to be in use. */
  private get unused(): boolean {
    return this.phase === 'showing' || this.phase === 'renewing';
  }

  private async show(): Promise<void> {
    try {
      this.encode = await loadQrEncoder();
    } catch {
      if (this.phase !== 'ended') this.context.fail(KycError.of('network', 'The QR code component could not be loaded.'));
      return;
    }
    // Completed by a return forwarded while the encoder loaded: no code, but poll for the verdict.
    if (this.phase === 'completed') this.startPolling();
    if (this.phase !== 'loading') return;
    // A link the encoder cannot hold ends the attempt before anything is shown or polled.
    if (!this.draw()) return;
    this.phase = 'showing';
    this.update();
    this.schedule();
    this.startPolling();
    this.context.ready();
    this.context.report(progress('waiting-for-phone'), 'element', undefined);
  }

  private startPolling(): void {
    this.poller = pollForOutcome(this.context, this.session.reference, this.onAnswer);
  }

  /** The text the code carries: the host's hand-off link when given, else the provider's link. */
  private get target(): string {
    return this.session.handoffUrl ?? this.session.url!;
  }

  /**
   * Encodes the current link (once per link). A link too long for a code ends the attempt as
   * `unsupported-mode`. False when it failed.
   */
  private draw(): boolean {
    const target = this.target;
    if (this.code?.target === target) return true;
    this.code = undefined;
    try {
      this.code = this.encode!(target);
      return true;
    } catch {
      this.end(KycError.of('unsupported-mode', 'The link is too long for a QR code.'));
      return false;
    }
  }

  /** Ends the attempt with an error of the mode's own (once; never after teardown). */
  private end(error: KycError): void {
    if (this.phase === 'ended') return;
    this.phase = 'ended';
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
    if (!this.root || this.phase === 'ended' || this.phase === 'loading') return;
    if (this.phase === 'completed') render(nothing, this.root);
    else if (this.draw()) render(this.view(), this.root);
  }

  private view() {
    const {strings, statusUrl} = this.context;
    const target = this.target;
    const {path, side} = this.code!;
    const expiresAt = this.session.expiresAt;
    const left = expiresAt === undefined ? undefined : expiresAt - clock.now();
    const expiry =
      this.phase === 'opened'
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
      <div class="qr-link-group">
        <p>${strings.qrLinkLabel}</p>
        <p class="qr-link" part="qr-link" dir="ltr">${target}</p>
      </div>
      <div class="qr-copy">
        <button class="secondary" part="qr-copy-button" type="button" @click=${this.copyLink}>${strings.qrCopyLink}</button>
        <p class="qr-notice" part="status" role="status">${this.notice || nothing}</p>
      </div>
      ${statusUrl ? nothing : html`<p class="qr-note">${strings.qrResultOnPhone}</p>`}
      <a class="qr-open-here" part="open-here" href=${target} target="_blank" rel="noopener">${strings.qrOpenHere}</a>`;
  }

  // ---- the link as text ----

  /**
   * "Copy link": the clipboard gets the link the code carries. Where the Clipboard API is missing (a page
   * not served over HTTPS) or refuses (permission, no user activation), the link text is selected and a
   * hint says to copy it by hand.
   */
  private readonly copyLink = () => {
    const link = this.target;
    let writing: Promise<void>;
    try {
      writing = navigator.clipboard.writeText(link);
    } catch {
      writing = Promise.reject(new Error('no clipboard'));
    }
    writing.then(
      () => this.copied(true),
      () => this.copied(false),
    );
  };

  private copied(ok: boolean): void {
    if (!this.root || this.phase === 'ended' || this.phase === 'completed') return;
    this.notice = ok ? this.context.strings.qrLinkCopied : this.context.strings.qrCopyFailed;
    this.update();
    if (ok) return;
    const text = this.root.querySelector('.qr-link');
    const selection = document.getSelection();
    if (!text || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(text);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // ---- expiry and renewal ----

  private schedule(): void {
    this.clearTimers();
    if (!this.unused) return;
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

  /** The countdown, redrawn at each whole second while the link is unused. */
  private readonly tick = () => {
    this.tickTimer = undefined;
    this.update();
    const expiresAt = this.session.expiresAt;
    if (expiresAt === undefined || !this.unused) return;
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
    if (this.phase !== 'showing' || this.renewals >= MAX_RENEWALS) return;
    // Never on an old answer: the link may be in use on the phone while this page was hidden.
    await this.poller?.checkNow();
    if ((this.phase as QrPhase) !== 'showing') return;
    this.phase = 'renewing';
    const n = ++this.renewals;
    let next: Session;
    try {
      next = await this.context.backend.renew(n);
    } catch (error) {
      // The phase may have changed while the request was on its way.
      if ((this.phase as QrPhase) === 'ended' || error instanceof Aborted) return;
      this.end(error instanceof KycError ? error : KycError.of('invalid-response'));
      return;
    }
    // Opened, completed or ended while the renewal was on its way: keep the link in use.
    if ((this.phase as QrPhase) !== 'renewing') return;
    this.phase = 'showing';
    if (!next.url) {
      this.end(KycError.of('invalid-response', 'The renewed session has no link.'));
      return;
    }
    this.session = {...next, reference: next.reference ?? this.session.reference};
    if (!this.draw()) return;
    this.poller?.setReference(this.session.reference);
    this.notice = this.context.strings.qrRenewed;
    this.schedule();
    this.update();
    this.context.report(progress('link-renewed'), 'element', {renewal: n});
  }

  /** A timer callback: the check's promise must not reject unhandled. */
  private readonly expire = () => {
    this.expiryTimer = undefined;
    this.expireLink().catch(this.crash);
  };

  private async expireLink(): Promise<void> {
    // While renewing, the renewal reschedules; a link in use or finished never expires here.
    if (this.phase !== 'showing') return;
    // Ask first: the phone may have opened or finished the link while this page's timers slept.
    await this.poller?.checkNow();
    if ((this.phase as QrPhase) !== 'showing') return;
    this.context.report(
      outcome('expired', true, {code: 'link-expired', message: 'The verification link expired before it was used.', reference: this.session.reference}),
      'element',
      undefined,
    );
  }

  // ---- status ----

  private readonly onAnswer = (answer: StatusAnswer, raw: unknown) => {
    if (this.phase === 'ended') return;
    if (answer.kind === 'started') {
      if (!this.unused) return;
      this.phase = 'opened';
      this.clearTimers();
      this.update();
      return;
    }
    if (answer.kind !== 'result') return;
    this.context.report({...answer.outcome, reference: answer.outcome.reference ?? this.session.reference}, 'status', raw);
  };
}
