import type {ProviderAdapter, Session} from '../providers/index.js';
import type {ModeName, ModeSetting} from '../types.js';
import {KycError} from '../result.js';
import {safeFlowUrl} from '../url-rules.js';
import {IframeMode} from './iframe.js';
import {PopupMode} from './popup.js';
import {QrMode} from './qr.js';
import {RedirectMode} from './redirect/mode.js';
import {SdkMode} from './sdk.js';
import type {ModeFactory} from './types.js';

export type {Mode, ModeContext} from './types.js';

/** The modes this build can run. A mode missing here ends an attempt as `unsupported-mode`. */
export const MODE_FACTORIES: Partial<Record<ModeName, ModeFactory>> = {
  iframe: (context) => new IframeMode(context),
  qr: (context) => new QrMode(context),
  popup: (context) => new PopupMode(context),
  redirect: (context) => new RedirectMode(context),
  sdk: (context) => new SdkMode(context),
};

/** Whether this build can mount the provider's SDK. */
export const hasSdk = (adapter: ProviderAdapter): boolean => Boolean(adapter.sdk);

/** What `auto` needs to know about this page (SPEC §3). */
export interface AutoFacts {
  camera: boolean;
  autostart: boolean;
  /** Providers with an SDK adapter in this build. */
  hasSdk(adapter: ProviderAdapter): boolean;
}

/**
 * Picks the mode for a session (SPEC §3 `auto`): the backend's `mode`; else `sdk` for a token of a
 * provider with an SDK; else `qr` when no camera is usable here and a status URL exists; else `iframe`
 * for providers known to allow framing; else `popup` (`redirect` under `autostart`).
 */
export function resolveMode(setting: ModeSetting, session: Session, adapter: ProviderAdapter, facts: AutoFacts, statusUrl?: string): ModeName {
  if (setting !== 'auto') return setting;
  if (session.mode) return session.mode;
  if (session.token && facts.hasSdk(adapter)) return 'sdk';
  if (session.url && !facts.camera && statusUrl) return 'qr';
  if (session.url && adapter.framable) return 'iframe';
  return facts.autostart ? 'redirect' : 'popup';
}

/**
 * `sdk` mode under `allowed-origins` (SPEC §5): the SDK's frame origin, derived from the token, must
 * match the list as a link would. True when no list is set or the adapter cannot tell.
 */
export function sdkOriginAllowed(adapter: ProviderAdapter, token: string, allowedOrigins: string[]): boolean {
  if (!allowedOrigins.length || !adapter.sdkBaseUrl) return true;
  return safeFlowUrl(adapter.sdkBaseUrl(token), allowedOrigins) !== null;
}

/** Whether a mode can serve a session at all: `sdk` needs a token and an SDK, every other mode a link. */
export const modeServes = (mode: ModeName, session: Session, hasSdk: boolean): boolean =>
  mode === 'sdk' ? !!session.token && hasSdk : !!session.url;

/**
 * The mode an attempt runs in (SPEC §3) and its factory: the setting resolved for the session, then
 * checked: `unsupported-mode` when the mode cannot serve this session, `unsafe-url` when an SDK's
 * origin is not in `allowed-origins`.
 */
export function chooseMode(
  setting: ModeSetting,
  session: Session,
  adapter: ProviderAdapter,
  facts: Omit<AutoFacts, 'hasSdk'>,
  statusUrl: string | undefined,
  allowedOrigins: string[],
): {name: ModeName; factory: ModeFactory} {
  const name = resolveMode(setting, session, adapter, {...facts, hasSdk}, statusUrl);
  const factory = MODE_FACTORIES[name];
  if (!factory || !modeServes(name, session, hasSdk(adapter))) throw KycError.of('unsupported-mode');
  if (name === 'sdk' && !sdkOriginAllowed(adapter, session.token!, allowedOrigins)) throw KycError.of('unsafe-url', "The SDK's origin is not in allowed-origins.");
  return {name, factory};
}
