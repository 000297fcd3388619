import * as z from '../schema.js';
import {outcome, type FlowEvent} from '../result.js';
import {parseNormalized} from './normalized.js';
import {SUMSUB_PARAMS, sumsubEvent, sumsubSdkBaseUrl} from './sumsub-shared.js';

export {sumsubLang} from './sumsub-shared.js';
import type {ProviderAdapter} from './types.js';

/**
 * Sumsub: a WebSDK link (`{ url }` from `.../websdkLink`) or an access token (`{ token, userId? }`).
 * Event names and payloads: https://docs.sumsub.com/docs/websdk-messages and the `@sumsub/websdk`
 * 2.9.0 package (`types/*.d.ts`, `dist/index.esm.js`).
 * The link flow redirects to the host's `successUrl` / `rejectUrl`, which the backend sets with
 * `status=ok` / `status=reject`; the dashboard redirect adds a signed `jwt` (kept for the backend).
 */

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
export const loadSumsubSdk = () => import('./sumsub-sdk.js').then((module) => module.sumsubSdk(sumsubEvent));

const TokenResponse = z.object({token: z.string().check(z.minLength(1)), userId: z.optional(z.string())});

export const sumsub: ProviderAdapter = {
  name: 'sumsub',
  hosts: ['*.sumsub.com', 'sumsub.com'],
  // WebSDK access tokens: `_act-jwt-…`, `_act-sbx-jwt-…` (https://docs.sumsub.com/reference/generate-access-token).
  tokenPrefixes: ['_act-'],
  knownParams: SUMSUB_PARAMS,
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
  sdkBaseUrl: sumsubSdkBaseUrl,
};
