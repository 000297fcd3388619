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

export {sumsubLang} from './locales.js';
