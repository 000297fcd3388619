import {hmac, toBase64, toBytes, toHex} from './crypto.js';

/**
 * Sumsub's `X-App-Access-Sig` (https://docs.sumsub.com/reference/authentication): lowercase hex
 * HMAC-SHA256(secret, ts + METHOD + pathWithQuery + body), no separators. `path` starts with `/` and
 * carries the query exactly as sent; `body` is the exact string (or bytes) sent, `''` when there is none.
 * Sign the bytes you send: serialise once, sign that string, send that string.
 */
export async function sumsubSignature({
  secret,
  ts,
  method,
  path,
  body = '',
}: {
  secret: string;
  ts: number | string;
  method: string;
  path: string;
  body?: string | ArrayBuffer | ArrayBufferView;
}): Promise<string> {
  const head = toBytes(`${ts}${method.toUpperCase()}${path}`);
  const tail = toBytes(body);
  const data = new Uint8Array(head.length + tail.length);
  data.set(head);
  data.set(tail, head.length);
  return toHex(await hmac(secret, 'SHA-256', data));
}

/**
 * Smile ID's request `signature` (Smile ID's signing docs at https://docs.usesmileid.com and `smile-identity-core`'s `signature.js`): standard base64 of
 * HMAC-SHA256(api key, timestamp + partner_id + "sid_request"), where `timestamp` is the ISO string sent
 * verbatim as `timestamp` in the request body. Smile's callbacks carry `signature` and `timestamp` made
 * the same way.
 */
export async function smileSignature({apiKey, partnerId, timestamp}: {apiKey: string; partnerId: string; timestamp: string}): Promise<string> {
  return toBase64(await hmac(apiKey, 'SHA-256', toBytes(`${timestamp}${partnerId}sid_request`)));
}
