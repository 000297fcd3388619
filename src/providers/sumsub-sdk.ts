import snsWebSdk from '@sumsub/websdk';
import {progress, type FlowEvent} from '../result.js';
import {sumsubLang} from './locales.js';
import type {sumsubEvent} from './sumsub-shared.js';
import type {SdkAdapter, SdkHandle, SdkMountOptions} from './types.js';

/**
 * `@sumsub/websdk` behind the element's `SdkAdapter` (facts: the package's 2.9.0 source,
 * `types/*.d.ts` and `dist/index.esm.js`). This module, and the SDK with it, is loaded only when `sdk` mode runs: in the CDN
 * build it is a lazy chunk of its own. Used for Sumsub tokens and for Lightspark Grid's Sumsub `token`.
 *
 * - The SDK derives its base URL from the token (the `url` claim of an `_act-sbx-jwt-` / `_act-jwt-`
 *   token, else `https://in.sumsub.com`) and accepts messages only from that origin, with the
 *   `sessionId` its frame announced in `idCheck.onReady`.
 * - Events go through `onMessage` alone: the SDK calls it for every event that has no `on()` handler,
 *   and a second `on()` for one event would replace the first, so no `on()` is registered.
 * - `idCheck.onError` with `invalid-token` never reaches `onMessage`: the SDK calls the expiration
 *   handler and posts the new token (or the failure) back to its frame.
 */

// The language mapping lives with the adapter (the engine sends it to the backend too): re-exported here.
export {sumsubLang};

/**
 * The message event being dispatched right now, if any. The SDK calls its callbacks (and its token
 * expiration handler) synchronously from its window `message` listener, so this is the event that
 * caused the call. `window.event` is legacy but supported by every current browser.
 */
function currentMessage(): MessageEvent | undefined {
  const event = (globalThis as {event?: Event}).event;
  return event instanceof MessageEvent ? event : undefined;
}

/**
 * The adapter, given the reader of Sumsub's events (the engine's, shared with the iframe mode's
 * messages: this chunk imports nothing from the engine, which keeps the engine a plain module).
 */
export const sumsubSdk = (readEvent: typeof sumsubEvent): SdkAdapter => ({
  async mount(container: HTMLElement, options: SdkMountOptions): Promise<SdkHandle> {
    let frame: HTMLIFrameElement | null = null;
    let applicantId: string | undefined;
    let loaded = false;

    // The SDK checks the origin and its frame's `sessionId`, not `event.source`: a second frame of the
    // same origin (another SDK on the page, a nested frame) must not speak for this one.
    const fromOwnFrame = () => {
      const event = currentMessage();
      return !event || (!!frame && event.source === frame.contentWindow);
    };

    const onMessage = (type: string, payload: unknown) => {
      if (!fromOwnFrame()) return;
      const data = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
      if (typeof data.applicantId === 'string' && data.applicantId) applicantId = data.applicantId;
      const raw = {method: type, ...data};
      if (type === 'idCheck.onReady' || type === 'idCheck.onInitialized') {
        options.onReady();
        if (loaded) return;
        loaded = true;
        options.onEvent(progress('flow-loaded', applicantId), raw);
        return;
      }
      let signal: FlowEvent | null;
      try {
        signal = readEvent(type, payload);
      } catch {
        return; // a malformed payload must never throw on the page
      }
      if (!signal) return;
      if (!signal.reference && applicantId) signal = {...signal, reference: applicantId};
      options.onEvent(signal, raw);
    };

    const onExpired = (): Promise<string> => {
      // An `invalid-token` from another frame: leave the SDK's frame alone (nothing is posted to it).
      if (!fromOwnFrame()) return new Promise<string>(() => undefined);
      return options.onRefresh();
    };

    const sdk = snsWebSdk
      .init(options.token, onExpired)
      .withConf({lang: sumsubLang(options.locale), ...(options.theme ? {theme: options.theme} : {})})
      // Never edit the host page's <head>; let the frame grow with its content.
      .withOptions({addViewportTag: false, adaptIframeHeight: true})
      .onMessage(onMessage)
      .build();
    sdk.launch(container);
    frame = container.querySelector('iframe');
    return {destroy: () => sdk.destroy()};
  },
});
