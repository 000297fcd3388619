import type {ProviderAdapter, Session} from '../providers/index.js';
import type {KycError, Signal} from '../result.js';
import type {KycStrings} from '../strings.js';
import type {KycSource, ModeName} from '../types.js';

/** What the element hands a mode: the session, the provider's knowledge, and where to report. */
export interface ModeContext {
  readonly attempt: string;
  readonly session: Session;
  readonly adapter: ProviderAdapter;
  readonly strings: KycStrings;
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
  /** `popup` mode: the window opened in the click's task (null when blocked; undefined otherwise). */
  readonly preopenedWindow?: Window | null;
  /** Aborted when the attempt ends: pass it to every request and timer the mode starts. */
  readonly signal: AbortSignal;
  /** Asks the backend again for this attempt (`refresh`: SDK token, `renew`: QR link); `n` counts from 1. */
  requestSession(purpose: 'refresh' | 'renew', n: number): Promise<Session>;
  /**
   * One `GET` of the status URL (built by the caller, with `attempt` and `reference` set) through the
   * element's backend client: `fetcher`, `headers`, `credentials` and the timeout apply, `purpose:
   * 'status'`, errors `status-http-<n>` / `status-timeout`. Aborted with the attempt.
   */
  callStatus(url: string): Promise<unknown>;
  /** The user cancelled inside the mode's own UI: ends the attempt as the element's `cancel()` does. */
  cancel(): void;
  /** The flow is on screen (`kyc-ready`). */
  ready(): void;
  /** A provider signal with what it was parsed from; the element applies the once-per-attempt rule. */
  report(signal: Signal, source: KycSource, raw: unknown): void;
  /** The mode itself failed (`kyc-result` error from the element). */
  fail(error: KycError): void;
}

/** One way of running a flow. A mode owns its DOM, listeners and timers, and removes them all in `teardown`. */
export interface Mode {
  readonly name: ModeName;
  /** After `completed`, the mode can still learn a verdict (SDK, status polling): keep it running. */
  readonly awaitsVerdict: boolean;
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
