import {css, html, nothing, render} from 'lit';
import {clock} from '../clock.js';
import {KycError, outcome} from '../result.js';
import {openPopup} from './popup-window.js';
import {pollForOutcome, type StatusAnswer, type StatusPoller} from './status.js';
import type {Mode, ModeContext} from './types.js';

/** The popup view's styles, adopted when the mode mounts (`Mode.styles`). */
const popupStyles = css`
  .popup {
    display: grid;
    gap: var(--kyc-verify-gap, 0.75rem);
  }
`;

/** How often the window's `closed` flag is read. */
export const CLOSED_CHECK_MS = 1_000;
/** After the window was seen closed, the attempt ends `cancelled` when nothing arrives for this long. */
export const CLOSED_GRACE_MS = 2 * 60_000;

type View = 'blocked' | 'waiting' | 'closed' | 'none';

/**
 * `popup` mode (SPEC §3): the flow in a window of its own.
 *
 * - The element opens a blank window in the click's own task (browsers allow popups only there) and
 *   hands it over as `preopenedWindow`; this mode points it at the link. When there is none (blocked,
 *   or no click: `autostart`, or `auto` picked popup after the backend answered), a button opens the
 *   link with a fresh click; if the browser refuses that too, the attempt ends `popup-blocked`.
 * - `kyc-ready` once a window shows the link. The outcome comes from the return page (the element's
 *   forwarded-return listener: opener message or `BroadcastChannel`) or from polling the status URL.
 * - A closed window is no proof of cancellation: a provider sending `Cross-Origin-Opener-Policy` makes
 *   `closed` read true while the window is still open. When `closed` reads true without a result, the
 *   mode keeps listening and shows "The verification window was closed" with Reopen and Cancel; it
 *   ends `cancelled` when the user says so, or after two minutes without news.
 * - Teardown (a result, `cancel()`, disconnect) closes the window.
 */
export class PopupMode implements Mode {
  readonly name = 'popup' as const;
  readonly styles = popupStyles;
  readonly coveredUntilReady = false;
  private root?: HTMLDivElement;
  private win?: Window | null;
  private view: View = 'none';
  private poller?: StatusPoller;
  private watchTimer?: number;
  private graceTimer?: number;
  private stopped = false;

  constructor(private readonly context: ModeContext) {}

  /** With a status URL the mode keeps polling after `completed`, for a verdict. */
  get awaitsVerdict(): boolean {
    return !!this.context.statusUrl;
  }

  start(): void {
    const root = document.createElement('div');
    root.className = 'popup';
    this.context.container.append(root);
    this.root = root;
    const win = this.context.preopenedWindow;
    if (win && !isClosed(win) && this.point(win)) return;
    this.show('blocked');
    // The start button this click came from is gone: hand keyboard users the button that opens the flow.
    if (this.context.byUser) this.root.querySelector<HTMLElement>('[part~="open-button"]')?.focus();
  }

  focusTarget(): HTMLElement | null {
    return this.root?.querySelector<HTMLElement>('[data-focus]') ?? null;
  }

  completed(): void {
    // The return page closes the window itself; nothing to watch or offer any more.
    this.stopWatching();
    this.show('none');
  }

  teardown(): void {
    this.stopped = true;
    this.stopWatching();
    this.poller?.stop();
    this.poller = undefined;
    const win = this.win ?? this.context.preopenedWindow;
    try {
      if (win && !win.closed) win.close();
    } catch {
      // A window behind COOP cannot be reached any more.
    }
    this.win = undefined;
    if (this.root) render(nothing, this.root);
    this.root?.remove();
    this.root = undefined;
  }

  /** Points a window at the link; false when the browser will not let the page navigate it. */
  private point(win: Window): boolean {
    try {
      win.location.replace(this.context.session.url!);
    } catch {
      return false;
    }
    this.opened(win);
    return true;
  }

  private opened(win: Window): void {
    this.win = win;
    this.show('waiting');
    this.watch();
    this.startPolling();
    this.context.ready();
  }

  /** Opens the link in the click's own task (the blocked view's button, Reopen). */
  private openFromClick(): void {
    // The attempt's own window name: Reopen and the fallback button reuse the element's window.
    const win = openPopup(this.context.attempt, this.context.session.url!);
    if (!win) {
      this.context.fail(KycError.of('popup-blocked'));
      return;
    }
    try {
      win.focus();
    } catch {
      // not ours to focus any more
    }
    if (this.view === 'blocked') this.opened(win);
    else {
      this.win = win;
      this.show('waiting');
      this.watch();
    }
  }

  private startPolling(): void {
    this.poller ??= pollForOutcome(this.context, this.context.session.reference, this.onAnswer);
  }

  // ---- the closed window ----

  private watch(): void {
    this.stopWatching();
    this.watchTimer = clock.setTimeout(this.check, CLOSED_CHECK_MS);
  }

  private stopWatching(): void {
    clock.clearTimeout(this.watchTimer);
    clock.clearTimeout(this.graceTimer);
    this.watchTimer = this.graceTimer = undefined;
  }

  private readonly check = () => {
    this.watchTimer = undefined;
    if (this.stopped) return;
    if (!isClosed(this.win)) {
      this.watchTimer = clock.setTimeout(this.check, CLOSED_CHECK_MS);
      return;
    }
    // Closed, or hidden from us by COOP: keep listening, ask the user, give up after the grace period.
    this.show('closed');
    this.graceTimer = clock.setTimeout(this.giveUp, CLOSED_GRACE_MS);
  };

  private readonly giveUp = () => {
    this.graceTimer = undefined;
    if (this.stopped) return;
    this.context.report(outcome('cancelled', true, {code: 'popup-closed', message: 'The verification window was closed.'}), 'element', undefined);
  };

  private readonly onReopen = () => this.openFromClick();

  private readonly onOpen = () => this.openFromClick();

  /** "Cancel" after the window was closed: the user gave up, as the element's `cancel()` says. */
  private readonly onCancel = () => {
    this.context.backend.cancel();
    this.context.report(outcome('cancelled', true, {code: 'cancelled', message: 'The verification was cancelled.'}), 'element', undefined);
  };

  private readonly onAnswer = (answer: StatusAnswer, raw: unknown) => {
    if (this.stopped || answer.kind !== 'result') return;
    this.context.report(answer.outcome, 'status', raw);
  };

  // ---- view ----

  private show(view: View): void {
    this.view = view;
    if (!this.root || this.stopped) return;
    const text = this.context.strings;
    let content;
    switch (view) {
      case 'blocked':
        content = html`<p part="status" data-focus tabindex="-1">${text.popupBlocked}</p>
          <button part="open-button" type="button" @click=${this.onOpen}>${text.popupOpen}</button>`;
        break;
      case 'waiting':
        content = html`<p part="status" data-focus tabindex="-1">${text.popupWaiting}</p>`;
        break;
      case 'closed':
        content = html`<p part="status" role="status">${text.popupClosed}</p>
          <div class="actions">
            <button part="reopen-button" type="button" @click=${this.onReopen}>${text.popupReopen}</button>
            <button part="cancel-button" type="button" class="secondary" @click=${this.onCancel}>${text.popupCancel}</button>
          </div>`;
        break;
      default:
        content = nothing;
    }
    render(content, this.root);
  }
}

/** `closed`, treating a window that cannot even be asked as closed. */
function isClosed(win: Window | null | undefined): boolean {
  if (!win) return true;
  try {
    return win.closed;
  } catch {
    return true;
  }
}
