import type {KycResult, KycSource, KycStatus, KycStep, ProviderName} from './types.js';

/**
 * One thing a flow said, as an adapter reads it (a message, return params, an SDK event, a status
 * answer): a step of progress, or an outcome. The attempt controller turns it into at most one DOM
 * event: adapters and modes never dispatch anything themselves.
 */
export type FlowEvent = {kind: 'progress'; step: KycStep; reference?: string} | FlowOutcome;

/** An outcome of the flow, before the controller makes it the attempt's `kyc-result`. */
export interface FlowOutcome {
  kind: 'result';
  status: KycStatus;
  retryable: boolean;
  code?: string;
  message?: string;
  reference?: string;
  /** Camera errors (Jumio `H…`, `9822`): the end view offers to continue on a phone. */
  offerPhone?: boolean;
}

export const progress = (step: KycStep, reference?: string): FlowEvent => ({kind: 'progress', step, reference});

export const outcome = (
  status: KycStatus,
  retryable: boolean,
  extra: {code?: string; message?: string; reference?: string; offerPhone?: boolean} = {},
): FlowOutcome => ({kind: 'result', status, retryable, ...strip(extra)});

function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** Codes of the element's own failures (SPEC §1) that have a fixed `retryable` and message. */
export type FixedErrorCode =
  | 'config'
  | 'network'
  | 'session-timeout'
  | 'status-timeout'
  | 'invalid-response'
  | 'unsafe-url'
  | 'unsupported-mode'
  | 'popup-blocked'
  | 'sdk-load'
  | 'token-refresh'
  | 'unrecognized-return';

/** Every code of the element's own failures: the fixed ones and the backend's HTTP statuses. */
export type ElementErrorCode = FixedErrorCode | `session-http-${number}` | `status-http-${number}`;

const ELEMENT_ERRORS: Record<FixedErrorCode, [retryable: boolean, message: string]> = {
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
    const [retryable, text] = ELEMENT_ERRORS[code as FixedErrorCode];
    return new KycError(code, retryable, message ?? text);
  }
}

/** Builds the `kyc-result` detail; `params` come sanitized (src/attempt/params.ts `sanitizedParams`). */
export function makeResult(
  signal: FlowOutcome,
  context: {attempt: string; provider: ProviderName; source: KycSource; reference?: string; params: Record<string, string>},
): KycResult {
  const result: KycResult = {
    attempt: context.attempt,
    status: signal.status,
    provider: context.provider,
    retryable: signal.retryable,
    source: context.source,
    params: context.params,
  };
  if (signal.code) result.code = signal.code;
  if (signal.message) result.message = signal.message;
  const reference = signal.reference || context.reference;
  if (reference) result.reference = reference;
  return result;
}

/** The result when a flow came back with params its provider's adapter cannot read. */
export const UNRECOGNIZED_RETURN: FlowOutcome = outcome('error', false, {
  code: 'unrecognized-return',
  message: ELEMENT_ERRORS['unrecognized-return'][1],
});

/**
 * Statuses that end the attempt in the `done` state and view: the flow ran to its end, whatever the
 * verdict (`rejected` included). `cancelled`, `expired` and `error` end in `failed`.
 */
export const endsInDoneView = (status: KycStatus) => status === 'completed' || status === 'approved' || status === 'rejected';
export const isVerdict = (status: KycStatus) => status === 'approved' || status === 'rejected';
