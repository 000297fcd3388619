import type {FlowEvent, FlowOutcome} from '../result.js';
import type {ModeName, ProviderName} from '../types.js';

/**
 * The one internal session every backend answer becomes (SPEC §2). `url` and `token` are bearer
 * credentials: they stay in memory, never in attributes, events, the console or storage.
 */
export interface Session {
  provider: ProviderName;
  url?: string;
  token?: string;
  /** Milliseconds since the epoch. */
  expiresAt?: number;
  reference?: string;
  mode?: ModeName;
  statusUrl?: string;
  handoffUrl?: string;
}

/** What a provider's response parser returns: a session without the provider name. */
export type SessionFields = Omit<Session, 'provider'>;

/**
 * Everything the project knows about one provider. The element and the modes only talk to this
 * interface; adding a provider means one file implementing it and one line in `providers/index.ts`.
 */
export interface ProviderAdapter {
  readonly name: ProviderName;
  /**
   * Parses a response shape only this provider produces (detection step 2: `web.href` → Jumio …).
   * Returns null when the shape is not this provider's.
   */
  parseNative?(raw: unknown): SessionFields | null;
  /** Host patterns of the provider's flow URLs (`*.sumsub.com`): detection by URL host. */
  readonly hosts: readonly string[];
  /** Prefixes of this provider's access tokens (Sumsub `_act-`): detection of a normalized `token`. */
  readonly tokenPrefixes?: readonly string[];
  /**
   * What this provider documents (SPEC §1 `params`): the params it appends to the return URL, and the
   * fields of its messages or SDK events as dot paths (`*` stands for an array index). `kyc-result`
   * `params` and `kyc-progress` `data` hold only these; anything else, a credential under any name
   * included, is dropped.
   */
  readonly knownParams: {readonly returns: readonly string[]; readonly messages: readonly string[]};
  /**
   * This provider's own words in a status answer (lowercase), beside the SPEC §4 vocabulary: `pending`
   * for a link not yet finished (Grid `HOLD`), or the outcome a word means (Trusset `revoked`).
   */
  readonly statusAliases?: Readonly<Record<string, 'pending' | FlowOutcome>>;
  /** Origins besides the flow's own that may post this provider's messages (Smile's embed CDN). */
  readonly messageOrigins?: readonly string[];
  /** The provider's iframe `allow` list (set before `src`); `fullscreen` in it stands for `allowfullscreen`. */
  readonly frame: {allow: string};
  /** Known to work inside an iframe, so `auto` may pick `iframe`. */
  readonly framable: boolean;
  /** Reads the params the provider appends to the return URL; null when they say nothing. */
  parseReturn(params: Record<string, string>): FlowEvent | null;
  /**
   * `sdk` mode: the URL the provider's SDK will load its frame from for this token, so that
   * `allowed-origins` applies to it as to a link.
   */
  sdkBaseUrl?(token: string): string;
  /** Loads the provider's SDK adapter for `sdk` mode (lazy: a separate chunk, fetched only when `sdk` mode runs). */
  readonly sdk?: () => Promise<SdkAdapter>;
  /** Reads one `postMessage` payload from the provider's frame; null for anything it does not know. */
  parseMessage(data: unknown): {signal: FlowEvent; raw: unknown} | null;
}

/** The SDK's colour scheme (`sdk-theme`). */
export type SdkTheme = 'light' | 'dark';

/** What `sdk` mode hands a provider's SDK adapter when it mounts the SDK. */
export interface SdkMountOptions {
  /** The access token: a bearer credential, never logged or put in an event. */
  readonly token: string;
  /** The attempt's BCP 47 locale; the adapter maps it to a language the SDK accepts. */
  readonly locale: string;
  /** The `sdk-theme` of the element, if set. */
  readonly theme?: SdkTheme;
  /** The flow is on screen (the SDK said it is ready). May be called more than once. */
  onReady(): void;
  /** One SDK event, mapped to the element's vocabulary, with what it was mapped from. */
  onEvent(signal: FlowEvent, raw: unknown): void;
  /**
   * The SDK's token expired: resolves to a fresh token. Rejects when none can be had (the attempt has
   * then ended); the adapter passes the rejection on to the SDK so it is not left waiting.
   */
  onRefresh(): Promise<string>;
}

/** A mounted SDK. */
export interface SdkHandle {
  /** Removes the SDK: its window listeners and everything it put in the container. */
  destroy(): void;
}

/**
 * A provider's JS SDK behind one small interface, so `sdk` mode works with any SDK: mount it into a
 * container (inside the element's shadow root) and report its events through the options' callbacks.
 * Only the SDK's callbacks count: the element parses no raw message from the SDK's frame.
 */
export interface SdkAdapter {
  mount(container: HTMLElement, options: SdkMountOptions): Promise<SdkHandle>;
}
