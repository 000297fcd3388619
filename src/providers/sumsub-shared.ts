import * as z from '../schema.js';
import {outcome, progress, type FlowEvent} from '../result.js';
import type {KycStep} from '../types.js';

/**
 * What Sumsub's link adapter (`sumsub.ts`, messages from a hosted page) and its SDK adapter
 * (`sumsub-sdk.ts`, the SDK's callbacks, a lazy chunk) share, without importing each other: WebSDK
 * events (https://docs.sumsub.com/docs/websdk-messages, the `@sumsub/websdk` 2.9.0 typings) mapped to
 * the element's vocabulary, the documented params, the SDK's base URL and its `lang`.
 */

/**
 * The redirect params of a WebSDK link (`status` set by the backend on `successUrl`/`rejectUrl`, the
 * dashboard redirect's signed `jwt`, kept for the backend to verify) and the event fields the element
 * passes on: never the SDK's token or `onApplicantReviewComplete`'s one-time `authCode`.
 */
export const SUMSUB_PARAMS = {
  returns: ['status', 'jwt'],
  messages: [
    'method',
    'applicantId',
    'levelName',
    'idDocSetType',
    'types.*',
    'reviewStatus',
    'reviewResult.reviewAnswer',
    'reviewResult.reviewRejectType',
    'reviewResult.rejectLabels.*',
    'code',
    'error',
  ],
} as const;

/**
 * The base URL `@sumsub/websdk` 2.9.0 loads its frame from (`getCurrentBaseUrl` in its source): the
 * `url` claim of an `_act-sbx-jwt-` / `_act-jwt-` token's segments when one has it, else
 * `https://in.sumsub.com`.
 */
export function sumsubSdkBaseUrl(token: string): string {
  const prefix = ['_act-sbx-jwt-', '_act-jwt-'].find((candidate) => token.startsWith(candidate));
  if (!prefix) return SUMSUB_DEFAULT_BASE_URL;
  for (const segment of token.replace(prefix, '').replace('-v2', '').split('.')) {
    let claims: unknown;
    try {
      claims = JSON.parse(atob(segment));
    } catch {
      continue;
    }
    const url = claims && typeof claims === 'object' ? (claims as {url?: unknown}).url : undefined;
    if (typeof url === 'string' && url) return url;
  }
  return SUMSUB_DEFAULT_BASE_URL;
}

const SUMSUB_DEFAULT_BASE_URL = 'https://in.sumsub.com';

/** A Sumsub WebSDK event name, with or without its `idCheck.` prefix, and its payload. */
const StatusPayload = z.object({
  reviewStatus: z.optional(z.string()),
  reviewResult: z.optional(
    z.object({reviewAnswer: z.optional(z.string()), reviewRejectType: z.optional(z.string())}),
  ),
});

const STEP_EVENTS: Record<string, KycStep> = {
  onReady: 'flow-loaded',
  onInitialized: 'flow-loaded',
  onStepInitiated: 'step-started',
  onStepCompleted: 'step-completed',
  stepCompleted: 'step-completed',
  onVerificationProgressChanged: 'step-completed',
  onDocumentAdded: 'step-completed',
  onApplicantResubmitted: 'submitted',
  onApplicantActionResubmitted: 'submitted',
  onUploadError: 'provider-error',
};

/**
 * Maps one Sumsub event per SPEC §4 (the "Sumsub SDK" rows); shared by link pages and SDK mode.
 * Returns null for events that say nothing the page needs.
 */
export function sumsubEvent(type: string, payload: unknown): FlowEvent | null {
  const name = type.replace(/^idCheck\./, '');
  const data = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
  const reference = typeof data.applicantId === 'string' ? data.applicantId : undefined;
  switch (name) {
    case 'onApplicantSubmitted':
    case 'onApplicantActionSubmitted':
    case 'onActionSubmitted':
      return outcome('completed', false, {reference});
    case 'onApplicantStatusChanged':
    case 'applicantStatus':
    case 'onApplicantVerificationCompleted':
    case 'onApplicantActionStatusChanged': {
      const parsed = StatusPayload.safeParse(payload);
      if (!parsed.success || parsed.data.reviewStatus !== 'completed') return null;
      const answer = parsed.data.reviewResult?.reviewAnswer;
      const rejectType = parsed.data.reviewResult?.reviewRejectType;
      if (answer === 'GREEN') return outcome('approved', false, {reference});
      if (answer === 'RED' && rejectType === 'RETRY') return progress('resubmission-requested', reference);
      if (answer === 'RED') return outcome('rejected', false, {code: rejectType, reference});
      return null;
    }
    case 'onError': {
      const code = typeof data.code === 'string' ? data.code : 'error';
      // The SDK routes `invalid-token` to its refresh handler; a link page has no such handler.
      const message = typeof data.error === 'string' ? data.error : undefined;
      return outcome('error', true, {code, message, reference});
    }
    default: {
      const step = STEP_EVENTS[name];
      return step ? progress(step, reference) : null;
    }
  }
}

/**
 * Maps a BCP 47 locale to a language Sumsub's WebSDK accepts (docs.sumsub.com "Supported SDK
 * languages": ISO 639-1 codes, plus `zh-tw`): the primary language subtag, lowercased (`de-CH` → `de`,
 * `pt-BR` → `pt`), with these exceptions: Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`)
 * → `zh-tw`; other Chinese → `zh`; Norwegian `nb`/`nn` → `no`; Filipino `fil`/`tl` → `fl`; the legacy
 * codes `iw` → `he` and `in` → `id`. A language Sumsub lacks falls back inside the SDK. Used for the SDK's
 * `lang` and sent to the backend as `providerLocale` (the `lang` of `websdkLink` and of the dashboard link).
 */
export function sumsubLang(locale: string): string {
  const parts = locale.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const language = parts[0] || 'en';
  const rest = parts.slice(1);
  if (language === 'zh') return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-tw' : 'zh';
  return SUMSUB_LANGUAGE_ALIASES[language] ?? language;
}

const SUMSUB_LANGUAGE_ALIASES: Record<string, string> = {nb: 'no', nn: 'no', fil: 'fl', tl: 'fl', iw: 'he', in: 'id'};
