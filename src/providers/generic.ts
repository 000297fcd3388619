import {outcome, type FlowEvent} from '../result.js';
import type {KycStatus} from '../types.js';
import type {ProviderAdapter} from './types.js';

/** Common words a hosted flow may put in a `status` return param, mapped to the element's vocabulary. */
const STATUS_WORDS: Record<string, [KycStatus, boolean]> = {
  success: ['completed', false],
  successful: ['completed', false],
  completed: ['completed', false],
  submitted: ['completed', false],
  approved: ['approved', false],
  rejected: ['rejected', false],
  cancelled: ['cancelled', true],
  canceled: ['cancelled', true],
  expired: ['expired', true],
  error: ['error', true],
  failed: ['error', true],
  fail: ['error', true],
};

/**
 * Return params of a flow that documents none: a known `status` word counts; reaching the return URL
 * without one means the user finished the flow (`completed`). Any other word is not understood (null:
 * the attempt ends `unrecognized-return`), never taken for success.
 */
export function genericReturn(params: Record<string, string>): FlowEvent | null {
  const word = (params.status || '').trim().toLowerCase();
  if (!word) return outcome('completed', false);
  if (!Object.prototype.hasOwnProperty.call(STATUS_WORDS, word)) return null;
  const [status, retryable] = STATUS_WORDS[word];
  return outcome(status, retryable, status === 'error' ? {code: word} : {});
}

/** Any hosted flow that returns a URL. */
export const generic: ProviderAdapter = {
  name: 'generic',
  hosts: [],
  // The one param a flow without documentation may use (see `genericReturn`).
  knownParams: {returns: ['status'], messages: []},
  frame: {allow: 'camera; microphone; fullscreen; autoplay'},
  framable: true,
  parseReturn: genericReturn,
  parseMessage: () => null,
};

export {genericLocale} from './locales.js';
