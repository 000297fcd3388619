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

/**
 * Where `@sumsub/websdk` finds the simulated WebSDK page: it loads `<url claim>/websdk/websdk.html`.
 * Storybook serves demo/sim at `/websdk/` too; the story tests set `globalThis.KYC_SDK_BASE` to their
 * provider sim's origin.
 */
export const sdkBase = () => (globalThis as {KYC_SDK_BASE?: string}).KYC_SDK_BASE ?? new URL('.', location.href).href.replace(/\/$/, '');

/**
 * A sandbox-style Sumsub access token for the simulated WebSDK page (as demo/server/mock-backend.mjs
 * makes them): the SDK reads the base URL from its `url` claim; a `sim.script` plays without a click.
 */
let tokens = 0;
export function sdkToken(script?: unknown[]): string {
  const claims = {url: sdkBase(), sub: 'story', n: ++tokens, ...(script ? {sim: {script}} : {})};
  return `_act-sbx-jwt-${b64(JSON.stringify({alg: 'HS256', typ: 'JWT'}))}.${b64(JSON.stringify(claims))}.c2ltdWxhdGVk`;
}

/**
 * A Jumio session for the phone (QR mode), in the normalized shape: the provider link, the host's
 * short hand-off link for the code (so Jumio's link never appears on screen), and a status URL that the
 * story's fetcher answers.
 */
function qrSession(request: BackendRequest) {
  const web = (jumioSession(request) as {web: {href: string}}).web.href;
  return {
    provider: 'jumio',
    url: web,
    reference: 'wfe-story-1',
    handoffUrl: new URL('provider.html?provider=jumio', simBase()).href,
    statusUrl: '/api/kyc/status',
  };
}

/** A simulated status endpoint: answers the statuses in turn, then repeats the last. */
function statusSequence(...statuses: string[]): KycFetcher {
  const polls = new Map<string, number>();
  return async (request) => {
    if (request.purpose !== 'status') return qrSession(request);
    const n = polls.get(request.url) ?? 0;
    polls.set(request.url, n + 1);
    return {status: statuses[Math.min(n, statuses.length - 1)]};
  };
}

/** How `window.open` answers in a popup story: an open window, none (blocked), or one the user closes. */
export type PopupPlan = 'waiting' | 'blocked' | 'closed';

/**
 * A stand-in for the popup window (the story never opens a real one): records where the element
 * pointed it; `closed` reads true shortly after opening for the `closed` plan.
 */
export function fakePopup(plan: Exclude<PopupPlan, 'blocked'>) {
  const win = {
    closed: false,
    opener: {} as unknown,
    pointedAt: '',
    location: {
      replace(url: string) {
        win.pointedAt = url;
      },
    },
    close() {
      win.closed = true;
    },
    focus() {},
  };
  if (plan === 'closed') setTimeout(() => (win.closed = true), 200);
  return win;
}

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
  /** QR mode: the code for the phone (the host's hand-off link); the status endpoint says `pending`. */
  qr: statusSequence('pending'),
  /** QR mode: the phone opens the link, then the status endpoint reports the verdict `approved`. */
  qrApproved: statusSequence('started', 'approved'),
  /** A Sumsub access token: `@sumsub/websdk` runs the simulated WebSDK page, waiting for the user. */
  sdk: (async () => ({token: sdkToken(), userId: 'user-story-1'})) as KycFetcher,
  /** A Sumsub access token whose simulated WebSDK flow submits by itself: `completed`. */
  sdkSubmitted: (async () => ({token: sdkToken([{wait: 300}, {event: 'onApplicantSubmitted'}]), userId: 'user-story-1'})) as KycFetcher,
  /** The backend never answers: the loading state. */
  pending: (() => new Promise<never>(() => undefined)) as KycFetcher,
};

export type ScenarioName = keyof typeof scenarios;
