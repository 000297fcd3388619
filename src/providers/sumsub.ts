import * as z from 'zod/mini';
import {outcome, progress, type FlowEvent} from '../result.js';
import type {KycStep} from '../types.js';
import {parseNormalized} from './normalized.js';
import type {ProviderAdapter} from './types.js';

/**
 * Sumsub: a WebSDK link (`{ url }` from `.../websdkLink`) or an access token (`{ token, userId? }`).
 * Event names and payloads: https://docs.sumsub.com/docs/websdk-messages and the `@sumsub/websdk`
 * 2.9.0 package (`types/*.d.ts`, `dist/index.esm.js`).
 * The link flow redirects to the host's `successUrl` / `rejectUrl`, which the backend sets with
 * `status=ok` / `status=reject`; the dashboard redirect adds a signed `jwt` (kept for the backend).
 */

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

const Message = z.object({method: z.string()});

/** Reads an `idCheck.*` object posted by a Sumsub-hosted page (unverified for link pages: parsed when present). */
export function parseSumsubMessage(data: unknown): {signal: FlowEvent; raw: unknown} | null {
  const parsed = Message.safeParse(data);
  if (!parsed.success || !parsed.data.method.startsWith('idCheck.')) return null;
  const {method, ...payload} = data as Record<string, unknown>;
  delete payload.frameId;
  delete payload.sessionId;
  const signal = sumsubEvent(method as string, payload);
  return signal ? {signal, raw: {method, ...payload}} : null;
}

/** Loads the `@sumsub/websdk` adapter for `sdk` mode: a lazy chunk, fetched only when that mode runs. */
export const loadSumsubSdk = () => import('./sumsub-sdk.js').then((module) => module.sumsubSdk);

const TokenResponse = z.object({token: z.string().check(z.minLength(1)), userId: z.optional(z.string())});

export const sumsub: ProviderAdapter = {
  name: 'sumsub',
  hosts: ['*.sumsub.com', 'sumsub.com'],
  // WebSDK access tokens: `_act-jwt-…`, `_act-sbx-jwt-…` (https://docs.sumsub.com/reference/generate-access-token).
  tokenPrefixes: ['_act-'],
  // The SDK's token and `onApplicantReviewComplete`'s one-time `authCode` are for the backend only.
  secretParams: ['accessToken', 'authCode'],
  frame: {allow: 'camera; microphone; geolocation; clipboard-write; hid'},
  framable: true,

  // Sumsub's own shapes (`{ url }`, `{ token, userId? }`) are subsets of the normalized shape, so they
  // carry no key unique to Sumsub: only a pinned `provider="sumsub"` reaches this parser.
  parseNative(raw) {
    const token = TokenResponse.safeParse(raw);
    // `userId` is the host's own user id, not a reference of this run: it is not kept.
    if (token.success && !(raw as {url?: unknown}).url) return {token: token.data.token};
    const normalized = parseNormalized(raw);
    if (!normalized) return null;
    const {providerHint: _hint, ...fields} = normalized;
    return fields;
  },

  parseReturn(params) {
    const status = (params.status || '').toLowerCase();
    if (status === 'ok') return outcome('completed', false);
    if (status === 'reject') return outcome('rejected', false);
    // The dashboard's post-verification redirect carries only a signed `jwt` for the backend.
    if (params.jwt) return outcome('completed', false);
    return null;
  },

  parseMessage: parseSumsubMessage,
  sdk: loadSumsubSdk,
};

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
