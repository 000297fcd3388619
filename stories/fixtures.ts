/**
 * Scenarios for the stories and the story tests: fetchers that stand in for the page's backend and
 * send the element to each of its states, using the simulated provider pages in demo/sim.
 */
import type {BackendRequest, KycFetcher} from '../src/types.js';

/**
 * Where the simulated provider page is served: Storybook's static dir (`/sim/`); the story tests set
 * `globalThis.KYC_SIM_BASE` to where their server has it.
 */
export const simBase = (base?: string) =>
  new URL(base ?? (globalThis as {KYC_SIM_BASE?: string}).KYC_SIM_BASE ?? '/sim/', location.href).href;

const jumioMessage = (value: string, metainfo: Record<string, unknown> = {}) =>
  JSON.stringify({eventType: 510, payload: {value, metainfo}, workflowExecutionId: 'wfe-story-1'});

const b64 = (value: string) => btoa(String.fromCharCode(...new TextEncoder().encode(value)));

/** A Jumio-shaped session whose simulated page lets the user pick an outcome (or plays `script`). */
export function jumioSession(request: BackendRequest, script?: unknown[], base?: string) {
  const url = new URL('provider.html', simBase(base));
  url.searchParams.set('provider', 'jumio');
  url.searchParams.set('return', String(request.body?.returnUrl ?? ''));
  if (script) url.searchParams.set('script', b64(JSON.stringify(script)));
  return {web: {href: url.href}, account: {id: 'acc-story'}, workflowExecution: {id: 'wfe-story-1'}};
}

export const scenarios = {
  /** The simulated Jumio flow, waiting for the user's choice. */
  interactive: (async (request) => jumioSession(request)) as KycFetcher,
  /** The flow finishes by itself: `completed`. */
  completed: (async (request) => jumioSession(request, [{wait: 300}, {post: jumioMessage('success')}])) as KycFetcher,
  /** Jumio reports an expired session (J040412): `expired`, retryable. */
  expired: (async (request) => jumioSession(request, [{wait: 300}, {post: jumioMessage('error', {publicErrorCode: 'J040412'})}])) as KycFetcher,
  /** Jumio has no camera (H000000): error with "continue on your phone". */
  noCamera: (async (request) => jumioSession(request, [{wait: 300}, {post: jumioMessage('error', {publicErrorCode: 'H000000'})}])) as KycFetcher,
  /** The backend answers with its own retryable error. */
  backendDown: (async () => ({error: {code: 'provider-unavailable', message: 'Try again in a minute.', retryable: true}})) as KycFetcher,
  /** The backend answers with a link the element refuses. */
  unsafeLink: (async () => ({url: 'javascript:alert(1)'})) as KycFetcher,
  /** The backend never answers: the loading state. */
  pending: (() => new Promise<never>(() => undefined)) as KycFetcher,
};

export type ScenarioName = keyof typeof scenarios;
