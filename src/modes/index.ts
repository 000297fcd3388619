import type {ProviderAdapter, Session} from '../providers/index.js';
import type {ModeName, ModeSetting} from '../types.js';
import {KycError} from '../result.js';
import {safeFlowUrl} from '../url-rules.js';
import {IframeMode} from './iframe.js';
import {RedirectMode} from './redirect/mode.js';
import {SdkMode} from './sdk.js';
import type {ModeFactory} from './types.js';

export type {Mode, ModeContext} from './types.js';

/**
 * The modes this build can run. The iframe, SDK and redirect modes come with the engine (the usual
 * one, or small); QR and popup have a chunk each, which an attempt loads when it needs it and the
 * element preloads when its `mode` attribute names it (`preloadedMode`). A mode missing here ends an
 * attempt as `unsupported-mode`. The QR and popup modes poll the status endpoint: their loaders ask
 * for the poller's chunk (and QR for its encoder's) at the same time as their own, not after it.
 */
const MODE_LOADERS: Partial<Record<ModeName, () => Promise<ModeFactory>>> = {
  // The usual mode (and `auto`'s usual answer) comes with the engine.
  iframe: () => Promise.resolve((context) => new IframeMode(context)),
  // The encoder only starts early here: if it fails, the QR mode reports that itself when it draws.
  qr: () => withPoller(import('./qr.js'), import('qrcode/lib/core/qrcode.js').catch(() => undefined)).then(({QrMode}) => (context) => new QrMode(context)),
  popup: () => withPoller(import('./popup.js')).then(({PopupMode}) => (context) => new PopupMode(context)),
  redirect: () => Promise.resolve((context) => new RedirectMode(context)),
  // Its provider's SDK loads in a chunk of its own.
  sdk: () => Promise.resolve((context) => new SdkMode(context)),
};

/** A mode's chunk, with what it imports next (the status poller; for QR the encoder) requested at the same time. */
const withPoller = <T>(mode: Promise<T>, ...alongside: Array<Promise<unknown>>): Promise<T> =>
  Promise.all([mode, import('./status.js'), ...alongside]).then(([module]) => module);

const loadingModes = new Map<ModeName, Promise<ModeFactory>>();

/** A mode's factory, its chunk loaded once per page; a failed load is a retryable `network` error, tried again next time. */
export function loadMode(name: ModeName): Promise<ModeFactory> {
  const loader = MODE_LOADERS[name];
  if (!loader) return Promise.reject(KycError.of('unsupported-mode'));
  let loading = loadingModes.get(name);
  if (!loading) {
    loading = loader().catch(() => {
      loadingModes.delete(name);
      throw KycError.of('network', 'The verification component could not be loaded.');
    });
    loadingModes.set(name, loading);
  }
  return loading;
}

/** The mode worth preloading for a `mode` setting: itself, or for `auto` the iframe (in the engine already). */
export const preloadedMode = (setting: ModeSetting): ModeName => (setting === 'auto' ? 'iframe' : setting);

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
 * The mode an attempt runs in (SPEC §3): the setting resolved for the session, then checked:
 * `unsupported-mode` when the mode cannot serve this session, `unsafe-url` when an SDK's origin is not
 * in `allowed-origins`. Its chunk: `loadMode`.
 */
export function chooseMode(
  setting: ModeSetting,
  session: Session,
  adapter: ProviderAdapter,
  facts: Omit<AutoFacts, 'hasSdk'>,
  statusUrl: string | undefined,
  allowedOrigins: string[],
): ModeName {
  const name = resolveMode(setting, session, adapter, {...facts, hasSdk}, statusUrl);
  if (!MODE_LOADERS[name] || !modeServes(name, session, hasSdk(adapter))) throw KycError.of('unsupported-mode');
  if (name === 'sdk' && !sdkOriginAllowed(adapter, session.token!, allowedOrigins)) throw KycError.of('unsafe-url', "The SDK's origin is not in allowed-origins.");
  return name;
}
