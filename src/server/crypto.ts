/**
 * Web Crypto helpers shared by the signers and the webhook verifiers. Only `crypto.subtle`, `TextEncoder`
 * and `atob`/`btoa`: the same code runs in Node ≥ 20, Deno, Bun and Cloudflare Workers.
 */

const encoder = new TextEncoder();

/** The exact bytes of a string or byte body (a string is UTF-8 encoded, bytes are taken as they are). */
export function toBytes(body: string | ArrayBuffer | ArrayBufferView): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0));
  return new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
}

export type HmacHash = 'SHA-1' | 'SHA-256' | 'SHA-512';

const hmacKey = (secret: string, hash: HmacHash, usage: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', encoder.encode(secret), {name: 'HMAC', hash}, false, [usage]);

/** HMAC of `data` keyed by the UTF-8 bytes of `secret`. */
export async function hmac(secret: string, hash: HmacHash, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const key = await hmacKey(secret, hash, 'sign');
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
}

/**
 * Checks an HMAC with `crypto.subtle.verify`, which compares in constant time (no early exit on the
 * first differing byte, unlike `===` on strings).
 */
export async function hmacVerify(secret: string, hash: HmacHash, data: Uint8Array<ArrayBuffer>, mac: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const key = await hmacKey(secret, hash, 'verify');
  return crypto.subtle.verify('HMAC', key, mac, data);
}

export const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Lowercase or uppercase hex to bytes; null for anything that is not whole hex bytes. */
export function fromHex(value: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(value)) return null;
  const bytes = new Uint8Array(value.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(value.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Standard or URL-safe base64, padding optional; null when it is not base64. */
export function fromBase64(value: string): Uint8Array<ArrayBuffer> | null {
  const normal = value.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!normal || !/^[A-Za-z0-9+/]+={0,2}$/.test(normal)) return null;
  try {
    const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, '='));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Compares two byte strings without an early exit (lengths are not secret: a MAC has a fixed one). */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

export async function sha256Hex(value: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(value))));
}

/** The DER bytes inside a PEM block (`-----BEGIN PUBLIC KEY-----` …); null when there is none. */
export function pemToDer(pem: string): Uint8Array<ArrayBuffer> | null {
  const match = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  return match ? fromBase64(match[2].replace(/\s+/g, '')) : null;
}

/**
 * An ECDSA signature as Web Crypto wants it (IEEE P1363: r ‖ s, each `size` bytes) from the ASN.1 DER
 * form (`SEQUENCE { INTEGER r, INTEGER s }`) that most libraries, Grid's signer among them, produce.
 * A signature that already is `2 * size` raw bytes is returned as it is. Null when malformed.
 */
export function ecdsaDerToRaw(signature: Uint8Array, size = 32): Uint8Array<ArrayBuffer> | null {
  if (signature.length === size * 2 && signature[0] !== 0x30) return new Uint8Array(signature);
  let offset = 0;
  const byte = () => (offset < signature.length ? signature[offset++] : -1);
  const length = () => {
    const first = byte();
    if (first < 0x80) return first;
    const count = first & 0x7f;
    if (count < 1 || count > 2) return -1;
    let value = 0;
    for (let i = 0; i < count; i++) {
      const next = byte();
      if (next < 0) return -1;
      value = (value << 8) | next;
    }
    return value;
  };
  if (byte() !== 0x30) return null;
  const total = length();
  if (total < 0 || offset + total !== signature.length) return null;
  const raw = new Uint8Array(size * 2);
  for (let part = 0; part < 2; part++) {
    if (byte() !== 0x02) return null;
    const len = length();
    if (len < 1 || offset + len > signature.length) return null;
    let value = signature.subarray(offset, offset + len);
    offset += len;
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    if (value.length > size) return null;
    raw.set(value, part * size + (size - value.length));
  }
  return offset === signature.length ? raw : null;
}
