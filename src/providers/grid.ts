import * as z from '../schema.js';
import {outcome} from '../result.js';
import {timestamp, toMillis} from './normalized.js';
import {SUMSUB_PARAMS, sumsubSdkBaseUrl} from './sumsub-shared.js';
import {loadSumsubSdk, parseSumsubMessage} from './sumsub.js';
import type {ProviderAdapter} from './types.js';

/**
 * Lightspark Grid (`POST /customers/{id}/kyc-link`): `{ kycUrl, expiresAt, provider: 'SUMSUB', token? }`.
 * The `token` is a Sumsub WebSDK token. Grid documents no params on its redirect: reaching the
 * return URL "only means the customer finished the hosted flow" (`createCustomerKycLink` in https://github.com/lightsparkdev/grid-api), so it is `completed`.
 */
const Response = z.object({
  kycUrl: z.string().check(z.minLength(1)),
  expiresAt: timestamp,
  provider: z.optional(z.string()),
  token: z.optional(z.string().check(z.minLength(1))),
});

export const grid: ProviderAdapter = {
  name: 'grid',
  hosts: [],
  // Grid documents no redirect params; its hosted flow is Sumsub's.
  knownParams: {returns: [], messages: SUMSUB_PARAMS.messages},
  // Grid's `KycStatus` (`UNVERIFIED`, `PENDING`, `HOLD`, …), passed through by a status endpoint.
  statusAliases: {unverified: 'pending', hold: 'pending'},
  frame: {allow: 'camera; microphone; geolocation; clipboard-write; hid'},
  // Grid's hosted page is not documented as frameable: `auto` uses the SDK token or a popup.
  framable: false,

  parseNative(raw) {
    const parsed = Response.safeParse(raw);
    if (!parsed.success) return null;
    const {kycUrl, expiresAt, token} = parsed.data;
    return {url: kycUrl, token, expiresAt: toMillis(expiresAt)};
  },

  parseReturn: () => outcome('completed', false),
  // The hosted flow is Sumsub's; its `idCheck.*` messages are read when present.
  parseMessage: parseSumsubMessage,
  // The `token` is a Sumsub WebSDK token: `auto` mounts `@sumsub/websdk` with it; a refresh asks the
  // backend for a new kyc-link and uses its `token`.
  sdk: loadSumsubSdk,
  sdkBaseUrl: sumsubSdkBaseUrl,
};

export {gridLocale} from './locales.js';
