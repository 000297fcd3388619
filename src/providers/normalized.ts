import * as z from '../schema.js';
import type {ModeName} from '../types.js';
import type {SessionFields} from './types.js';

const text = z.string().check(z.trim(), z.minLength(1));

/** An ISO date string, or a number of seconds or milliseconds since the epoch. */
export const timestamp = z.optional(z.union([text, z.number()]));

export function toMillis(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === 'number' ? (value < 1e12 ? value * 1000 : value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The provider-neutral shape a backend may answer with:
 * `{ provider?, url?, token?, expiresAt?, reference?, mode?, statusUrl?, handoffUrl? }`.
 */
export const NormalizedResponse = z
  .object({
    provider: z.optional(z.string()),
    url: z.optional(text),
    token: z.optional(text),
    expiresAt: timestamp,
    reference: z.optional(z.union([text, z.number()])),
    mode: z.optional(z.enum(['auto', 'iframe', 'sdk', 'qr', 'popup', 'redirect'])),
    statusUrl: z.optional(text),
    handoffUrl: z.optional(text),
  })
  .check(z.refine((value) => Boolean(value.url || value.token), 'url or token is required'));

export type NormalizedResponse = z.Infer<typeof NormalizedResponse>;

/** Parses the normalized shape into session fields; null when it does not match. */
export function parseNormalized(raw: unknown): (SessionFields & {providerHint?: string}) | null {
  const parsed = NormalizedResponse.safeParse(raw);
  if (!parsed.success) return null;
  const value = parsed.data;
  return {
    providerHint: value.provider,
    url: value.url,
    token: value.token,
    expiresAt: toMillis(value.expiresAt),
    reference: value.reference === undefined ? undefined : String(value.reference),
    mode: value.mode === 'auto' ? undefined : (value.mode as ModeName | undefined),
    statusUrl: value.statusUrl,
    handoffUrl: value.handoffUrl,
  };
}
