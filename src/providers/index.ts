import {hostMatches} from '../url-rules.js';
import type {ProviderName} from '../types.js';
import {generic} from './generic.js';
import {grid} from './grid.js';
import {jumio} from './jumio.js';
import {parseNormalized} from './normalized.js';
import {smile} from './smile.js';
import {sumsub} from './sumsub.js';
import {trusset} from './trusset.js';
import type {ProviderAdapter, Session, SessionFields} from './types.js';

export type {ProviderAdapter, SdkAdapter, SdkHandle, SdkMountOptions, SdkTheme, Session} from './types.js';

/** Every adapter, by name. Register a new provider here. */
export const ADAPTERS: Readonly<Record<ProviderName, ProviderAdapter>> = {sumsub, jumio, smile, trusset, grid, generic};

/** Providers whose own response shape has keys no other provider sends (SPEC §2 detection, step 2). */
const BY_UNIQUE_KEYS: readonly ProviderAdapter[] = [jumio, smile, trusset, grid];

export const adapterFor = (name: ProviderName): ProviderAdapter => ADAPTERS[name] ?? generic;

const isProviderName = (value: unknown): value is ProviderName =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ADAPTERS, value);

function hostOwner(url: string | undefined): ProviderName | undefined {
  if (!url) return undefined;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return Object.values(ADAPTERS).find((adapter) => adapter.hosts.some((pattern) => hostMatches(hostname, pattern)))?.name;
}

/**
 * Turns any accepted backend answer into one session (SPEC §2): the pinned provider's schema when
 * `provider` is set, else keys unique to one provider, the normalized `provider`, a token prefix an
 * adapter declares (Sumsub `_act-`), the URL's host, and `generic` last. Null when nothing matches (→ `invalid-response`).
 */
export function detectSession(raw: unknown, pinned: ProviderName | 'auto'): Session | null {
  if (pinned !== 'auto') {
    const adapter = adapterFor(pinned);
    const fields = adapter.parseNative?.(raw) ?? normalizedFor(raw, pinned);
    return fields ? {provider: adapter.name, ...fields} : null;
  }
  for (const adapter of BY_UNIQUE_KEYS) {
    const fields = adapter.parseNative?.(raw);
    if (fields) return {provider: adapter.name, ...fields};
  }
  const normalized = parseNormalized(raw);
  if (!normalized) return null;
  const {providerHint, ...fields} = normalized;
  const provider: ProviderName =
    (isProviderName(providerHint) ? providerHint : undefined) ??
    tokenOwner(fields.token) ??
    hostOwner(fields.url) ??
    'generic';
  return {provider, ...fields};
}

/** The provider whose access tokens start like this one (Sumsub `_act-`). */
const tokenOwner = (token: string | undefined): ProviderName | undefined =>
  token ? Object.values(ADAPTERS).find((adapter) => adapter.tokenPrefixes?.some((prefix) => token.startsWith(prefix)))?.name : undefined;

/** The normalized shape for a pinned provider; a `provider` naming another known provider conflicts. */
function normalizedFor(raw: unknown, pinned: ProviderName): SessionFields | null {
  const normalized = parseNormalized(raw);
  if (!normalized) return null;
  const {providerHint, ...fields} = normalized;
  if (isProviderName(providerHint) && providerHint !== pinned) return null;
  return fields;
}
