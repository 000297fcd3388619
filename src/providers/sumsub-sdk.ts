import snsWebSdk from '@sumsub/websdk';
import {progress, type FlowEvent} from '../result.js';
import {sumsubEvent} from './sumsub-events.js';
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

/**
 * Maps a BCP 47 locale to a language Sumsub's WebSDK accepts (docs.sumsub.com "Supported SDK
 * languages": ISO 639-1 codes, plus `zh-tw`): the primary language subtag, lowercased (`de-CH` → `de`,
 * `pt-BR` → `pt`), with these exceptions: Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`)
 * → `zh-tw`; other Chinese → `zh`; Norwegian `nb`/`nn` → `no`; Filipino `fil`/`tl` → `fl`; the legacy
 * codes `iw` → `he` and `in` → `id`. A language Sumsub lacks falls back inside the SDK.
 */
export function sumsubLang(locale: string): string {
  const parts = locale.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const language = parts[0] || 'en';
  const rest = parts.slice(1);
  if (language === 'zh') return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-tw' : 'zh';
  return LANGUAGE_ALIASES[language] ?? language;
}

const LANGUAGE_ALIASES: Record<string, string> = {nb: 'no', nn: 'no', fil: 'fl', tl: 'fl', iw: 'he', in: 'id'};

/**
 * The message event being dispatched right now, if any. The SDK calls its callbacks (and its token
 * expiration handler) synchronously from its window `message` listener, so this is the event that
 * caused the call. `window.event` is legacy but supported by every current browser.
 */
function currentMessage(): MessageEvent | undefined {
  const event = (globalThis as {event?: Event}).event;
  return event instanceof MessageEvent ? event : undefined;
}

export const sumsubSdk: SdkAdapter = {
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
        signal = sumsubEvent(type, payload);
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
};
