import * as z from '../schema.js';
import {outcome, progress, type FlowEvent} from '../result.js';
import {timestamp, toMillis} from './normalized.js';
import type {ProviderAdapter} from './types.js';

/**
 * Smile ID Smile Links (https://docs.usesmileid.com/integration-options/no-code/smile-links/rest-api
 * and .../web-mobile-web/web-integration/usage): the redirect carries
 * `status` (`success`/`successful`, `fail`/`failed`, `cancelled`/`canceled`: the docs contradict
 * themselves, so all are accepted) and `user_id`; the embed posts `SmileIdentity::*` strings or
 * `{ message, data }` objects to `'*'`, from an embed origin inside the links origin.
 */

const id = z.union([z.string().check(z.minLength(1)), z.number()]);

const Response = z.union([
  z.object({link: z.string().check(z.minLength(1)), ref_id: id, expires_at: timestamp}),
  z.object({link_url: z.string().check(z.minLength(1)), ref_id: id, expires_at: timestamp}),
]);

const MessageObject = z.object({message: z.string(), data: z.optional(z.unknown())});

const TAG = 'SmileIdentity::';

/** Maps one `SmileIdentity::*` tag per SPEC §4; null for tags that are ignored. */
function fromTag(tag: string): FlowEvent | null {
  switch (tag) {
    case `${TAG}ChildPageReady`:
      return progress('flow-loaded');
    case `${TAG}Success`:
      return outcome('completed', false);
    case `${TAG}Close`:
      return outcome('cancelled', true);
    case `${TAG}Error`:
      return outcome('error', true, {code: tag});
    case `${TAG}ConsentDenied`:
      return outcome('cancelled', false, {code: tag});
    case `${TAG}ConsentDenied::TOTP::ContactMethodsOutdated`:
      return outcome('error', false, {code: tag});
    default:
      // `Close::System` follows Success and consent denial by ~2 s; OIDC tags are internal.
      return null;
  }
}

export const smile: ProviderAdapter = {
  name: 'smile',
  hosts: ['*.usesmileid.com', '*.smileidentity.com'],
  // The Smile Link page hosts the embed, which posts from the Smile CDN to the top page.
  messageOrigins: ['https://*.smileidentity.com', 'https://*.usesmileid.com'],
  // Smile Links append `status` and `user_id`; the embed posts a tag, or `{message, data: {error}}`.
  knownParams: {returns: ['status', 'user_id'], messages: ['message', 'data.error']},
  frame: {allow: 'camera; geolocation; encrypted-media; fullscreen'},
  framable: true,

  parseNative(raw) {
    const parsed = Response.safeParse(raw);
    if (!parsed.success) return null;
    const value = parsed.data;
    return {
      url: 'link' in value ? value.link : value.link_url,
      reference: String(value.ref_id),
      expiresAt: toMillis(value.expires_at),
    };
  },

  parseReturn(params) {
    const status = (params.status || '').toLowerCase();
    const reference = params.user_id || undefined;
    if (status === 'success' || status === 'successful') return outcome('completed', false, {reference});
    if (status === 'cancelled' || status === 'canceled') return outcome('cancelled', true, {reference});
    if (status === 'fail' || status === 'failed') return outcome('error', true, {code: 'fail', reference});
    return null;
  },

  parseMessage(data) {
    let tag: string | undefined;
    if (typeof data === 'string') tag = data;
    else {
      const parsed = MessageObject.safeParse(data);
      if (parsed.success) tag = parsed.data.message;
    }
    if (!tag?.startsWith(TAG)) return null;
    const signal = fromTag(tag);
    return signal ? {signal, raw: typeof data === 'string' ? {message: data} : data} : null;
  },
};

export {smileLocale} from './locales.js';
