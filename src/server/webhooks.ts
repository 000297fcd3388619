import {ecdsaDerToRaw, fromBase64, fromHex, hmacVerify, pemToDer, timingSafeEqual, toBytes, type HmacHash} from './crypto.js';
import {smileSignature} from './signatures.js';

/**
 * Webhook and callback verifiers. Each one checks the signature over the **raw** body before anything
 * parses it, compares in constant time, refuses an event older than its window, and resolves `false`
 * (never throws) for a missing or malformed header, a wrong secret or key, or a tampered body.
 */

export type RawBody = string | ArrayBuffer | ArrayBufferView;

/** Options every verifier takes besides its own. */
export interface FreshnessOptions {
  /**
   * Events older than this (by their own timestamp) are refused as replays. Sumsub retries a webhook
   * after 5 min, 1 h, 5 h and 18 h (https://docs.sumsub.com/docs/user-verification-webhooks), so the Sumsub default is 26 hours; the others default
   * to 24 hours. `Infinity` turns the check off.
   */
  maxAgeSeconds?: number;
  /** The clock, for tests (ms since the epoch). */
  now?: () => number;
}

/** Events dated this far in the future are refused too (clock skew allowance). */
const FUTURE_SKEW_MS = 5 * 60_000;

const DIGEST_ALGS: Record<string, HmacHash> = {
  HMAC_SHA1_HEX: 'SHA-1',
  HMAC_SHA256_HEX: 'SHA-256',
  HMAC_SHA512_HEX: 'SHA-512',
};

const decoder = new TextDecoder();

function parseJson(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A Sumsub event's own time: `createdAtMs` (`2020-02-21 13:23:19.321`, UTC) or `createdAt`
 * (`2020-02-21 13:23:19+0000`). Undefined when it has neither.
 */
export function sumsubEventTime(event: Record<string, unknown>): number | undefined {
  for (const field of ['createdAtMs', 'createdAt']) {
    const value = event[field];
    if (typeof value !== 'string') continue;
    let text = value.trim().replace(' ', 'T').replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
    if (!/(Z|[+-]\d\d:\d\d)$/.test(text)) text += 'Z';
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return ms;
  }
  return undefined;
}

/** An ISO timestamp (Grid's `timestamp`, Smile's `timestamp`) or epoch seconds/ms. */
export function isoTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? (value < 1e12 ? value * 1000 : value) : undefined;
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

function fresh(at: number | undefined, options: FreshnessOptions, defaultSeconds: number): boolean {
  const maxAge = options.maxAgeSeconds ?? defaultSeconds;
  if (maxAge === Infinity) return true;
  if (at === undefined) return false; // an event that cannot say when it was sent cannot prove it is fresh
  const now = (options.now ?? Date.now)();
  return at <= now + FUTURE_SKEW_MS && now - at <= maxAge * 1000;
}

export const SUMSUB_MAX_AGE_SECONDS = 26 * 3600;
export const DEFAULT_MAX_AGE_SECONDS = 24 * 3600;

/**
 * Sumsub webhooks (https://docs.sumsub.com/docs/user-verification-webhooks): `x-payload-digest` is the hex HMAC of the raw body keyed by the
 * **webhook secret** (not the app secret), with the algorithm in `x-payload-digest-alg`
 * (`HMAC_SHA256_HEX`, the default when the header is absent, `HMAC_SHA512_HEX`, or legacy
 * `HMAC_SHA1_HEX`; any other value is refused). After the digest holds, the event's own `createdAtMs`
 * must be inside the replay window.
 */
export async function verifySumsubWebhook({
  body,
  headers,
  secret,
  ...options
}: {body: RawBody; headers: Headers; secret: string} & FreshnessOptions): Promise<boolean> {
  try {
    if (!secret) return false;
    const digest = headers.get('x-payload-digest');
    const alg = DIGEST_ALGS[(headers.get('x-payload-digest-alg') ?? 'HMAC_SHA256_HEX').trim().toUpperCase()];
    if (!digest || !alg) return false;
    const mac = fromHex(digest.trim());
    if (!mac) return false;
    const bytes = toBytes(body);
    if (!(await hmacVerify(secret, alg, bytes, mac))) return false;
    const event = parseJson(bytes);
    return event !== null && fresh(sumsubEventTime(event), options, SUMSUB_MAX_AGE_SECONDS);
  } catch {
    return false;
  }
}

/**
 * Reads `X-Grid-Signature`: JSON `{"v":"1","s":"<base64 DER ECDSA>"}`, or the bare base64 signature
 * that Grid's own wallet sample also accepts (https://github.com/lightsparkdev/grid-api, `mintlify/snippets/kyc/kyc-webhooks.mdx`). Null when malformed or another version.
 */
function gridSignatureBytes(header: string): Uint8Array<ArrayBuffer> | null {
  const text = header.trim();
  if (text.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return null;
    }
    if (!value || typeof value !== 'object') return null;
    const {v, s} = value as {v?: unknown; s?: unknown};
    if (v !== undefined && String(v) !== '1') return null;
    return typeof s === 'string' ? fromBase64(s) : null;
  }
  return fromBase64(text);
}

const gridKeys = new Map<string, Promise<CryptoKey>>();

function gridKey(publicKey: string): Promise<CryptoKey> {
  let key = gridKeys.get(publicKey);
  if (!key) {
    const der = pemToDer(publicKey);
    key = der ? crypto.subtle.importKey('spki', der, {name: 'ECDSA', namedCurve: 'P-256'}, false, ['verify']) : Promise.reject(new Error('not a PEM key'));
    key.catch(() => gridKeys.delete(publicKey));
    gridKeys.set(publicKey, key);
  }
  return key;
}

/**
 * Grid webhooks (https://github.com/lightsparkdev/grid-api, `mintlify/snippets/kyc/kyc-webhooks.mdx`): ECDSA P-256 / SHA-256 over the **raw** body, checked with the Grid
 * public key from onboarding (`publicKey`, an SPKI PEM string). The signature is DER (converted for
 * Web Crypto) or raw r ‖ s. After it holds, the event's own `timestamp` must be inside the window.
 */
export async function verifyGridWebhook({
  body,
  headers,
  publicKey,
  ...options
}: {body: RawBody; headers: Headers; publicKey: string} & FreshnessOptions): Promise<boolean> {
  try {
    const header = headers.get('x-grid-signature');
    if (!header || !publicKey) return false;
    const der = gridSignatureBytes(header);
    const signature = der && ecdsaDerToRaw(der);
    if (!signature) return false;
    const bytes = toBytes(body);
    const key = await gridKey(publicKey);
    if (!(await crypto.subtle.verify({name: 'ECDSA', hash: 'SHA-256'}, key, signature, bytes))) return false;
    const event = parseJson(bytes);
    return event !== null && fresh(isoTime(event.timestamp), options, DEFAULT_MAX_AGE_SECONDS);
  } catch {
    return false;
  }
}

/**
 * Smile ID callbacks carry `signature` and `timestamp` fields made like a request signature
 * (`smileSignature` with the partner's own api key and id). That signature covers only the timestamp
 * and partner id, **not the body**: Smile's scheme proves who sent the callback and when, nothing more,
 * so the body has to be parsed to find it (the one exception to "verify before parsing"), and the
 * handler treats the result like any other claim it cannot re-derive. `maxAgeSeconds` applies to
 * `timestamp`.
 */
export async function verifySmileCallback({
  body,
  apiKey,
  partnerId,
  ...options
}: {body: RawBody; apiKey: string; partnerId: string} & FreshnessOptions): Promise<boolean> {
  try {
    if (!apiKey || !partnerId) return false;
    const event = parseJson(toBytes(body));
    if (!event || typeof event.signature !== 'string' || typeof event.timestamp !== 'string') return false;
    const given = fromBase64(event.signature);
    const expected = fromBase64(await smileSignature({apiKey, partnerId, timestamp: event.timestamp}));
    if (!given || !expected || !timingSafeEqual(given, expected)) return false;
    return fresh(isoTime(event.timestamp), options, DEFAULT_MAX_AGE_SECONDS);
  } catch {
    return false;
  }
}

/**
 * Jumio callbacks are **not signed**. They are a hint that something changed: the handler never takes
 * their content as the verdict, but reads the workflow execution back over the retrieval API with its
 * own credentials. Jumio publishes the addresses its callbacks come from per region; pass them as an
 * allow list (exact IPv4/IPv6 addresses or IPv4 CIDR ranges) to drop everything else early.
 */
export function addressAllowed(address: string | undefined, allowList: readonly string[] | undefined): boolean {
  if (!allowList || allowList.length === 0) return true;
  if (!address) return false;
  const ip = address.replace(/^::ffff:/i, '');
  return allowList.some((entry) => {
    const [range, bits] = entry.split('/');
    if (bits === undefined) return range.toLowerCase() === ip.toLowerCase();
    const a = ipv4(ip);
    const b = ipv4(range);
    const n = Number(bits);
    if (a === null || b === null || !Number.isInteger(n) || n < 0 || n > 32) return false;
    const mask = n === 0 ? 0 : (~0 << (32 - n)) >>> 0;
    return ((a & mask) >>> 0) === ((b & mask) >>> 0);
  });
}

function ipv4(value: string): number | null {
  const parts = value.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return null;
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0) >>> 0;
}

/**
 * The signed `jwt` Sumsub appends to the dashboard's post-verification redirect (https://docs.sumsub.com/docs/websdk-settings: HS256,
 * the secret used raw, payload `{iat, exp, sub: <externalUserId>, aud}`), which the element keeps in
 * `params.jwt` for the backend. `valid` when the signature holds and it has not expired; `expired`
 * tells a good signature that is too old. Resolves (never throws); `subject` only when the signature holds.
 * A redirect is still only a hint: the verdict is the webhook's.
 */
export async function verifySumsubRedirectJwt({
  jwt,
  secret,
  now = Date.now,
}: {
  jwt: string;
  secret: string;
  now?: () => number;
}): Promise<{valid: boolean; expired: boolean; subject?: string}> {
  const refused = {valid: false, expired: false};
  try {
    const parts = jwt.split('.');
    if (parts.length !== 3 || !secret) return refused;
    const [head, body, sig] = parts;
    const header = parseJson(fromBase64(head) ?? new Uint8Array());
    if (header?.alg !== 'HS256') return refused;
    const mac = fromBase64(sig);
    if (!mac || !(await hmacVerify(secret, 'SHA-256', toBytes(`${head}.${body}`), mac))) return refused;
    const claims = parseJson(fromBase64(body) ?? new Uint8Array());
    if (!claims) return refused;
    const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
    const expired = exp !== undefined && now() >= exp;
    return {valid: !expired, expired, ...(typeof claims.sub === 'string' ? {subject: claims.sub} : {})};
  } catch {
    return refused;
  }
}
