import * as z from 'zod';

/** Providers this entry creates sessions for. */
export const SERVER_PROVIDERS = ['sumsub', 'jumio', 'smile', 'trusset', 'grid'] as const;
export type ServerProvider = (typeof SERVER_PROVIDERS)[number];

/** The statuses the status endpoint answers with (SPEC §4). */
export type VerdictStatus = 'pending' | 'started' | 'completed' | 'approved' | 'rejected' | 'cancelled' | 'expired' | 'error';

/** What the element POSTs (SPEC §2), merged with its `body` property; unknown keys are ignored. */
export const SessionRequest = z.object({
  purpose: z.enum(['session', 'refresh', 'renew', 'cancel']).default('session'),
  attempt: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'attempt must be an id'),
  returnUrl: z.string().max(2048).optional(),
  locale: z.string().max(35).optional(),
  providerLocale: z.string().max(35).optional(),
  providerLocales: z.record(z.string(), z.string().max(35)).optional(),
  mode: z.enum(['auto', 'iframe', 'sdk', 'qr', 'popup', 'redirect']).optional(),
  provider: z.string().max(20).optional(),
  refresh: z.boolean().optional(),
  client: z.object({camera: z.boolean().optional(), mobile: z.boolean().optional(), webview: z.boolean().optional()}).partial().optional(),
});
export type SessionRequest = z.infer<typeof SessionRequest>;

/**
 * Who the user is, as the host's own auth says (`identify`). `id` is the host's stable user id: it is
 * sent to the provider as the user reference (Sumsub `userId`, Jumio `userReference`, Smile `user_id`)
 * and scopes idempotency and status answers. Never put personal data in `id`.
 */
export interface KycUser {
  id: string;
  /**
   * The id the provider already knows this user by: the Grid customer id (required for Grid), an
   * existing Jumio account id (the account is updated instead of created). Defaults to none.
   */
  providerId?: string;
  /** Passed to providers that use them (Trusset: `email`, `walletAddress`, `country`). */
  email?: string;
  phone?: string;
  country?: string;
  walletAddress?: string;
}

/** A stored outcome, normalized to the SPEC §4 status vocabulary. */
export interface Verdict {
  status: VerdictStatus;
  code?: string;
  message?: string;
  retryable?: boolean;
  /** When the provider says the event happened (ms since the epoch): the newest event wins. */
  at: number;
  /** The provider's event id or a digest of the event: a retried delivery is stored once. */
  eventId?: string;
  provider: ServerProvider;
}

/** What the session handler remembers about one attempt, for the status endpoint. */
export interface AttemptRecord {
  attempt: string;
  provider: ServerProvider;
  /** `KycUser.id` of the user who started it: the status endpoint answers only that user. */
  userId: string;
  /** The key verdicts about this attempt are stored under (see each provider). */
  subject: string;
  /** The provider's id of this run (Jumio workflow execution, Smile link `ref_id`, Trusset link id …). */
  reference?: string;
  /** Provider details the status endpoint needs to read the outcome back (Jumio account id …). */
  details?: Record<string, string>;
  createdAt: number;
  expiresAt?: number;
}
