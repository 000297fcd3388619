import type {ProviderAdapter} from '../providers/types.js';
import type {KycSource} from '../types.js';

/**
 * What `kyc-result` `params` and `kyc-progress` `data` may carry (SPEC §1): the dot paths each source
 * documents, flattened, and nothing else. Part of the engine chunk: only what a provider said (a
 * message, return params, an SDK event, a status answer) has params, and the engine reads those.
 */

/** A URL in any form a browser would follow: `scheme://…`, protocol-relative `//host/…`, `javascript:` … */
const looksLikeUrl = (value: string) => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(value.trim()) || /^(javascript|data|blob):/i.test(value.trim());

/** Longer values are dropped: no documented param or message field comes close. */
export const MAX_PARAM_LENGTH = 1_000;

/** True when a dot path matches a known pattern (`types.*` matches `types.0`). */
function isKnown(path: string, known: readonly string[]): boolean {
  const segments = path.split('.');
  return known.some((pattern) => {
    const expected = pattern.split('.');
    return expected.length === segments.length && expected.every((part, i) => part === segments[i] || (part === '*' && /^\d+$/.test(segments[i])));
  });
}

/**
 * Flattens what a result was parsed from into `{ 'payload.value': 'error' }` form, keeping only the
 * dot paths in `known` (an adapter's `knownParams`, SPEC §1): everything else is dropped, and so is
 * any value that is a URL (links are bearer credentials for most providers) or longer than
 * `MAX_PARAM_LENGTH`.
 */
export function flattenParams(input: unknown, known: readonly string[], prefix = '', out: Record<string, string> = {}, depth = 0): Record<string, string> {
  if (input == null || depth > 6 || !known.length) return out;
  if (typeof input !== 'object') {
    if (prefix) addParam(out, prefix, String(input), known);
    return out;
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') flattenParams(value, known, path, out, depth + 1);
    else if (value !== undefined && value !== null) addParam(out, path, String(value), known);
  }
  return out;
}

function addParam(out: Record<string, string>, path: string, value: string, known: readonly string[]) {
  if (!isKnown(path, known) || looksLikeUrl(value) || value.length > MAX_PARAM_LENGTH) return;
  out[path] = value;
}

/** The fields of a status answer (SPEC §4) that `params` carries. */
export const STATUS_ANSWER_PARAMS = ['status', 'code', 'message', 'retryable'] as const;

/** What the element's own progress carries in `data`: the renewal or refresh count. */
export const ELEMENT_DATA_PARAMS = ['renewal', 'refresh'] as const;

/**
 * What `params` and `data` may carry for a signal from `source` (SPEC §1): the adapter's documented
 * return params or message fields, the status answer's fields, or the element's own counters.
 */
export function knownParams(adapter: ProviderAdapter | undefined, source: KycSource): readonly string[] {
  switch (source) {
    case 'redirect':
      return adapter?.knownParams.returns ?? [];
    case 'message':
    case 'sdk':
      return adapter?.knownParams.messages ?? [];
    case 'status':
      return STATUS_ANSWER_PARAMS;
    default:
      return ELEMENT_DATA_PARAMS;
  }
}

/** `raw` as `params`/`data`: what its source documents, sanitized (`flattenParams`). */
export const sanitizedParams = (raw: unknown, adapter: ProviderAdapter | undefined, source: KycSource): Record<string, string> =>
  flattenParams(raw, knownParams(adapter, source));
