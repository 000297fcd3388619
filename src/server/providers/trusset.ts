import * as z from 'zod';
import {ProviderError, providerFetch, type ProviderHttp} from '../http.js';
import type {AttemptRecord, Verdict} from '../types.js';
import {trimSlash, type ServerAdapter} from './types.js';

/**
 * Trusset ID links (https://docs.trusset.org/endpoints/customers/list-id-links): `POST /customers/api/id-links` with
 * `X-API-Key`. Trusset documents no redirect params, messages or webhooks, so the element learns the
 * outcome by polling: the status endpoint reads the link back from the list endpoint
 * (`GET /customers/api/id-links`, there is no documented single-link read) and maps its `status`.
 */
export interface TrussetCredentials {
  /** `trusset_…`: Trusset dashboard → API keys. */
  apiKey: string;
  /** Default `https://api.trusset.org`. */
  baseUrl?: string;
  /** Delivery channels for the link besides the element (`email`, `sms`); none by default. */
  channels?: ('email' | 'sms')[];
}

const LinkAnswer = z.object({
  success: z.literal(true),
  data: z.object({id: z.string().min(1), url: z.string().url(), status: z.string().optional(), expiresAt: z.string().optional()}),
});
const ListAnswer = z.object({
  data: z.union([
    z.array(z.object({id: z.string(), status: z.string(), expiresAt: z.string().optional()})),
    z.object({links: z.array(z.object({id: z.string(), status: z.string(), expiresAt: z.string().optional()}))}),
  ]),
});

/** Pages of 50 read at most when looking a link up in the list. */
const MAX_PAGES = 10;

export const trussetSubject = (linkId: string) => `trusset:link:${linkId}`;

/** A link status in the SPEC vocabulary (https://docs.trusset.org/endpoints/customers/list-id-links). */
export function trussetVerdict(status: string, expiresAt: number | undefined, now: number): Omit<Verdict, 'at' | 'provider'> | undefined {
  switch (status.toLowerCase()) {
    case 'pending':
      return expiresAt !== undefined && now > expiresAt ? {status: 'expired', retryable: true, code: 'expired'} : {status: 'pending'};
    case 'completed':
      return {status: 'completed', retryable: false};
    case 'revoked':
      return {status: 'cancelled', retryable: false, code: 'revoked'};
    case 'expired':
      return {status: 'expired', retryable: true, code: 'expired'};
    default:
      return undefined;
  }
}

export function trussetServer(credentials: TrussetCredentials): ServerAdapter {
  const base = trimSlash(credentials.baseUrl ?? 'https://api.trusset.org');
  const headers = {'X-API-Key': credentials.apiKey, Accept: 'application/json'};
  return {
    name: 'trusset',
    async createSession({request, user, http}) {
      const raw = await providerFetch(http, `${base}/customers/api/id-links`, {
        method: 'POST',
        headers: {...headers, 'Content-Type': 'application/json'},
        body: JSON.stringify({
          ...(user.email ? {email: user.email} : {}),
          ...(user.walletAddress ? {walletAddress: user.walletAddress} : {}),
          ...(user.country ? {country: user.country} : {}),
          ...(credentials.channels?.length ? {channels: credentials.channels} : {}),
          metadata: {kyc_attempt: request.attempt, user_id: user.id},
        }),
      });
      const parsed = LinkAnswer.safeParse(raw);
      if (!parsed.success) throw ProviderError.invalid('trusset');
      const {id, url, expiresAt} = parsed.data.data;
      const expires = expiresAt ? Date.parse(expiresAt) : NaN;
      // The personal data Trusset echoes (`email`, `walletAddress`) is not passed on.
      return {
        answer: {url, reference: id, ...(expiresAt ? {expiresAt} : {})},
        subject: trussetSubject(id),
        reference: id,
        ...(Number.isFinite(expires) ? {expiresAt: expires} : {}),
      };
    },
    async cancel(record: AttemptRecord, http: ProviderHttp) {
      if (!record.reference) return;
      await providerFetch(http, `${base}/customers/api/id-links/${encodeURIComponent(record.reference)}/revoke`, {method: 'PUT', headers});
    },
    async readStatus(record: AttemptRecord, http: ProviderHttp, now: number) {
      if (!record.reference) return undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const raw = await providerFetch(http, `${base}/customers/api/id-links?limit=50&offset=${page * 50}`, {method: 'GET', headers});
        const parsed = ListAnswer.safeParse(raw);
        if (!parsed.success) throw ProviderError.invalid('trusset');
        const links = Array.isArray(parsed.data.data) ? parsed.data.data : parsed.data.data.links;
        const link = links.find((candidate) => candidate.id === record.reference);
        if (link) {
          const verdict = trussetVerdict(link.status, link.expiresAt ? Date.parse(link.expiresAt) : record.expiresAt, now);
          return verdict && {...verdict, provider: 'trusset', at: now};
        }
        if (links.length < 50) break;
      }
      return undefined;
    },
  };
}
