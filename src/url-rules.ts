/** URL rules of SPEC §5: what the element will load or show. Part of the engine chunk. */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The longest URL Chrome loads (2 MB): a longer one leaves the frame on `about:blank#blocked`, so the
 * element refuses it as `invalid-response` instead of showing a blank flow.
 */
export const MAX_URL_LENGTH = 2 * 1024 * 1024;

/** True for `http:` on localhost, 127.0.0.1 and [::1]: the only places plain HTTP is allowed. */
export const isLoopback = (url: URL) => LOOPBACK.has(url.hostname);

/**
 * One `allowed-origins` entry: scheme and port must match exactly; a `*` label stands for one or more
 * DNS labels (`https://*.jumio.ai` matches `https://a.web.amer-1.jumio.ai`, not `https://jumio.ai`).
 */
export function originMatches(origin: string, pattern: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/:]+)(?::(\d+))?\/?$/i.exec(pattern.trim());
  if (!match) return false;
  let target: URL;
  try {
    target = new URL(origin);
  } catch {
    return false;
  }
  const [, scheme, host, port = ''] = match;
  if (`${scheme.toLowerCase()}:` !== target.protocol) return false;
  const defaultPort = target.protocol === 'https:' ? '443' : target.protocol === 'http:' ? '80' : '';
  const wantPort = port === defaultPort ? '' : port;
  if (wantPort !== target.port) return false;
  return hostMatches(target.hostname, host);
}

/** A host pattern: a `*` label stands for one or more DNS labels. */
export function hostMatches(hostname: string, pattern: string): boolean {
  const labels = pattern.toLowerCase().split('.');
  if (labels.some((label) => label === '')) return false;
  const source = labels
    .map((label) => (label === '*' ? '[a-z0-9-]+(?:\\.[a-z0-9-]+)*' : label.replace(/[^a-z0-9-]/g, (c) => `\\${c}`)))
    .join('\\.');
  return new RegExp(`^${source}$`).test(hostname.toLowerCase());
}

/**
 * A URL the element may load or show: absolute `https:` (`http:` only on loopback), and matching
 * `allowed-origins` when set. Anything else (`javascript:`, `data:`, `blob:`, relative) is refused.
 */
export function safeFlowUrl(value: unknown, allowedOrigins: string[]): URL | null {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value.trim())) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) return null;
  if (url.username || url.password) return null;
  if (allowedOrigins.length && !allowedOrigins.some((pattern) => originMatches(url.origin, pattern))) return null;
  return url;
}
