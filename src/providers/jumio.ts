import * as z from '../schema.js';
import {outcome, progress, type FlowEvent} from '../result.js';
import {timestamp} from './normalized.js';
import type {ProviderAdapter} from './types.js';

/**
 * Jumio web client (`web.href`). Redirect params, the `eventType: 510` JSON-string message and the
 * `publicErrorCode` format `<letter><2-digit call id><4-digit HTTP status>` follow Jumio's web client
 * (https://documentation.jumio.ai/docs/developer-resources/web-client/embed-iFrame, and the client's
 * own code for what it appends to `successUrl`/`errorUrl`).
 */

const Response = z.object({
  web: z.object({href: z.string().check(z.minLength(1))}),
  account: z.optional(z.object({id: z.optional(z.string())})),
  workflowExecution: z.optional(z.object({id: z.optional(z.string())})),
  timestamp,
});

const Message = z.object({
  eventType: z.union([z.literal(510), z.literal('510')]),
  payload: z.object({
    value: z.string(),
    metainfo: z.optional(
      z.object({
        publicErrorCode: z.optional(z.string()),
        retriable: z.optional(z.boolean()),
        code: z.optional(z.union([z.number(), z.string()])),
      }),
    ),
  }),
  workflowExecutionId: z.optional(z.string()),
});

/** Legacy `errorCode`s that a fresh attempt may fix; 9210 is an expired session, 9822 a missing camera. */
const LEGACY_RETRYABLE = new Set(['9100', '9300', '9400', '9800']);

/** Maps a `publicErrorCode` per SPEC §4; unknown letters and malformed codes are non-retryable errors. */
export function jumioPublicError(code: string, reference?: string): FlowEvent {
  const match = /^([A-Z])(\d{2})(\d{4})$/.exec(code);
  const extra = {code, reference};
  if (!match) return outcome('error', false, extra);
  const [, letter, , httpStatus] = match;
  switch (letter) {
    case 'A':
      // Network problems may pass, but Jumio's own code marks HTTP 429 as not retryable.
      return outcome('error', httpStatus !== '0429', extra);
    case 'E':
      return outcome('error', true, extra);
    case 'G':
      return outcome('cancelled', true, extra);
    case 'H':
      // Jumio's code retries a missing camera; a phone is the better way out.
      return outcome('error', true, {...extra, offerPhone: true});
    case 'J':
      return outcome('expired', true, extra);
    default:
      // B, C, F, I, M, N are configuration or integration errors; other letters are unknown.
      return outcome('error', false, extra);
  }
}

/** Maps a legacy numeric `errorCode` (sent by older clients; no longer appended since 2025-12). */
export function jumioLegacyError(code: string, reference?: string): FlowEvent {
  const extra = {code, reference};
  if (code === '9210') return outcome('expired', true, extra);
  if (code === '9822') return outcome('error', true, {...extra, offerPhone: true});
  return outcome('error', LEGACY_RETRYABLE.has(code), extra);
}

export const jumio: ProviderAdapter = {
  name: 'jumio',
  hosts: ['*.jumio.ai', '*.jumio.com', '*.jumio.link', '*.jumiopp.link', '*.netverify.com'],
  frame: {
    // `fullscreen` in `allow` grants what the legacy `allowfullscreen` attribute would; both together make
    // Chrome warn "Allow attribute will take precedence over 'allowfullscreen'" on every frame.
    allow: 'camera;autoplay;fullscreen;clipboard-read;clipboard-write;accelerometer;gyroscope;magnetometer',
  },
  // What Jumio's web client appends to `successUrl`/`errorUrl` and posts (`eventType: 510`); never its
  // `authorizationToken` or a `metainfo.sessionToken`.
  knownParams: {
    returns: [
      'accountId',
      'workflowExecutionId',
      'transactionReference',
      'jumioIdScanReference',
      'acquisitionStatus',
      'transactionStatus',
      'idScanStatus',
      'customerInternalReference',
      'publicErrorCode',
      'errorCode',
    ],
    messages: [
      'eventType',
      'dateTime',
      'workflowExecutionId',
      'transactionReference',
      'jumioIdScanReference',
      'accountId',
      'customerInternalReference',
      'payload.value',
      'payload.metainfo.mode',
      'payload.metainfo.code',
      'payload.metainfo.codeExternal',
      'payload.metainfo.publicErrorCode',
      'payload.metainfo.retriable',
    ],
  },
  framable: true,

  parseNative(raw) {
    const parsed = Response.safeParse(raw);
    if (!parsed.success) return null;
    const {web, account, workflowExecution} = parsed.data;
    return {
      url: web.href,
      reference: workflowExecution?.id || account?.id || undefined,
      expiresAt: undefined,
    };
  },

  parseReturn(params) {
    const status = (params.acquisitionStatus || params.transactionStatus || '').toUpperCase();
    const reference = params.workflowExecutionId || params.transactionReference || undefined;
    if (status === 'SUCCESS') return outcome('completed', false, {reference});
    if (status !== 'ERROR') return null;
    if (params.publicErrorCode) return jumioPublicError(params.publicErrorCode, reference);
    if (params.errorCode) return jumioLegacyError(params.errorCode, reference);
    return outcome('error', false, {code: 'ERROR', reference});
  },

  parseMessage(data) {
    if (typeof data !== 'string' || !data.includes('510')) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return null;
    }
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return null;
    const {payload, workflowExecutionId: reference} = parsed.data;
    const meta = payload.metainfo;
    let signal: FlowEvent | null = null;
    if (payload.value === 'loaded') signal = progress('flow-loaded', reference);
    else if (payload.value === 'success') signal = outcome('completed', false, {reference});
    else if (payload.value === 'error') {
      // The client lets the user retry in the same session; the terminal answer comes later.
      if (meta?.retriable === true) signal = progress('provider-error', reference);
      else if (meta?.publicErrorCode) signal = jumioPublicError(meta.publicErrorCode, reference);
      else if (meta?.code !== undefined) signal = jumioLegacyError(String(meta.code), reference);
      else signal = outcome('error', false, {code: 'ERROR', reference});
    }
    return signal ? {signal, raw} : null;
  },
};

export {jumioLocale} from './locales.js';
