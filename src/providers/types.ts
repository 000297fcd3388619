import type {Signal} from '../result.js';
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
  /** Origins besides the flow's own that may post this provider's messages (Smile's embed CDN). */
  readonly messageOrigins?: readonly string[];
  /** The provider's iframe recommendations: `allow` list (set before `src`) and size. */
  readonly frame: {allow: string; allowFullscreen?: boolean; minHeight: number};
  /** Known to work inside an iframe, so `auto` may pick `iframe`. */
  readonly framable: boolean;
  /** Reads the params the provider appends to the return URL; null when they say nothing. */
  parseReturn(params: Record<string, string>): Signal | null;
  /** Loads the provider's SDK adapter for `sdk` mode (lazy: a separate chunk). */
  readonly sdk?: () => Promise<unknown>;
  /** Reads one `postMessage` payload from the provider's frame; null for anything it does not know. */
  parseMessage(data: unknown): {signal: Signal; raw: unknown} | null;
}
