import * as z from 'zod';
import {ProviderError, providerFetch} from '../http.js';
import {withParams} from '../return-url.js';
import {sumsubSignature} from '../signatures.js';
import type {Verdict} from '../types.js';
import {providerLocale, trimSlash, type ServerAdapter} from './types.js';

/**
 * Sumsub (https://docs.sumsub.com/reference/generate-websdk-external-link, https://docs.sumsub.com/reference/generate-access-token): a WebSDK link from
 * `POST /resources/sdkIntegrations/levels/-/websdkLink` for the link modes, or an access token from
 * `POST /resources/accessTokens/sdk` for the SDK (and for every `purpose: 'refresh'`). Requests are
 * signed per §1c; the verdict comes from the `applicantReviewed` webhook, keyed by the user id sent as
 * `userId` (Sumsub's `externalUserId`).
 */
export interface SumsubCredentials {
  /** `X-App-Token` (`sbx:…` in sandbox, `prd:…` in production). Dashboard → Dev space → App tokens. */
  appToken: string;
  /** The secret key shown once beside the app token: signs requests (not the webhook secret). */
  secretKey: string;
  /** The verification level to run. */
  levelName: string;
  /** Default `https://api.sumsub.com`. */
  baseUrl?: string;
  /** Lifetime of links and tokens, seconds (default 1800). */
  ttlInSecs?: number;
  /**
   * `link` (always a WebSDK link), `token` (always an SDK token) or `auto` (the default: a token when
   * the element asks for `mode: 'sdk'`, a link otherwise). A refresh always gets a token.
   */
  flow?: 'auto' | 'link' | 'token';
}

const LinkAnswer = z.object({url: z.string().url()});
const TokenAnswer = z.object({token: z.string().min(1), userId: z.string().optional()});

export const sumsubSubject = (userId: string) => `sumsub:user:${userId}`;

export function sumsubServer(credentials: SumsubCredentials): ServerAdapter {
  const base = trimSlash(credentials.baseUrl ?? 'https://api.sumsub.com');
  const ttl = credentials.ttlInSecs ?? 1800;

  /** One signed call: the body is serialised once, and exactly those bytes are signed and sent. */
  async function call(http: Parameters<ServerAdapter['createSession']>[0]['http'], path: string, payload: unknown, now: number) {
    const body = JSON.stringify(payload);
    const ts = Math.floor(now / 1000);
    // The path as the server sees it: with the base URL's own path (a proxy prefix) and the query.
    const url = new URL(base + path);
    const sig = await sumsubSignature({secret: credentials.secretKey, ts, method: 'POST', path: url.pathname + url.search, body});
    return providerFetch(http, url.href, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-App-Token': credentials.appToken,
        'X-App-Access-Ts': String(ts),
        'X-App-Access-Sig': sig,
      },
      body,
    });
  }

  return {
    name: 'sumsub',
    async createSession({request, user, returnUrl, http, now}) {
      const flow = credentials.flow ?? 'auto';
      const wantsToken = request.purpose === 'refresh' || flow === 'token' || (flow === 'auto' && request.mode === 'sdk');
      const expiresAt = new Date(now + ttl * 1000).toISOString();
      const subject = sumsubSubject(user.id);
      if (wantsToken) {
        const raw = await call(http, '/resources/accessTokens/sdk', {userId: user.id, levelName: credentials.levelName, ttlInSecs: ttl}, now);
        const parsed = TokenAnswer.safeParse(raw);
        if (!parsed.success) throw ProviderError.invalid('sumsub');
        return {answer: {token: parsed.data.token, expiresAt, mode: 'sdk'}, subject, expiresAt: now + ttl * 1000};
      }
      const lang = providerLocale(request, 'sumsub');
      const path = '/resources/sdkIntegrations/levels/-/websdkLink' + (lang ? `?lang=${encodeURIComponent(lang)}` : '');
      const identifiers = user.email || user.phone ? {applicantIdentifiers: {...(user.email ? {email: user.email} : {}), ...(user.phone ? {phone: user.phone} : {})}} : {};
      const raw = await call(
        http,
        path,
        {
          levelName: credentials.levelName,
          userId: user.id,
          ...identifiers,
          ttlInSecs: ttl,
          // The element reads `status=ok` / `status=reject` on its return URL (SPEC §4).
          redirect: {successUrl: withParams(returnUrl, {status: 'ok'}), rejectUrl: withParams(returnUrl, {status: 'reject'})},
        },
        now,
      );
      const parsed = LinkAnswer.safeParse(raw);
      if (!parsed.success) throw ProviderError.invalid('sumsub');
      return {answer: {url: parsed.data.url, expiresAt}, subject, expiresAt: now + ttl * 1000};
    },
  };
}

/** The Sumsub webhook fields the handler reads (it ignores the rest). */
export const SumsubEvent = z.object({
  type: z.string(),
  externalUserId: z.string().optional(),
  applicantId: z.string().optional(),
  reviewStatus: z.string().optional(),
  reviewResult: z.object({reviewAnswer: z.string().optional(), reviewRejectType: z.string().optional()}).optional(),
});

/**
 * A Sumsub webhook in the SPEC vocabulary: `applicantReviewed` GREEN → approved; RED + FINAL →
 * rejected (not retryable); RED + RETRY → rejected, retryable (Sumsub lets the user resubmit in a new
 * link); `applicantPending` / `applicantOnHold` → completed (submitted, under review);
 * `applicantCreated` / `applicantReset` → pending. Other types are not about the verdict: undefined.
 */
export function sumsubVerdict(event: z.infer<typeof SumsubEvent>): Omit<Verdict, 'at' | 'provider' | 'eventId'> | undefined {
  switch (event.type) {
    case 'applicantReviewed': {
      const answer = event.reviewResult?.reviewAnswer?.toUpperCase();
      if (answer === 'GREEN') return {status: 'approved', retryable: false};
      if (answer === 'RED') {
        const retry = event.reviewResult?.reviewRejectType?.toUpperCase() === 'RETRY';
        return {status: 'rejected', retryable: retry, code: retry ? 'RETRY' : 'FINAL', message: retry ? 'Sumsub asks for a resubmission.' : 'Sumsub rejected the verification.'};
      }
      return undefined;
    }
    case 'applicantPending':
      return {status: 'completed', retryable: false};
    case 'applicantOnHold':
      return {status: 'completed', retryable: false, code: 'onHold'};
    case 'applicantCreated':
    case 'applicantReset':
      return {status: 'pending'};
    default:
      return undefined;
  }
}
