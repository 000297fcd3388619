/**
 * Scenarios for the stories and the story tests: fetchers that stand in for the page's backend and
 * send the element to each of its states, using the simulated provider pages in demo/sim. The backend
 * answers and the flows' messages come from the provider fixture modules the tests use
 * (test/fixtures/providers/).
 */
import {jumio} from '../test/fixtures/providers/index.js';
import type {SimStep} from '../test/fixtures/providers/index.js';
import type {BackendRequest, KycFetcher} from '../src/types.js';

/**
 * Where the simulated provider page is served: Storybook's static dir (`/sim/`); the story tests set
 * `globalThis.KYC_SIM_BASE` to where their server has it.
 */
export const simBase = (base?: string) =>
  new URL(base ?? (globalThis as {KYC_SIM_BASE?: string}).KYC_SIM_BASE ?? '/sim/', location.href).href;

const b64 = (value: string) => btoa(String.fromCharCode(...new TextEncoder().encode(value)));

/** A Jumio-shaped session whose simulated page lets the user pick an outcome (or plays `script`). */
export function jumioSession(request: BackendRequest, script?: SimStep[], base?: string) {
  const url = new URL('provider.html', simBase(base));
  url.searchParams.set('provider', 'jumio');
  url.searchParams.set('return', String(request.body?.returnUrl ?? ''));
  if (script) url.searchParams.set('script', b64(JSON.stringify(script)));
  return jumio.session({href: url.href, accountId: 'acc-story', workflowExecutionId: 'wfe-story-1'});
}

/** A pause before the flow ends by itself, so the flow is seen in Storybook. */
const SHOWN: SimStep = {wait: 300};

export const scenarios = {
  /** The simulated Jumio flow, waiting for the user's choice. */
  interactive: (async (request) => jumioSession(request)) as KycFetcher,
  /** The flow finishes by itself: `completed`. */
  completed: (async (request) => jumioSession(request, [SHOWN, ...jumio.scripts.completed])) as KycFetcher,
  /** Jumio reports an expired session (J040412): `expired`, retryable. */
  expired: (async (request) => jumioSession(request, [SHOWN, ...jumio.scripts.expired])) as KycFetcher,
  /** Jumio has no camera (H000000): error with "continue on your phone". */
  noCamera: (async (request) => jumioSession(request, [SHOWN, ...jumio.scripts.noCamera])) as KycFetcher,
  /** The backend answers with its own retryable error. */
  backendDown: (async () => ({error: {code: 'provider-unavailable', message: 'Try again in a minute.', retryable: true}})) as KycFetcher,
  /** The backend answers with a link the element refuses. */
  unsafeLink: (async () => ({url: 'javascript:alert(1)'})) as KycFetcher,
  /** The backend never answers: the loading state. */
  pending: (() => new Promise<never>(() => undefined)) as KycFetcher,
};

export type ScenarioName = keyof typeof scenarios;
