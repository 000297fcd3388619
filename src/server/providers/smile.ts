import * as z from 'zod';
import {ProviderError, providerFetch} from '../http.js';
import {smileSignature} from '../signatures.js';
import type {Verdict} from '../types.js';
import {trimSlash, type ServerAdapter} from './types.js';

/**
 * Smile ID Smile Links (https://docs.usesmileid.com/integration-options/no-code/smile-links/rest-api): `POST {base}/smile_links`
 * signed with `smileSignature`, single use, `redirect_url` = the return URL, `callback_url` = the
 * host's webhook. The attempt rides in `partner_params.kyc_attempt`, which Smile returns in the
 * callback's `PartnerParams`: that is how a callback finds its attempt.
 */
export interface SmileCredentials {
  /** Smile Portal → Developers (partner id and API key; the sandbox has its own key). */
  partnerId: string;
  apiKey: string;
  /** Default `https://testapi.smileidentity.com/v1` (sandbox); production is `https://api.smileidentity.com/v1`. */
  baseUrl?: string;
  /** The link's settings (see Smile's "Create a Smile Link"). */
  link: {
    name: string;
    companyName: string;
    dataPrivacyPolicyUrl: string;
    logoUrl?: string;
    idTypes: {country: string; id_type: string; verification_method: string}[];
    /** Where Smile posts the result: your webhook handler's URL. */
    callbackUrl: string;
    /** Link lifetime in seconds (default 24 hours; Smile's own default is 90 days). */
    ttlInSecs?: number;
  };
}

const LinkAnswer = z.union([
  z.object({link: z.string().url(), ref_id: z.string().min(1)}),
  z.object({link_url: z.string().url(), ref_id: z.string().min(1)}),
]);

export const smileSubject = (attempt: string) => `smile:attempt:${attempt}`;

export function smileServer(credentials: SmileCredentials): ServerAdapter {
  const base = trimSlash(credentials.baseUrl ?? 'https://testapi.smileidentity.com/v1');
  const ttl = credentials.link.ttlInSecs ?? 24 * 3600;
  return {
    name: 'smile',
    async createSession({request, user, returnUrl, http, now}) {
      const timestamp = new Date(now).toISOString();
      const signature = await smileSignature({apiKey: credentials.apiKey, partnerId: credentials.partnerId, timestamp});
      const expiresAt = new Date(now + ttl * 1000).toISOString();
      const {link} = credentials;
      const raw = await providerFetch(http, `${base}/smile_links`, {
        method: 'POST',
        headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify({
          partner_id: credentials.partnerId,
          signature,
          timestamp,
          name: link.name,
          company_name: link.companyName,
          id_types: link.idTypes,
          callback_url: link.callbackUrl,
          data_privacy_policy_url: link.dataPrivacyPolicyUrl,
          ...(link.logoUrl ? {logo_url: link.logoUrl} : {}),
          is_single_use: true,
          user_id: user.id,
          // "all details sent in partner params should be wrapped as strings" (seed).
          partner_params: {user_id: user.id, kyc_attempt: request.attempt},
          redirect_url: returnUrl.href,
          expires_at: expiresAt,
        }),
      });
      const parsed = LinkAnswer.safeParse(raw);
      if (!parsed.success) throw ProviderError.invalid('smile');
      const url = 'link' in parsed.data ? parsed.data.link : parsed.data.link_url;
      return {
        answer: {url, reference: parsed.data.ref_id, expiresAt},
        subject: smileSubject(request.attempt),
        reference: parsed.data.ref_id,
        expiresAt: now + ttl * 1000,
      };
    },
  };
}

/** The Smile callback fields the handler reads. */
export const SmileCallback = z.object({
  ResultCode: z.union([z.string(), z.number()]).optional(),
  ResultText: z.string().optional(),
  SmileJobID: z.union([z.string(), z.number()]).optional(),
  PartnerParams: z.record(z.string(), z.unknown()).optional(),
  timestamp: z.string(),
});

// Smile's result codes (docs "Result codes"): x810/x820/x830/x840 and 1012/1020/1210/1220/1240 pass;
// x811–x813, x821–x823, 1013, 1022 fail; x814/x815 and x824/x825 are provisional (a human reviews).
const APPROVED = new Set(['0810', '0820', '0830', '0840', '1012', '1020', '1210', '1220', '1240']);
const REJECTED = new Set(['0811', '0812', '0813', '0821', '0822', '0823', '0831', '0832', '0841', '1013', '1022']);

/**
 * A Smile result code in the SPEC vocabulary: approved, rejected (not retryable), or completed (any
 * other code, provisional ones included: the job ran, the verdict is for the host to read). The code
 * is passed on. Override with the webhook handler's `verdict` option when your products differ.
 */
export function smileVerdict(resultCode: string | number | undefined): Omit<Verdict, 'at' | 'provider'> {
  const code = resultCode === undefined ? undefined : String(resultCode).padStart(4, '0');
  if (code && APPROVED.has(code)) return {status: 'approved', retryable: false, code};
  if (code && REJECTED.has(code)) return {status: 'rejected', retryable: false, code};
  return {status: 'completed', retryable: false, code};
}
