import {KycError} from './result.js';

/** The lazily loaded engine (src/engine.ts): session client, provider adapters, modes. */
export type Engine = typeof import('./engine.js');

let loading: Promise<Engine> | undefined;

/**
 * Loads the engine chunk once. A failed load (offline, CDN hiccup) is a retryable `network` error
 * and is tried again on the next attempt.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.js').catch(() => {
    loading = undefined;
    throw KycError.of('network', 'The verification component could not be loaded.');
  });
  return loading;
}
