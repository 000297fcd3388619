import * as z from 'zod';
import {sha256Hex} from '../crypto.js';
import {HandlerError, ProviderError, providerFetch} from '../http.js';
import type {Verdict} from '../types.js';
import {trimSlash, type ServerAdapter} from './types.js';

/**
 * Lightspark Grid (`createCustomerKycLink` in https://github.com/lightsparkdev/grid-api):
 * `POST {base}/customers/{customerId}/kyc-link` with HTTP Basic auth, an `Idempotency-Key` derived
 * from the element's key (the retries of one attempt create one link; a refresh or renewal, with its
 * own key, a fresh one) and `redirectUri` = the return URL. `kycUrl` and the Sumsub `token` are passed
 * through. The verdict comes from the `CUSTOMER.KYC_*` webhooks, keyed by the customer id.
 */
export interface GridCredentials {
  /** API token id and client secret: Grid dashboard → API tokens (`curl -u id:secret`). */
  clientId: string;
  clientSecret: string;
  /** Default `https://api.lightspark.com/grid/2025-10-13`. */
  baseUrl?: string;
}

const LinkAnswer = z.object({kycUrl: z.string().url(), expiresAt: z.string().optional(), provider: z.string().optional(), token: z.string().min(1).optional()});

export const gridSubject = (customerId: string) => `grid:customer:${customerId}`;

/**
 * The key sent to Grid: a digest of the customer id and the element's key. Grid answers a repeated key
 * with the first response, so the raw attempt id (which the browser chooses) must not be the key: a
 * caller naming another customer's attempt would otherwise be handed that customer's link.
 */
export async function gridIdempotencyKey(customerId: string, elementKey: string): Promise<string> {
  const hex = await sha256Hex(`kyc-verify\n${customerId}\n${elementKey}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function gridServer(credentials: GridCredentials): ServerAdapter {
  const base = trimSlash(credentials.baseUrl ?? 'https://api.lightspark.com/grid/2025-10-13');
  return {
    name: 'grid',
    async createSession({user, returnUrl, idempotencyKey, http}) {
      const customerId = user.providerId;
      if (!customerId) throw new HandlerError(500, 'config', 'This user has no Grid customer id (identify() must return providerId).', false);
      const raw = await providerFetch(http, `${base}/customers/${encodeURIComponent(customerId)}/kyc-link`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${btoa(`${credentials.clientId}:${credentials.clientSecret}`)}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': await gridIdempotencyKey(customerId, idempotencyKey),
        },
        body: JSON.stringify({redirectUri: returnUrl.href}),
      });
      const parsed = LinkAnswer.safeParse(raw);
      if (!parsed.success) throw ProviderError.invalid('grid');
      const {kycUrl, expiresAt, token} = parsed.data;
      const expires = expiresAt ? Date.parse(expiresAt) : NaN;
      return {
        answer: {url: kycUrl, ...(token ? {token} : {}), ...(expiresAt ? {expiresAt} : {})},
        subject: gridSubject(customerId),
        reference: customerId,
        ...(Number.isFinite(expires) ? {expiresAt: expires} : {}),
      };
    },
  };
}

/** The Grid webhook fields the handler reads. */
export const GridEvent = z.object({
  id: z.string().min(1),
  type: z.string(),
  timestamp: z.string(),
  data: z.object({id: z.string().min(1), kycStatus: z.string().optional(), kybStatus: z.string().optional()}).passthrough(),
});

/** `CUSTOMER.KYC_APPROVED` / `KYB_APPROVED` → approved; `…_REJECTED` → rejected; `…_PENDING` → pending. */
export function gridVerdict(type: string): Omit<Verdict, 'at' | 'provider'> | undefined {
  const match = /^CUSTOMER\.KY[CB]_(APPROVED|REJECTED|PENDING)$/.exec(type.toUpperCase());
  if (!match) return undefined;
  if (match[1] === 'APPROVED') return {status: 'approved', retryable: false};
  if (match[1] === 'REJECTED') return {status: 'rejected', retryable: false, code: 'REJECTED'};
  return {status: 'pending'};
}
