/** The public vocabulary of `<kyc-verify>`: one set of names for every provider. */

/** Providers the element knows. `generic` is any hosted flow that returns a URL. */
export const PROVIDERS = ['sumsub', 'jumio', 'smile', 'trusset', 'grid', 'generic'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Default milliseconds before a backend call ends as `session-timeout`. */
export const DEFAULT_SESSION_TIMEOUT_MS = 15_000;

/** Ways to run a flow (SPEC §3). `auto` picks one per session. */
export const MODES = ['auto', 'iframe', 'sdk', 'qr', 'popup', 'redirect'] as const;
export type ModeSetting = (typeof MODES)[number];
export type ModeName = Exclude<ModeSetting, 'auto'>;

/** `idle` → `loading` → `active` → `done` | `failed`. Reflected as the `state` attribute. */
export type KycState = 'idle' | 'loading' | 'active' | 'done' | 'failed';

export type KycStatus = 'completed' | 'approved' | 'rejected' | 'cancelled' | 'expired' | 'error';

/** Where a result was learnt. */
export type KycSource = 'redirect' | 'message' | 'sdk' | 'status' | 'element';

/** The detail of `kyc-result`: the outcome of one attempt. */
export interface KycResult {
  attempt: string;
  status: KycStatus;
  provider: ProviderName;
  /** Would a fresh attempt make sense? */
  retryable: boolean;
  /** Provider or element code: `J040412`, `9100`, `fail`, `session-http-503` … */
  code?: string;
  /** Short English explanation. */
  message?: string;
  /** The most specific id of this run the browser learnt (see README). */
  reference?: string;
  source: KycSource;
  /** What the result was parsed from, flattened with dot paths; never holds secrets or URLs. */
  params: Record<string, string>;
}

/**
 * `kyc-progress` steps. Stable names: new ones may be added, existing ones never change meaning.
 */
export type KycStep =
  | 'flow-loaded'
  | 'step-started'
  | 'step-completed'
  | 'submitted'
  | 'resubmission-requested'
  | 'provider-error'
  | 'token-refreshed'
  | 'link-renewed'
  | 'waiting-for-phone';

export interface KycStartDetail {
  attempt: string;
}
export interface KycReadyDetail {
  attempt: string;
  provider: ProviderName;
  mode: ModeName;
}
export interface KycProgressDetail {
  attempt: string;
  provider: ProviderName;
  step: KycStep;
  data: Record<string, string>;
}

/** Why the element calls the backend. */
export type BackendPurpose = 'session' | 'refresh' | 'renew' | 'status' | 'cancel';

/** What a `fetcher` receives instead of an HTTP call. */
export interface BackendRequest {
  purpose: BackendPurpose;
  url: string;
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body?: Record<string, unknown>;
}

/** Replaces every HTTP call of the element; resolves to the parsed response body. */
export type KycFetcher = (request: BackendRequest, signal: AbortSignal) => Promise<unknown> | unknown;

/** The `client` facts sent to the backend so it can choose a mode. */
export interface ClientFacts {
  camera: boolean;
  mobile: boolean;
  webview: boolean;
}
