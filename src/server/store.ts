import type {AttemptRecord, Verdict} from './types.js';

/**
 * Where the handlers keep attempts and verdicts: the host's database. Every method may be async. An
 * implementation must apply `putVerdict` atomically with the rule of `replaces()` (the newest event by
 * its own timestamp wins; a redelivered event changes nothing), so that a provider's retries and a
 * late GREEN → RED are both right.
 */
export interface KycStore {
  saveAttempt(record: AttemptRecord): Promise<void> | void;
  getAttempt(attempt: string): Promise<AttemptRecord | undefined> | AttemptRecord | undefined;
  /** Stores `verdict` for `subject` when `replaces(stored, verdict)`; resolves whether it did. */
  putVerdict(subject: string, verdict: Verdict): Promise<boolean> | boolean;
  getVerdict(subject: string): Promise<Verdict | undefined> | Verdict | undefined;
}

/**
 * The rule every store applies: a verdict replaces the stored one when it is strictly newer by the
 * provider's own timestamp. A redelivery (same event id, or same time) and an older event (a retry of
 * a GREEN arriving after the RED that followed it) change nothing.
 */
export function replaces(stored: Verdict | undefined, next: Verdict): boolean {
  if (!stored) return true;
  if (next.eventId && stored.eventId === next.eventId) return false;
  return next.at > stored.at;
}

/**
 * The default store: two `Map`s in this process. **Demo and tests only**: it forgets everything on a
 * restart and is not shared between instances; give the handlers your database (see the SQLite
 * example in `examples/`). Old entries are dropped after `ttlMs` (default 7 days).
 */
export class MemoryStore implements KycStore {
  private readonly attempts = new Map<string, AttemptRecord>();
  private readonly verdicts = new Map<string, Verdict>();

  constructor(private readonly ttlMs = 7 * 24 * 3600_000) {}

  saveAttempt(record: AttemptRecord): void {
    this.prune();
    this.attempts.set(record.attempt, {...record});
  }

  getAttempt(attempt: string): AttemptRecord | undefined {
    const record = this.attempts.get(attempt);
    return record && {...record};
  }

  putVerdict(subject: string, verdict: Verdict): boolean {
    if (!replaces(this.verdicts.get(subject), verdict)) return false;
    this.verdicts.set(subject, {...verdict});
    return true;
  }

  getVerdict(subject: string): Verdict | undefined {
    const verdict = this.verdicts.get(subject);
    return verdict && {...verdict};
  }

  private prune(): void {
    const before = Date.now() - this.ttlMs;
    for (const [key, record] of this.attempts) if (record.createdAt < before) this.attempts.delete(key);
    for (const [key, verdict] of this.verdicts) if (verdict.at < before) this.verdicts.delete(key);
  }
}
