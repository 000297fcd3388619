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
  /** The status URL to poll (`status-endpoint`, else the session's `statusUrl`), if any. */
  readonly statusUrl?: string;
  /** `popup` mode: the window opened in the click's task (null when blocked; undefined otherwise). */
  readonly preopenedWindow?: Window | null;
  /** Aborted when the attempt ends: pass it to every request and timer the mode starts. */
  readonly signal: AbortSignal;
  /** Asks the backend again for this attempt (`refresh`: SDK token, `renew`: QR link); `n` counts from 1. */
  requestSession(purpose: 'refresh' | 'renew', n: number): Promise<Session>;
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
  /** Where focus goes on `kyc-ready`. */
  focusTarget(): HTMLElement | null;
  teardown(): void;
}

export type ModeFactory = (context: ModeContext) => Mode;
