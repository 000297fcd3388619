import type {SdkAdapter, SdkHandle} from '../providers/index.js';
import {Aborted, KycError, progress} from '../result.js';
import type {Mode, ModeContext} from './types.js';

/**
 * `sdk` mode (SPEC §3): the provider's JS SDK (`@sumsub/websdk` for Sumsub and Grid tokens), loaded
 * lazily through the adapter's `sdk()` and mounted into the element's flow container.
 *
 * - Only the SDK's callbacks count: this mode adds no window `message` listener of its own, so the
 *   SDK frame's raw messages are never parsed a second time.
 * - A load or mount failure ends the attempt as `sdk-load` (retryable).
 * - The SDK's token-expiry hook asks the backend for a fresh token (`purpose: 'refresh'`); concurrent
 *   expiries share one request. A success emits `kyc-progress` `token-refreshed`; a failure ends the
 *   attempt as `token-refresh` (retryable) and rejects the SDK's promise.
 * - After `completed` the SDK stays mounted (`awaitsVerdict`) so a verdict can arrive.
 */
export class SdkMode implements Mode {
  readonly name = 'sdk' as const;
  readonly coveredUntilReady = true;
  readonly awaitsVerdict = true;
  private host?: HTMLDivElement;
  private handle?: SdkHandle;
  private stopped = false;
  private refreshes = 0;
  private refreshing?: Promise<string>;

  constructor(private readonly context: ModeContext) {}

  start(): void {
    // The SDK empties the node it is launched into: give it its own, so the element's template stays intact.
    const host = document.createElement('div');
    host.className = 'sdk';
    this.context.container.append(host);
    this.host = host;
    void this.mount(host);
  }

  focusTarget(): HTMLElement | null {
    return this.host?.querySelector('iframe') ?? null;
  }

  teardown(): void {
    this.stopped = true;
    this.handle?.destroy();
    this.handle = undefined;
    this.host?.remove();
    this.host = undefined;
  }

  private async mount(host: HTMLDivElement): Promise<void> {
    const {adapter, session, locale, sdkTheme, strings} = this.context;
    let sdk: SdkAdapter;
    let handle: SdkHandle;
    try {
      if (!adapter.sdk || !session.token) throw new Error('no SDK');
      sdk = await adapter.sdk();
      if (this.stopped) return;
      handle = await sdk.mount(host, {
        token: session.token,
        locale,
        theme: sdkTheme,
        onReady: () => {
          if (!this.stopped) this.context.ready();
        },
        onEvent: (event, raw) => {
          if (!this.stopped) this.context.report(event, 'sdk', raw);
        },
        onRefresh: this.refresh,
      });
    } catch {
      if (!this.stopped) this.context.fail(KycError.of('sdk-load'));
      return;
    }
    if (this.stopped) {
      handle.destroy();
      return;
    }
    this.handle = handle;
    const frame = host.querySelector('iframe');
    if (frame) {
      frame.setAttribute('part', 'frame');
      frame.title = strings.frameTitle;
    }
  }

  /** The SDK's expiration handler: one backend request for any number of concurrent expiries. */
  private readonly refresh = (): Promise<string> => {
    if (!this.refreshing) {
      const pending = this.fetchToken();
      this.refreshing = pending;
      const clear = () => {
        if (this.refreshing === pending) this.refreshing = undefined;
      };
      pending.then(clear, clear);
    }
    return this.refreshing;
  };

  private async fetchToken(): Promise<string> {
    if (this.stopped) throw new Error('The verification has ended.');
    const n = ++this.refreshes;
    try {
      const session = await this.context.backend.refresh(n);
      if (this.stopped) throw new Aborted();
      if (!session.token) throw KycError.of('token-refresh');
      this.context.report(progress('token-refreshed'), 'sdk', {refresh: n});
      return session.token;
    } catch (error) {
      if (!(error instanceof Aborted) && !this.stopped) this.context.fail(KycError.of('token-refresh'));
      // Rejecting tells the SDK (it posts `updateAccessToken` with the error to its frame).
      throw new Error('The access token could not be refreshed.');
    }
  }
}
