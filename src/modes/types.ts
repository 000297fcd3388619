import type {CSSResult} from 'lit';
import type {ProviderAdapter, Session} from '../providers/index.js';
import type {KycError, FlowEvent} from '../result.js';
import type {ModeTexts} from '../mode-strings.js';
import type {KycSource, ModeName} from '../types.js';

/** What the attempt controller hands a mode: the session, the provider's knowledge, the backend, and where to report. */
export interface ModeContext {
  readonly attempt: string;
  readonly session: Session;
  readonly adapter: ProviderAdapter;
  readonly strings: ModeTexts;
  /** The return URL sent to the backend (with the marker): where landings are recognized. */
  readonly returnUrl: string;
  /** The element's container for the flow, inside its shadow root. */
  readonly container: HTMLElement;
  /** The locale of the attempt (`locale` attribute, `<html lang>`, the browser's). */
  readonly locale: string;
  /** Started by a user gesture (not `autostart`). */
  readonly byUser: boolean;
  /** `sdk` mode: the element's `sdk-theme` (`light` | `dark`), when set. */
  readonly sdkTheme?: 'light' | 'dark';
  /** The status URL to poll (`status-endpoint`, else the session's `statusUrl`), if any. */
  readonly statusUrl?: string;
  /** How long polling waits for a final answer (ms; the element's `status-max-wait`). */
  readonly statusMaxWait?: number;
  /** `popup` mode: the window opened in the click's task (null when blocked; undefined otherwise). */
  readonly preopenedWindow?: Window | null;
  /** Aborted when the attempt ends: pass it to every request and timer the mode starts. */
  readonly signal: AbortSignal;
  /** The page's backend for this attempt: `fetcher`, `headers`, `credentials` and the timeout apply. */
  readonly backend: ModeBackend;
  /** The flow is on screen (`kyc-ready`). */
  ready(): void;
  /** What the flow said, with what it was parsed from; the controller applies the once-per-attempt rule. */
  report(event: FlowEvent, source: KycSource, raw: unknown): void;
  /** The mode itself failed (a `kyc-result` error with the element's code). */
  fail(error: KycError): void;
}

/** The backend calls a mode may make for its attempt (aborted when the attempt ends). */
export interface ModeBackend {
  /** A fresh SDK token (`purpose: 'refresh'`); `n` counts from 1. */
  refresh(n: number): Promise<Session>;
  /** A fresh link for an unused QR code (`purpose: 'renew'`); `n` counts from 1. */
  renew(n: number): Promise<Session>;
  /** One `GET` of a status URL with `attempt` and `reference` set; errors `status-http-<n>`, `status-timeout`. */
  status(url: string): Promise<unknown>;
  /** Tells the backend the user gave up (best effort), so it can revoke the link. */
  cancel(): void;
}

/** One way of running a flow. A mode owns its DOM, listeners and timers, and removes them all in `teardown`. */
export interface Mode {
  readonly name: ModeName;
  /** The view's own styles, when it renders one (QR, popup): adopted by the element before `start()`. */
  readonly styles?: CSSResult;
  /** After `completed`, the mode can still learn a verdict (SDK, status polling): keep it running. */
  readonly awaitsVerdict: boolean;
  /**
   * The element covers the flow container with "Loading the verification…" until `ready()`: for modes
   * whose flow paints by itself (a frame, an SDK, the QR code). Modes that show their own status and
   * buttons at once (popup, redirect) say false, so nothing covers what the user must click.
   */
  readonly coveredUntilReady: boolean;
  start(): void;
  /**
   * The attempt reported `completed` and the mode stays mounted for a verdict (`awaitsVerdict`): hide
   * what the user no longer needs (a used QR code, a popup's "window closed" view) and stop its timers.
   */
  completed?(): void;
  /** Where focus goes on `kyc-ready`. */
  focusTarget(): HTMLElement | null;
  teardown(): void;
}

export type ModeFactory = (context: ModeContext) => Mode;
