import type {FetchLike, ProviderHttp} from './http.js';
import type {ServerProvider} from './types.js';

/** Options every handler takes. */
export interface CommonOptions {
  /** The `fetch` used for provider calls (default `globalThis.fetch`): tests and proxies inject theirs. */
  fetch?: FetchLike;
  /** Milliseconds before a provider call ends as a 504 `provider-timeout` (default 10 000). */
  timeoutMs?: number;
  /** The clock (ms since the epoch), for tests. */
  now?: () => number;
  /** Sees unexpected errors (never sent to the browser). Default: `console.error`. */
  onError?: (error: unknown) => void;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export function providerHttp(provider: ServerProvider, options: CommonOptions): ProviderHttp {
  return {
    provider,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

/** What the host's `identify` may answer: the user, or null/undefined when nobody is signed in. */
export type Identify<User> = (request: Request) => Promise<User | null | undefined> | User | null | undefined;

/** The optional second argument of every handler: facts the Request itself does not carry. */
export interface HandlerInfo {
  /** The peer's IP address (the node adapter fills it in from the socket). */
  clientAddress?: string;
}

export type KycHandler = (request: Request, info?: HandlerInfo) => Promise<Response>;
