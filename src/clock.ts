/**
 * The timers of status polling and of the QR and popup modes. Production code always uses the real
 * ones; tests swap in a fake clock (`Object.assign(clock, fake)`) so polling, link expiry and the popup's
 * two-minute grace run deterministically, without waiting in real time. Internal: not exported by the
 * package.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

export const clock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
};
