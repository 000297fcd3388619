import {ATTEMPT_PARAM, splitQuery} from './urls.js';

/**
 * Reading a return URL (SPEC §4): the params a provider appended after the marker, and the URL without
 * them. Used where returns are handled (the engine chunk and the standalone return script); the
 * element's entry only looks for the marker (urls.ts `readReturnParams`).
 */

/** The URL with the marker and every param the provider appended after it removed (SPEC §4). */
export function withoutReturnParams(href: string): string {
  const {path, query, hash} = splitQuery(href);
  if (query === null) return href;
  const parts = query.split('&');
  const markerAt = parts.findIndex((part) => part.split('=')[0] === ATTEMPT_PARAM);
  const kept = (markerAt < 0 ? parts : parts.slice(0, markerAt)).filter((part) => part && !part.startsWith('kyc_'));
  return path + (kept.length ? `?${kept.join('&')}` : '') + (hash ? `#${hash}` : '');
}

/**
 * The return params of a URL as a plain record, without the marker. The marker is set last on the
 * return URL and providers append after it, so when it is present only what follows it is read (the
 * same params `withoutReturnParams` removes): the page's own query (`?status=draft&kyc_attempt=…`)
 * neither shadows the provider's `status` nor ends up in `kyc-result` `params`.
 */
export function paramsRecord(params: URLSearchParams): Record<string, string> {
  const record: Record<string, string> = {};
  let reading = !params.has(ATTEMPT_PARAM);
  params.forEach((value, key) => {
    if (key === ATTEMPT_PARAM) reading = true;
    else if (reading && !(key in record)) record[key] = value;
  });
  return record;
}
