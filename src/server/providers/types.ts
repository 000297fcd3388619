import type {ProviderHttp} from '../http.js';
import type {AttemptRecord, KycUser, ServerProvider, SessionRequest, Verdict} from '../types.js';

/** Everything a provider needs to create one session. */
export interface SessionContext {
  request: SessionRequest;
  user: KycUser;
  /** The checked return URL, `kyc_attempt` marker set. */
  returnUrl: URL;
  /** The element's `Idempotency-Key` (`<attempt>`, `<attempt>:refresh:<n>` …), or one made for it. */
  idempotencyKey: string;
  http: ProviderHttp;
  now: number;
}

/** A created session: the answer for the element and what the status endpoint needs later. */
export interface CreatedSession {
  /** The SPEC §2 normalized fields (`url` and/or `token`, `expiresAt`, `reference`). */
  answer: {url?: string; token?: string; expiresAt?: string; reference?: string; mode?: string};
  subject: string;
  reference?: string;
  details?: Record<string, string>;
  expiresAt?: number;
}

/** One provider's server side. */
export interface ServerAdapter {
  readonly name: ServerProvider;
  createSession(context: SessionContext): Promise<CreatedSession>;
  /** Best effort on `purpose: 'cancel'`: revoke the link where the provider can. */
  cancel?(record: AttemptRecord, http: ProviderHttp): Promise<void>;
  /** Reads the outcome back from the provider when no webhook told it (Trusset, Jumio). */
  readStatus?(record: AttemptRecord, http: ProviderHttp, now: number): Promise<Verdict | undefined>;
}

/** The provider locale the element mapped for this provider (SPEC §2), if any. */
export function providerLocale(request: SessionRequest, provider: ServerProvider): string | undefined {
  return request.providerLocales?.[provider] ?? (request.provider === provider || !request.providerLocales ? request.providerLocale : undefined);
}

export const trimSlash = (url: string) => url.replace(/\/+$/, '');
