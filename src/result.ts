import type {KycResult, KycSource, KycStatus, KycStep, ProviderName} from './types.js';

/**
 * What a provider adapter makes of one raw signal (a message, return params, an SDK event, a status
 * answer). The element turns it into at most one event: adapters never dispatch anything themselves.
 */
export type Signal =
  | {kind: 'progress'; step: KycStep; reference?: string}
  | {
      kind: 'result';
      status: KycStatus;
      retryable: boolean;
      code?: string;
      message?: string;
      reference?: string;
      /** Jumio camera errors: the UI offers to continue on a phone. */
      offerPhone?: boolean;
    };

export const progress = (step: KycStep, reference?: string): Signal => ({kind: 'progress', step, reference});

export const outcome = (
  status: KycStatus,
  retryable: boolean,
  extra: {code?: string; message?: string; reference?: string; offerPhone?: boolean} = {},
): Signal => ({kind: 'result', status, retryable, ...strip(extra)});

function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** Keys whose values are credentials: never copied into `params` (Sumsub's signed `jwt` is kept). */
const SECRET_KEYS = new Set(['authorizationtoken', 'accesstoken', 'token', 'authcode']);

/** A URL in any form a browser would follow: `scheme://…`, protocol-relative `//host/…`, `javascript:` … */
const looksLikeUrl = (value: string) => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(value.trim()) || /^(javascript|data|blob):/i.test(value.trim());

/**
 * Flattens what a result was parsed from into `{ 'payload.value': 'error' }` form, dropping secrets
 * and every value that is a URL (links are bearer credentials for most providers).
 */
export function flattenParams(input: unknown, prefix = '', out: Record<string, string> = {}, depth = 0): Record<string, string> {
  if (input == null || depth > 6) return out;
  if (input instanceof URLSearchParams) {
    input.forEach((value, key) => addParam(out, key, value));
    return out;
  }
  if (typeof input !== 'object') {
    if (prefix) addParam(out, prefix, String(input));
    return out;
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (SECRET_KEYS.has(key.toLowerCase())) continue;
    if (value !== null && typeof value === 'object') flattenParams(value, path, out, depth + 1);
    else if (value !== undefined && value !== null) addParam(out, path, String(value));
  }
  return out;
}

function addParam(out: Record<string, string>, path: string, value: string) {
  const last = path.split('.').pop() ?? path;
  if (SECRET_KEYS.has(last.toLowerCase()) || looksLikeUrl(value)) return;
  out[path] = value;
}

/** Codes of the element's own failures (SPEC §1), with their `retryable` and message. */
export type ElementErrorCode =
  | 'config'
  | 'network'
  | 'session-timeout'
  | 'invalid-response'
  | 'unsafe-url'
  | 'unsupported-mode'
  | 'popup-blocked'
  | 'sdk-load'
  | 'token-refresh'
  | 'unrecognized-return'
  | 'session-timeout'
  | 'status-timeout'
  | `session-http-${number}`
  | `status-http-${number}`;

const ELEMENT_ERRORS: Record<string, [retryable: boolean, message: string]> = {
  config: [false, 'The element has neither an endpoint nor a fetcher.'],
  network: [true, 'The verification service could not be reached.'],
  'session-timeout': [true, 'The verification service did not answer in time.'],
  'status-timeout': [true, 'The verification status did not arrive in time.'],
  'invalid-response': [false, 'The verification service sent an answer the element cannot use.'],
  'unsafe-url': [false, 'The verification link is not allowed on this page.'],
  'unsupported-mode': [false, 'This verification cannot run in the requested mode.'],
  'popup-blocked': [true, 'The verification window could not be opened.'],
  'sdk-load': [true, 'The verification component could not be loaded.'],
  'token-refresh': [true, 'The verification session could not be renewed.'],
  'unrecognized-return': [false, 'The provider returned without a recognizable outcome.'],
};

/** `retryable` of an HTTP failure: 5xx, 408 and 429 may pass, other 4xx will not. */
export const httpRetryable = (status: number) => status >= 500 || status === 408 || status === 429;

/** Raised when the caller aborted a backend call: the attempt is over, nothing is reported. */
export class Aborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortError';
  }
}

/** A failure of the element's own work, ready to become a `kyc-result`. */
export class KycError extends Error {
  constructor(
    readonly code: string,
    readonly retryable: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'KycError';
  }

  static of(code: ElementErrorCode, message?: string): KycError {
    const http = /^(session|status)-http-(\d+)$/.exec(code);
    if (http) {
      const status = Number(http[2]);
      return new KycError(code, httpRetryable(status), message ?? `The verification service answered HTTP ${status}.`);
    }
    const [retryable, text] = ELEMENT_ERRORS[code] ?? [false, 'Verification failed.'];
    return new KycError(code, retryable, message ?? text);
  }
}

/** Builds the `kyc-result` detail; `params` is always sanitized here, the one place results are made. */
export function makeResult(
  signal: Extract<Signal, {kind: 'result'}>,
  context: {attempt: string; provider: ProviderName; source: KycSource; reference?: string; raw?: unknown},
): KycResult {
  const result: KycResult = {
    attempt: context.attempt,
    status: signal.status,
    provider: context.provider,
    retryable: signal.retryable,
    source: context.source,
    params: flattenParams(context.raw),
  };
  if (signal.code) result.code = signal.code;
  if (signal.message) result.message = signal.message;
  const reference = signal.reference || context.reference;
  if (reference) result.reference = reference;
  return result;
}

/** The result when a flow came back with params its provider's adapter cannot read. */
export const UNRECOGNIZED_RETURN: Signal = outcome('error', false, {
  code: 'unrecognized-return',
  message: ELEMENT_ERRORS['unrecognized-return'][1],
});

/** Statuses after which the element shows its `done` view; the others end in `failed`. */
export const isSuccessStatus = (status: KycStatus) => status === 'completed' || status === 'approved' || status === 'rejected';
export const isVerdict = (status: KycStatus) => status === 'approved' || status === 'rejected';
