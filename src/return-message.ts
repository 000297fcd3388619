import {paramsRecord} from './return-params.js';
import {ATTEMPT_PARAM, readReturnParams} from './urls.js';

/**
 * The message a return page sends to the tab that started the attempt (SPEC §4): over `postMessage`
 * to its parent or opener, and over `BroadcastChannel` to other tabs.
 */

export const RETURN_MESSAGE = 'kyc-verify/return';
export const RETURN_CHANNEL = 'kyc-verify';

export interface ReturnMessage {
  type: typeof RETURN_MESSAGE;
  attempt: string;
  params: Record<string, string>;
}

/** The marker and params of a URL, or null when it carries no `kyc_attempt`. */
export function readReturn(href: string): ReturnMessage | null {
  const params = readReturnParams(href);
  const attempt = params.get(ATTEMPT_PARAM);
  if (!attempt) return null;
  return {type: RETURN_MESSAGE, attempt, params: paramsRecord(params)};
}

export function isReturnMessage(data: unknown): data is ReturnMessage {
  if (!data || typeof data !== 'object') return false;
  const value = data as Partial<ReturnMessage>;
  return (
    value.type === RETURN_MESSAGE &&
    typeof value.attempt === 'string' &&
    !!value.params &&
    typeof value.params === 'object' &&
    Object.values(value.params).every((param) => typeof param === 'string')
  );
}

