// A mock of the page's own backend (SPEC §2), as a Node `(req, res, next)` middleware, for the demo
// (`npm start`, vite.demo.config.ts). It answers `POST /api/kyc/session` with each provider's real
// response shape, pointing at the simulated provider pages, and `POST /api/kyc/cancel`-style calls
// (purpose: 'cancel') with 204. The shapes come from the provider fixture modules the tests and the
// stories use (test/fixtures/providers/); the tests run against their own scriptable backend
// (test/server/test-backend.mjs), not this one.
// For the phone (QR mode) a Jumio session is answered in the normalized shape with a `handoffUrl`: a
// short link on this server (`<base>/h/<code>`) that redirects to Jumio's link, so the code on screen
// never holds Jumio's `authorizationToken` (README, "qr").
import {randomBytes} from 'node:crypto';
import {generic, grid, jumio, simSdkToken as fixtureSdkToken, smile, sumsub, trusset} from '../../test/fixtures/providers/index.js';

/** A request's JSON body (`{}` when it is empty or not JSON). */
export const readJson = (request) =>
  new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(text || '{}'));
      } catch {
        resolve({});
      }
    });
  });

const send = (response, status, body) => {
  response.writeHead(status, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
  response.end(body === undefined ? '' : JSON.stringify(body));
};

/**
 * A sandbox-style Sumsub access token for the simulated WebSDK page: `@sumsub/websdk` reads the `url`
 * claim of an `_act-sbx-jwt-` token as its base URL, so it loads `<simOrigin>/websdk/websdk.html`.
 * Each call gives a new token (a refresh must hand the SDK a fresh one).
 */
let tokenCount = 0;
export function simSdkToken(simOrigin, attempt, purpose = 'session') {
  return fixtureSdkToken(simOrigin, {sub: attempt, purpose, n: ++tokenCount, iat: Math.floor(Date.now() / 1000)});
}

/** Each provider's own response shape (test/fixtures/providers/), pointing at the simulated flow. */
export function providerResponse(provider, simOrigin, returnUrl, attempt, purpose = 'session') {
  const link = (path, extra = {}) => {
    const url = new URL(`${simOrigin}/${path}`);
    url.searchParams.set('return', returnUrl);
    for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
    return url.href;
  };
  const expiresAt = new Date(Date.now() + 15 * 60_000).toISOString();
  const id = attempt.slice(0, 8);
  switch (provider) {
    case 'jumio':
      return jumio.session({
        href: link('jumio/web/client', {authorizationToken: `tok-${attempt}`, locale: 'en-US', ref: `wfe-${id}`}),
        accountId: 'acc-sim-1',
        workflowExecutionId: `wfe-${id}`,
        timestamp: new Date().toISOString(),
      });
    case 'smile':
      return smile.session({href: link('smile/link'), refId: `ref-${id}`, expiresAt});
    case 'sumsub':
      return sumsub.linkSession({href: link('sumsub/websdk/p/sim')});
    case 'trusset':
      return trusset.session({href: link('trusset/link'), id: `link_${id}`, expiresAt});
    case 'sumsub-sdk':
      // Sumsub's `/resources/accessTokens` answer; a refresh (purpose 'refresh') gets a new token.
      return sumsub.tokenSession({token: simSdkToken(simOrigin, attempt, purpose), userId: 'user-sim-1'});
    case 'grid':
      // A refresh asks Grid for a new kyc-link: a fresh kycUrl and a fresh Sumsub token.
      return grid.session({href: link('grid/kyc'), expiresAt, token: simSdkToken(simOrigin, attempt, purpose)});
    default:
      return generic.session({href: link('generic/flow'), reference: `gen-${id}`, expiresAt});
  }
}

/**
 * The mock backend middleware. `options.simOrigin()` gives the simulated provider's origin;
 * `options.onRequest(record)` sees every call (tests read them back).
 */
export function mockBackend({simOrigin, basePath = '/api/kyc'}) {
  return async (request, response, next) => {
    const url = new URL(request.url, 'http://x');
    if (!url.pathname.startsWith(basePath)) return next();
    if (request.method === 'GET') {
      const route = url.pathname.slice(basePath.length);
      if (route === '/status') return send(response, 200, phoneStatus(url.searchParams.get('attempt')));
      if (route === '/phone') return openOnPhone(response, url.searchParams.get('attempt'));
      if (route === '/return') return phoneReturn(response, url, request.headers.host);
      if (route.startsWith('/h/')) return handOff(response, route.slice(3));
      if (route === '/handoff') return send(response, 200, {handoffUrl: phoneAttempts.get(url.searchParams.get('attempt') ?? '')?.handoffUrl ?? null});
    }
    if (request.method !== 'POST') return send(response, 405, {error: {code: 'method', message: 'POST only', retryable: false}});
    const body = await readJson(request);
    if (body.purpose === 'cancel') return send(response, 204);
    if (typeof body.attempt !== 'string' || typeof body.returnUrl !== 'string') {
      return send(response, 400, {error: {code: 'bad-request', message: 'attempt and returnUrl are required', retryable: false}});
    }
    const provider = body.demoProvider || (body.provider !== 'auto' ? body.provider : 'jumio');
    // A flow for the phone (QR mode, or `auto` without a camera): the provider returns through this
    // backend, which learns the outcome there as a real backend would from the provider's webhook.
    const phone = body.mode === 'qr' || (body.mode === 'auto' && body.client?.camera === false);
    const returnUrl = phone ? returnHop(body.returnUrl, body.attempt, basePath) : body.returnUrl;
    // `purpose: 'refresh'` (SDK token expiry) and `'renew'` (QR link) are answered like a session.
    const answer = providerResponse(provider, simOrigin(), returnUrl, body.attempt, body.purpose);
    if (!phone) return send(response, 200, answer);
    const known = remember(body.attempt, answer, new URL(basePath, body.returnUrl));
    return send(response, 200, provider === 'jumio' ? jumioForPhone(answer, known.handoffUrl) : answer);
  };
}

// ---- the simulated phone flow and status endpoint (QR mode) ----
//   GET <base>/status?attempt=…   { status: pending | started | completed | approved | … } (SPEC §4)
//   GET <base>/phone?attempt=…    "the phone": marks the link started and redirects to it
//   GET <base>/return?attempt=…&to=…&<provider params>   records the outcome, then redirects to `to`
//   GET <base>/h/<code>           the hand-off link in the QR code: marks the link started, redirects to it
//   GET <base>/handoff?attempt=…  { handoffUrl } (for the demo page's simulated phone)

/** Phone attempts: the current link, and what the backend knows. A real backend keys this by user. */
const phoneAttempts = new Map();
/** After `completed`, the simulated verdict (`approved`) arrives this much later. */
const VERDICT_DELAY_MS = 4000;

const linkOf = (answer) => answer.web?.href ?? answer.link ?? answer.link_url ?? answer.url ?? answer.data?.url ?? answer.kycUrl;

/** Hand-off codes → attempts. A real backend stores them with a short expiry, per user. */
const handOffs = new Map();

/**
 * Records a phone attempt's current link (a renewal replaces it) and gives it a hand-off link on this
 * server, `<base>/h/<code>`, which stays the same for the attempt and leads to its current link.
 */
function remember(attempt, answer, base) {
  const known = phoneAttempts.get(attempt);
  let handoffUrl = known?.handoffUrl;
  if (!handoffUrl) {
    const code = randomBytes(6).toString('base64url');
    handOffs.set(code, attempt);
    handoffUrl = new URL(`${base.pathname}/h/${code}`, base).href;
  }
  const next = {...known, status: known?.status ?? 'pending', link: linkOf(answer), handoffUrl};
  phoneAttempts.set(attempt, next);
  if (phoneAttempts.size > 200) phoneAttempts.delete(phoneAttempts.keys().next().value);
  if (handOffs.size > 200) handOffs.delete(handOffs.keys().next().value);
  return next;
}

/**
 * Jumio's answer for the phone, in the normalized shape (the element reads `handoffUrl` only there):
 * Jumio's link stays in `url`, what the code and the "open on this device" link show is the hand-off link.
 */
function jumioForPhone(answer, handoffUrl) {
  return {provider: 'jumio', url: answer.web.href, reference: answer.workflowExecution?.id, handoffUrl};
}

/** The hand-off link: the phone that scanned the code lands here and goes on to the provider. */
function handOff(response, code) {
  const attempt = handOffs.get(code);
  return openOnPhone(response, attempt);
}

function returnHop(returnUrl, attempt, basePath) {
  const hop = new URL(`${basePath}/return`, returnUrl);
  hop.searchParams.set('attempt', attempt);
  hop.searchParams.set('to', returnUrl);
  return hop.href;
}

function phoneStatus(attempt) {
  const known = attempt ? phoneAttempts.get(attempt) : undefined;
  // Lenient for the demo: attempts it never saw are pending (a real backend answers 404).
  if (!known) return {status: 'pending'};
  if (known.status === 'completed' && Date.now() - known.at > VERDICT_DELAY_MS) return {status: 'approved'};
  const {status, code, retryable} = known;
  return {status, ...(code ? {code} : {}), ...(retryable === undefined ? {} : {retryable})};
}

function openOnPhone(response, attempt) {
  const known = attempt ? phoneAttempts.get(attempt) : undefined;
  if (!known?.link) return send(response, 404, {error: {code: 'unknown-attempt', message: 'No phone link for this attempt', retryable: false}});
  if (known.status === 'pending') known.status = 'started';
  response.writeHead(302, {Location: known.link, 'Cache-Control': 'no-store'});
  response.end();
}

/** What the provider's params say, roughly as its webhook would tell the backend. */
function outcomeOf(params) {
  const status = (params.get('status') ?? '').toLowerCase();
  const code = params.get('publicErrorCode') ?? params.get('errorCode') ?? undefined;
  if (params.get('acquisitionStatus') === 'ERROR' || ['fail', 'failed', 'error'].includes(status)) return {status: 'error', code: code ?? status, retryable: true};
  if (status === 'cancelled' || status === 'canceled') return {status: 'cancelled'};
  if (status === 'reject') return {status: 'rejected'};
  return {status: 'completed'};
}

function phoneReturn(response, url, host) {
  const attempt = url.searchParams.get('attempt') ?? '';
  const to = url.searchParams.get('to') ?? '';
  const params = new URLSearchParams(url.search);
  params.delete('attempt');
  params.delete('to');
  const known = phoneAttempts.get(attempt);
  if (known) Object.assign(known, outcomeOf(params), {at: Date.now()});
  let target;
  try {
    target = new URL(to);
  } catch {
    return send(response, 400, {error: {code: 'bad-return', message: 'to is required', retryable: false}});
  }
  // Only back to this server (no open redirect), with exactly the params the provider appended.
  if (target.host !== host) return send(response, 400, {error: {code: 'bad-return', message: 'foreign return URL', retryable: false}});
  const suffix = params.toString();
  response.writeHead(302, {Location: suffix ? `${to}${to.includes('?') ? '&' : '?'}${suffix}` : to, 'Cache-Control': 'no-store'});
  response.end();
}
