import * as z from 'zod';
import {ProviderError, providerFetch, type ProviderHttp} from '../http.js';
import type {AttemptRecord, Verdict} from '../types.js';
import {providerLocale, trimSlash, type ServerAdapter} from './types.js';

/**
 * Jumio KYX (https://documentation.jumio.ai/docs/developer-resources/web-client/): an OAuth2 client-credentials token from
 * `https://auth.<region>.jumio.ai/oauth2/token`, then `POST /api/v1/accounts` (or
 * `PUT /api/v1/accounts/{id}` for a user Jumio already knows) on `https://account.<region>.jumio.ai`
 * with `web.successUrl` / `web.errorUrl` / `web.locale`; the answer's `web.href` is the flow. Jumio's
 * callbacks are unsigned: the outcome is read back from
 * `GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{id}`.
 */
export interface JumioCredentials {
  /** API credentials (OAuth2 client id and secret): Jumio Portal → Settings → API credentials. */
  clientId: string;
  clientSecret: string;
  /** `amer-1` (default), `emea-1` or `apac-1`. */
  region?: string;
  /** Base URLs when they differ from the region's (a proxy, a mock). */
  urls?: {auth?: string; account?: string; retrieval?: string};
  /** The workflow definition key (e.g. 10013: ID + identity verification). */
  workflowKey: number | string;
  /** Jumio requires a `User-Agent` naming the integration: `Company App/1.0`. */
  userAgent?: string;
  /** Where Jumio posts its callback for these accounts (else the Portal's setting). */
  callbackUrl?: string;
}

const TokenAnswer = z.object({access_token: z.string().min(1), expires_in: z.coerce.number().positive().optional()});
const AccountAnswer = z.object({
  timestamp: z.string().optional(),
  account: z.object({id: z.string().min(1)}),
  web: z.object({href: z.string().url()}),
  workflowExecution: z.object({id: z.string().min(1)}).optional(),
});
const Retrieval = z.object({
  workflow: z.object({status: z.string()}).optional(),
  workflowExecution: z.object({status: z.string()}).optional(),
  decision: z.object({type: z.string().optional()}).optional(),
});

/** Tokens are renewed this long before Jumio says they expire. */
const TOKEN_MARGIN_MS = 60_000;

export const jumioSubject = (workflowExecutionId: string) => `jumio:wfe:${workflowExecutionId}`;

export interface JumioServer extends ServerAdapter {
  /** Reads one workflow execution back (the verdict the callback only hints at). */
  retrieve(accountId: string, workflowExecutionId: string, http: ProviderHttp, now: number): Promise<Verdict | undefined>;
}

export function jumioServer(credentials: JumioCredentials): JumioServer {
  const region = credentials.region ?? 'amer-1';
  const urls = {
    auth: trimSlash(credentials.urls?.auth ?? `https://auth.${region}.jumio.ai`),
    account: trimSlash(credentials.urls?.account ?? `https://account.${region}.jumio.ai`),
    retrieval: trimSlash(credentials.urls?.retrieval ?? `https://retrieval.${region}.jumio.ai`),
  };
  const userAgent = credentials.userAgent ?? 'kyc-verify-server/0.1';
  let cached: {token: string; until: number} | undefined;
  let inFlight: Promise<string> | undefined;

  /** The cached token until shortly before it expires; one refresh in flight at a time. */
  function token(http: ProviderHttp, now: number): Promise<string> {
    if (cached && now < cached.until) return Promise.resolve(cached.token);
    inFlight ??= (async () => {
      try {
        const raw = await providerFetch(http, `${urls.auth}/oauth2/token`, {
          method: 'POST',
          headers: {
            Authorization: `Basic ${btoa(`${credentials.clientId}:${credentials.clientSecret}`)}`,
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
            'User-Agent': userAgent,
          },
          body: 'grant_type=client_credentials',
        });
        const parsed = TokenAnswer.safeParse(raw);
        if (!parsed.success) throw ProviderError.invalid('jumio');
        const lifetime = (parsed.data.expires_in ?? 3600) * 1000;
        cached = {token: parsed.data.access_token, until: now + Math.max(0, lifetime - TOKEN_MARGIN_MS)};
        return cached.token;
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  }

  /** A Jumio API call with the bearer token; a 401 drops the cached token so the next call gets a new one. */
  async function api(http: ProviderHttp, url: string, init: RequestInit, now: number): Promise<unknown> {
    const bearer = await token(http, now);
    try {
      return await providerFetch(http, url, {
        ...init,
        headers: {...(init.headers as Record<string, string>), Authorization: `Bearer ${bearer}`, Accept: 'application/json', 'User-Agent': userAgent},
      });
    } catch (error) {
      if (error instanceof ProviderError && error.code === 'provider-http-401') cached = undefined;
      throw error;
    }
  }

  async function retrieve(accountId: string, workflowExecutionId: string, http: ProviderHttp, now: number): Promise<Verdict | undefined> {
    const raw = await api(http, `${urls.retrieval}/api/v1/accounts/${encodeURIComponent(accountId)}/workflow-executions/${encodeURIComponent(workflowExecutionId)}`, {method: 'GET'}, now);
    const parsed = Retrieval.safeParse(raw);
    if (!parsed.success) throw ProviderError.invalid('jumio');
    const status = (parsed.data.workflow?.status ?? parsed.data.workflowExecution?.status ?? '').toUpperCase();
    const decision = parsed.data.decision?.type?.toUpperCase();
    const verdict = jumioVerdict(status, decision);
    return verdict && {...verdict, provider: 'jumio', at: now};
  }

  return {
    name: 'jumio',
    retrieve,
    async createSession({request, user, returnUrl, http, now}) {
      const locale = providerLocale(request, 'jumio');
      const body = JSON.stringify({
        customerInternalReference: request.attempt,
        userReference: user.id,
        workflowDefinition: {key: Number.isFinite(Number(credentials.workflowKey)) ? Number(credentials.workflowKey) : credentials.workflowKey},
        ...(credentials.callbackUrl ? {callbackUrl: credentials.callbackUrl} : {}),
        // Jumio appends its result params to these (Jumio's web client: https://documentation.jumio.ai/docs/developer-resources/web-client/embed-iFrame); the element reads them.
        web: {successUrl: returnUrl.href, errorUrl: returnUrl.href, ...(locale ? {locale} : {})},
      });
      const update = user.providerId ? `/${encodeURIComponent(user.providerId)}` : '';
      const raw = await api(http, `${urls.account}/api/v1/accounts${update}`, {method: update ? 'PUT' : 'POST', headers: {'Content-Type': 'application/json'}, body}, now);
      const parsed = AccountAnswer.safeParse(raw);
      if (!parsed.success || !parsed.data.workflowExecution) throw ProviderError.invalid('jumio');
      const wfe = parsed.data.workflowExecution.id;
      return {
        answer: {url: parsed.data.web.href, reference: wfe},
        subject: jumioSubject(wfe),
        reference: wfe,
        details: {accountId: parsed.data.account.id},
      };
    },
    async readStatus(record: AttemptRecord, http: ProviderHttp, now: number) {
      const accountId = record.details?.accountId;
      if (!accountId || !record.reference) return undefined;
      return retrieve(accountId, record.reference, http, now);
    },
  };
}

/**
 * Workflow status and decision → SPEC vocabulary: `INITIATED` → pending; `ACQUIRED` → completed;
 * `PROCESSED` + `PASSED` → approved, `REJECTED` → rejected, `WARNING` → completed with code `WARNING`
 * (Jumio asks the host to review), `NOT_EXECUTED` → error (retryable); `SESSION_EXPIRED` /
 * `TOKEN_EXPIRED` → expired.
 */
export function jumioVerdict(status: string, decision: string | undefined): Omit<Verdict, 'at' | 'provider'> | undefined {
  switch (status) {
    case 'INITIATED':
      return {status: 'pending'};
    case 'ACQUIRED':
      return {status: 'completed', retryable: false};
    case 'SESSION_EXPIRED':
    case 'TOKEN_EXPIRED':
      return {status: 'expired', retryable: true, code: status};
    case 'PROCESSED':
      if (decision === 'PASSED') return {status: 'approved', retryable: false};
      if (decision === 'REJECTED') return {status: 'rejected', retryable: false, code: 'REJECTED'};
      if (decision === 'NOT_EXECUTED') return {status: 'error', retryable: true, code: 'NOT_EXECUTED'};
      return {status: 'completed', retryable: false, code: decision ?? 'PROCESSED'};
    default:
      return undefined;
  }
}

/** The unsigned Jumio callback: only ids are taken from it. */
export const JumioCallback = z.object({
  callbackSentAt: z.string().optional(),
  workflowExecution: z.object({id: z.string().min(1), status: z.string().optional()}),
  account: z.object({id: z.string().min(1)}),
});
