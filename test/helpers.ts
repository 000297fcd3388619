/** Shared test helpers: the simulated provider's origins, a scriptable backend, and event capture. */
import {fixture, html, waitUntil as openWcWaitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/define.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {loadEngine} from '../src/load-engine.js';
import {jumio} from './fixtures/providers/index.js';
import type {BackendRequest, KycProgressDetail, KycReadyDetail, KycResult, KycStartDetail} from '../src/types.js';

export interface SimConfig {
  origin: string;
  otherOrigin: string;
}

let simConfig: SimConfig | undefined;

/** The origins of the simulated provider pages (served by a second server: real cross-origin). */
export async function sim(): Promise<SimConfig> {
  simConfig ??= (await (await fetch('/__sim/config')).json()) as SimConfig;
  return simConfig;
}

/** One step of a simulated provider page's script (see demo/sim/provider.js). */
export type {SimStep} from './fixtures/providers/index.js';
import type {SimStep} from './fixtures/providers/index.js';

const b64 = (value: string) => btoa(String.fromCharCode(...new TextEncoder().encode(value)));

/** A link to the simulated provider page that plays `script`, then returns to `returnUrl`. */
export async function simLink(provider: string, returnUrl: string, script: SimStep[] = [], origin?: 'other'): Promise<string> {
  const config = await sim();
  const url = new URL(`${origin === 'other' ? config.otherOrigin : config.origin}/${provider}/flow`);
  url.searchParams.set('return', returnUrl);
  url.searchParams.set('other', config.otherOrigin);
  if (script.length) url.searchParams.set('script', b64(JSON.stringify(script)));
  return url.href;
}

/** The return page the tests use (a light page running the `kyc-verify/return` script). */
export const RETURN_PAGE = new URL('/test/fixtures/return.html', location.href).href;

let recCounter = 0;

/** A backend endpoint that answers with `body` (object or raw text) and `status`; records requests. */
export function mockEndpoint(options: {status?: number; body?: unknown; delay?: number; type?: string} = {}) {
  const rec = `r${Date.now()}-${recCounter++}`;
  const raw = typeof options.body === 'string' ? options.body : JSON.stringify(options.body ?? {});
  const url = new URL('/mock/session', location.href);
  url.searchParams.set('rec', rec);
  url.searchParams.set('status', String(options.status ?? 200));
  url.searchParams.set('body', b64(raw));
  if (options.delay) url.searchParams.set('delay', String(options.delay));
  if (options.type) url.searchParams.set('type', options.type);
  return {
    endpoint: url.pathname + url.search,
    async requests(): Promise<Array<{method: string; url: string; headers: Record<string, string>; body: Record<string, unknown>}>> {
      return (await fetch(`/mock/requests?rec=${rec}`)).json();
    },
  };
}

/** Collects every `kyc-*` event an element fires. */
export class EventLog {
  readonly starts: KycStartDetail[] = [];
  readonly ready: KycReadyDetail[] = [];
  readonly progress: KycProgressDetail[] = [];
  readonly results: KycResult[] = [];
  readonly all: string[] = [];

  constructor(target: EventTarget) {
    target.addEventListener('kyc-start', (e) => this.push('kyc-start', this.starts, e));
    target.addEventListener('kyc-ready', (e) => this.push('kyc-ready', this.ready, e));
    target.addEventListener('kyc-progress', (e) => this.push('kyc-progress', this.progress, e));
    target.addEventListener('kyc-result', (e) => this.push('kyc-result', this.results, e));
  }

  private push<T>(name: string, list: T[], event: Event) {
    this.all.push(name);
    list.push((event as CustomEvent<T>).detail);
  }

  async result(timeout = EVENT_TIMEOUT): Promise<KycResult> {
    await waitUntil(() => this.results.length > 0, 'no kyc-result', {timeout});
    return this.results[0];
  }

  async nthResult(n: number, timeout = EVENT_TIMEOUT): Promise<KycResult> {
    await waitUntil(() => this.results.length >= n, `fewer than ${n} kyc-result events`, {timeout});
    return this.results[n - 1];
  }
}

/** A fetcher that builds the session from the request (so links can carry the marked return URL). */
export function fetcherFrom(make: (request: BackendRequest) => unknown | Promise<unknown>) {
  const calls: BackendRequest[] = [];
  const fetcher = async (request: BackendRequest) => {
    calls.push(request);
    return make(request);
  };
  return {fetcher, calls};
}

/** Mounts an element, attaches an event log, and returns both. */
export async function mount(template: TemplateResult) {
  const el = await fixture<KycVerifyElement>(template);
  const log = new EventLog(el);
  return {el, log};
}

export const returnUrlOf = (request: BackendRequest) => String(request.body?.returnUrl ?? '');

/**
 * How long a test waits for an event before it fails. Generous on purpose: a passing test never waits
 * for it, and a busy machine (two cores, a second test run) can take seconds to load a provider page.
 */
export const EVENT_TIMEOUT = 30_000;

/**
 * `waitUntil` of @open-wc/testing with at least `EVENT_TIMEOUT` (its own default is one second, which
 * a loaded machine misses while a provider page loads). Every browser test waits through this one.
 */
export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: {interval?: number; timeout?: number} = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, {...options, timeout: Math.max(options.timeout ?? 0, EVENT_TIMEOUT)});
}

/**
 * Resolves once everything the element had already set in motion has run: the engine chunk's load
 * and the redirect-return chunk's (a top-level return is reported when it resolves: its callback was
 * queued first), what it starts after its first paint (the camera check), the microtasks
 * after it, one real task for what was already posted, and a render. For checking that nothing
 * happened, without a fixed sleep.
 */
export async function quiet(el?: {updateComplete: Promise<unknown>}): Promise<void> {
  await (await loadEngine()).loadRedirectResume();
  // What an element starts once its first paint is done (src/attempt/controller.ts `afterPaint`).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el?.updateComplete;
}

/**
 * Posts forwarded returns on `BroadcastChannel('kyc-verify')` from one channel, as return pages in
 * other tabs would, and resolves once a probe posted after them has reached this page. Channel messages
 * are delivered in order, one task each, to every listener in this page: when the probe arrives, every
 * element here has already seen the returns.
 */
export async function broadcastReturnsDelivered(...returns: Array<[attempt: string, params: Record<string, string>]>): Promise<void> {
  const probe = `probe-${crypto.randomUUID()}`;
  const listener = new BroadcastChannel('kyc-verify');
  const delivered = new Promise<void>((resolve) => {
    listener.onmessage = (event) => {
      if ((event.data as {probe?: string} | null)?.probe !== probe) return;
      listener.close();
      resolve();
    };
  });
  const channel = new BroadcastChannel('kyc-verify');
  for (const [attempt, params] of returns) channel.postMessage({type: 'kyc-verify/return', attempt, params});
  channel.postMessage({probe});
  channel.close();
  await delivered;
}

export const shadow = (el: KycVerifyElement) => el.shadowRoot!;
export const frameOf = (el: KycVerifyElement) => el.shadowRoot!.querySelector('iframe');
export {html};

// ---- added for the message, return, lifecycle and CSP tests ----

/** A Jumio web-client message as the real client posts it: a JSON string with `eventType: 510` (test/fixtures/providers/jumio.js). */
export const jumioMessage = (value: string, options: {metainfo?: Record<string, unknown>; reference?: string; token?: string} = {}) =>
  jumio.message(value, {reference: 'wfe-sim-1', ...options});

/**
 * Resolves with the next window message whose data is `{probe: id}`. Messages from one source to one
 * target arrive in order, so a probe posted last proves everything posted before it was delivered.
 */
export function nextProbe(id: string): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.data && typeof event.data === 'object' && (event.data as {probe?: unknown}).probe === id) {
        window.removeEventListener('message', onMessage);
        resolve(event);
      }
    };
    window.addEventListener('message', onMessage);
  });
}

/** Resolves with the next window message that `match` accepts. */
export function nextMessage(match: (event: MessageEvent) => boolean): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (match(event)) {
        window.removeEventListener('message', onMessage);
        resolve(event);
      }
    };
    window.addEventListener('message', onMessage);
  });
}

/** Uncaught errors and unhandled rejections on this page while installed. */
export function watchPageErrors() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A promise with its resolve and reject exposed (a backend answer the test releases). */
export function deferred<T = unknown>() {
  let resolve!: (value: T) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

const detachedHosts: HTMLElement[] = [];

/**
 * Creates an element, attaches an event log BEFORE it connects (autostart and top-level returns
 * report in the first microtask), then appends it to a fresh container. `cleanupDetached` removes it.
 */
export function mountDetached(setup: (el: KycVerifyElement) => void = () => undefined) {
  const el = document.createElement('kyc-verify');
  setup(el);
  const log = new EventLog(el);
  const host = document.createElement('div');
  detachedHosts.push(host);
  document.body.append(host);
  host.append(el);
  return {el, log, host};
}

export function cleanupDetached() {
  for (const host of detachedHosts.splice(0)) host.remove();
}

/** Posts a forwarded return on `BroadcastChannel('kyc-verify')`, as a return page in another tab would. */
export function broadcastReturn(attempt: string, params: Record<string, string>) {
  const channel = new BroadcastChannel('kyc-verify');
  channel.postMessage({type: 'kyc-verify/return', attempt, params});
  channel.close();
}

/**
 * Before the first test of each browser test file: load the engine chunk and the sim's origins, so
 * the first test's timeout does not pay for compiling and fetching them on a busy machine.
 */
before(async function () {
  this.timeout(60_000);
  await Promise.all([loadEngine(), sim()]);
});
