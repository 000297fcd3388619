/**
 * `kyc-verify/react`: `<KycVerify>`, the element as a React component (React 18 and 19), built with
 * `@lit/react`'s `createComponent`. Every property of the element is a typed prop — objects and
 * functions too (`fetcher`, `headers`, `body`, `strings`), which React 18 cannot pass to a raw custom
 * element — and the four events are `onKycStart`, `onKycReady`, `onKycProgress` and `onKycResult` with
 * a typed `event.detail`. `ref` gives the element itself, for `start()`, `cancel()` and `restart()`.
 *
 * ```tsx
 * import {KycVerify} from 'kyc-verify/react';
 * <KycVerify endpoint="/api/kyc/session" headers={{'X-CSRF-Token': csrf}} onKycResult={(e) => show(e.detail.status)} />
 * ```
 *
 * Importing it registers `<kyc-verify>` (through `kyc-verify/define`), so the element is defined
 * before React renders it. Safe to import on a server: nothing touches `window` or `document`, and the
 * server renders a bare `<kyc-verify>` that the client upgrades (properties are set after hydration).
 */
import * as React from 'react';
import {createComponent, type EventName, type ReactWebComponent} from '@lit/react';
import './define.js';
import {KycVerifyElement} from './kyc-verify.js';
import type {KycProgressDetail, KycReadyDetail, KycResult, KycStartDetail} from './types.js';

/** The event props of `<KycVerify>`, each typed with its `event.detail`. */
const events = {
  onKycStart: 'kyc-start' as EventName<CustomEvent<KycStartDetail>>,
  onKycReady: 'kyc-ready' as EventName<CustomEvent<KycReadyDetail>>,
  onKycProgress: 'kyc-progress' as EventName<CustomEvent<KycProgressDetail>>,
  onKycResult: 'kyc-result' as EventName<CustomEvent<KycResult>>,
};

export type KycVerifyEvents = typeof events;

/** `<KycVerify>`: the props are the element's properties plus `onKyc…` listeners; `ref` is the element. */
export const KycVerify: ReactWebComponent<KycVerifyElement, KycVerifyEvents> = createComponent({
  react: React,
  tagName: 'kyc-verify',
  elementClass: KycVerifyElement,
  events,
  displayName: 'KycVerify',
});

/** The props `<KycVerify>` accepts (without `ref`). */
export type KycVerifyProps = React.ComponentProps<typeof KycVerify>;

export {KycVerifyElement};
export type {
  BackendPurpose,
  BackendRequest,
  KycFetcher,
  KycProgressDetail,
  KycReadyDetail,
  KycResult,
  KycStartDetail,
  KycState,
  KycStatus,
  KycStep,
  ModeSetting,
  ProviderName,
} from './types.js';
export type {KycStrings} from './strings.js';
