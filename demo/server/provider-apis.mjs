// Local mock provider APIs for the demo's "real mode": what api.sumsub.com, Jumio's auth/account/
// retrieval hosts, Smile ID's /v1/smile_links, Trusset's /customers/api/id-links and Grid's
// /customers/{id}/kyc-link would answer, on one node:http server on 127.0.0.1. Each one checks the
// request the way the provider does (Sumsub's X-App-Access-Sig over the raw body, Smile's signature,
// Jumio's OAuth2 token, Trusset's X-API-Key, Grid's Basic auth and Idempotency-Key) and answers 401
// with the provider's error body when it does not hold, so a wrong signature fails the demo as it would
// fail at the provider. The links point at the simulated provider pages (demo/sim) with a return hop
// through this server: when the simulated flow ends, the "provider" learns the outcome there and sends
// its webhook (signed as the provider signs it) to the demo backend, then sends the user on to the
// return URL with exactly the provider's params.
import {createHmac, createSign, generateKeyPairSync, randomUUID} from 'node:crypto';
import {createServer} from 'node:http';
import {simSdkToken} from './mock-backend.mjs';

/** The demo credentials the mock APIs accept (the real-mode backend uses them unless env vars are set). */
export const DEMO_CREDENTIALS = {
  sumsub: {appToken: 'sbx:demo-app-token', secretKey: 'demo-sumsub-secret-key', levelName: 'basic-kyc-level', webhookSecret: 'demo-sumsub-webhook-secret'},
  jumio: {clientId: 'demo-jumio-client', clientSecret: 'demo-jumio-secret', workflowKey: 10013},
  smile: {partnerId: '085', apiKey: 'demo-smile-api-key'},
  trusset: {apiKey: 'trusset_demo_secret'},
  grid: {clientId: 'demo-grid-token-id', clientSecret: 'demo-grid-client-secret', customerId: 'Customer:demo-0001'},
};

const json = (response, status, body, headers = {}) => {
  response.writeHead(status, {'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers});
  response.end(body === undefined ? '' : JSON.stringify(body));
};

const readBody = (request) =>
  new Promise((resolve) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

const parse = (text) => {
  try {
    return JSON.parse(text || '{}');
  } catch {
    return {};
  }
};

const basic = (id, secret) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const sumsubTime = (ms = Date.now()) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/**
 * Starts the mock provider APIs. `simOrigin()` is where the simulated provider pages run;
 * `webhookOrigin()` is the demo backend's origin (webhooks go to `<it>/api/kyc/webhook/<provider>`).
 * Resolves to `{origin, credentials, gridPublicKey, close()}`, where `credentials` are the session
 * handlers' credentials pointing at this server.
 */
export async function startProviderApis({simOrigin, webhookOrigin, host = '127.0.0.1', port = 0, verdictDelayMs = 3000, sdkVerdictDelayMs = 10_000, log = () => {}} = {}) {
  const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'P-256'});
  const gridPublicKey = publicKey.export({type: 'spki', format: 'pem'});
  const C = DEMO_CREDENTIALS;
  let origin = '';
  /** Return hops: id → what to do when the simulated flow comes back. */
  const hops = new Map();
  const timers = new Set();
  const jumioTokens = new Set();
  const jumioExecutions = new Map(); // wfe id → {accountId, status, decision}
  const trussetLinks = new Map(); // id → link
  const gridReplays = new Map(); // Idempotency-Key → answer

  const later = (ms, task) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      task().catch((error) => log(`webhook failed: ${error.message}`));
    }, ms);
    timers.add(timer);
  };

  async function deliver(provider, body, headers = {}) {
    const response = await fetch(`${webhookOrigin()}/api/kyc/webhook/${provider}`, {method: 'POST', headers: {'Content-Type': 'application/json', ...headers}, body});
    log(`${provider} webhook → ${response.status}`);
  }

  const sumsubWebhook = (userId, event) => {
    const body = JSON.stringify({applicantId: `app-${userId}`, externalUserId: userId, levelName: C.sumsub.levelName, sandboxMode: true, createdAtMs: sumsubTime(), ...event});
    return deliver('sumsub', body, {'X-Payload-Digest': createHmac('sha256', C.sumsub.webhookSecret).update(body).digest('hex'), 'X-Payload-Digest-Alg': 'HMAC_SHA256_HEX'});
  };
  const gridWebhook = (customerId, type) => {
    const body = JSON.stringify({id: `Webhook:${randomUUID()}`, type, timestamp: new Date().toISOString(), data: {id: customerId, kycStatus: type.split('_').pop()}});
    const s = createSign('SHA256').update(body).sign(privateKey).toString('base64');
    return deliver('grid', body, {'X-Grid-Signature': JSON.stringify({v: '1', s})});
  };
  const smileCallback = (partnerParams, resultCode) => {
    const timestamp = new Date().toISOString();
    const signature = createHmac('sha256', C.smile.apiKey).update(`${timestamp}${C.smile.partnerId}sid_request`).digest('base64');
    return deliver('smile', JSON.stringify({ResultCode: resultCode, ResultText: resultCode === '0810' ? 'Enroll User' : 'Failed', SmileJobID: String(Date.now()), PartnerParams: partnerParams, timestamp, signature}));
  };

  /** A return hop: the simulated page comes back here; `then(params)` plays the provider's side. */
  function hop(to, then) {
    const id = randomUUID();
    hops.set(id, {to, then});
    return `${origin}/__return/${id}`;
  }

  const simLink = (path, params) => {
    const url = new URL(`${simOrigin()}/${path}`);
    for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
    return url.href;
  };

  async function sumsub(request, response, path, raw) {
    const ts = request.headers['x-app-access-ts'];
    const expected = createHmac('sha256', C.sumsub.secretKey).update(`${ts}${request.method}${path}`).update(raw).digest('hex');
    if (request.headers['x-app-token'] !== C.sumsub.appToken || request.headers['x-app-access-sig'] !== expected || Math.abs(Date.now() / 1000 - Number(ts)) > 60) {
      return json(response, 401, {description: 'Request signature mismatch', code: 401, correlationId: randomUUID().replace(/-/g, ''), errorCode: 4003, errorName: 'app-token-signature mismatch'});
    }
    const body = parse(raw);
    const route = path.replace(/^\/sumsub/, '');
    if (route === '/resources/accessTokens/sdk') {
      later(sdkVerdictDelayMs, () => sumsubWebhook(body.userId, {type: 'applicantReviewed', reviewStatus: 'completed', reviewResult: {reviewAnswer: 'GREEN'}}));
      return json(response, 200, {token: simSdkToken(simOrigin(), body.userId, 'session'), userId: body.userId});
    }
    if (route.startsWith('/resources/sdkIntegrations/levels/-/websdkLink')) {
      const success = new URL(body.redirect?.successUrl ?? '');
      success.searchParams.delete('status'); // the simulated page appends `status=ok|reject` itself
      const back = hop(success.href, async (params) => {
        await sumsubWebhook(body.userId, {type: 'applicantPending', reviewStatus: 'pending'});
        const answer = params.get('status') === 'reject' ? {reviewAnswer: 'RED', reviewRejectType: 'FINAL'} : {reviewAnswer: 'GREEN'};
        later(verdictDelayMs, () => sumsubWebhook(body.userId, {type: 'applicantReviewed', reviewStatus: 'completed', reviewResult: answer}));
      });
      return json(response, 200, {url: simLink('sumsub/websdk/p/sim', {return: back})});
    }
    return json(response, 404, {description: 'Not found', code: 404});
  }

  async function jumio(request, response, path, raw) {
    if (path === '/jumio/oauth2/token') {
      if (request.headers.authorization !== basic(C.jumio.clientId, C.jumio.clientSecret) || raw !== 'grant_type=client_credentials') return json(response, 401, {error: 'invalid_client'});
      const token = `demo-jumio-jwt-${randomUUID()}`;
      jumioTokens.add(token);
      return json(response, 200, {access_token: token, expires_in: 3600, token_type: 'Bearer'});
    }
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer || !jumioTokens.has(bearer) || !request.headers['user-agent']) return json(response, 401, {message: 'Unauthorized'});
    const executionMatch = /^\/jumio\/api\/v1\/accounts\/([^/]+)\/workflow-executions\/([^/]+)$/.exec(path);
    if (request.method === 'GET' && executionMatch) {
      const execution = jumioExecutions.get(executionMatch[2]);
      if (!execution || execution.accountId !== executionMatch[1]) return json(response, 404, {message: 'Not found'});
      return json(response, 200, {workflow: {id: executionMatch[2], status: execution.status}, account: {id: execution.accountId}, ...(execution.decision ? {decision: {type: execution.decision}} : {})});
    }
    const accountMatch = /^\/jumio\/api\/v1\/accounts(?:\/([^/]+))?$/.exec(path);
    if (accountMatch && (request.method === 'POST' || request.method === 'PUT')) {
      const body = parse(raw);
      if (!body.web?.successUrl || !body.workflowDefinition?.key) return json(response, 400, {message: 'Bad request'});
      const accountId = accountMatch[1] ?? `acc-${randomUUID().slice(0, 8)}`;
      const wfe = `wfe-${randomUUID().slice(0, 8)}`;
      jumioExecutions.set(wfe, {accountId, status: 'INITIATED'});
      const back = hop(body.web.successUrl, async (params) => {
        const ok = params.get('acquisitionStatus') === 'SUCCESS';
        Object.assign(jumioExecutions.get(wfe), ok ? {status: 'ACQUIRED'} : {status: 'PROCESSED', decision: 'NOT_EXECUTED'});
        later(verdictDelayMs, async () => {
          if (ok) Object.assign(jumioExecutions.get(wfe), {status: 'PROCESSED', decision: 'PASSED'});
          // Unsigned, as Jumio's are: the backend reads the execution back.
          await deliver('jumio', JSON.stringify({callbackSentAt: new Date().toISOString(), workflowExecution: {id: wfe, status: 'PROCESSED'}, account: {id: accountId}}));
        });
      });
      return json(response, 200, {
        timestamp: new Date().toISOString(),
        account: {id: accountId},
        web: {href: simLink('jumio/web/client', {return: back, authorizationToken: `tok-${randomUUID()}`, locale: body.web.locale ?? 'en', ref: wfe})},
        workflowExecution: {id: wfe, credentials: []},
      });
    }
    return json(response, 404, {message: 'Not found'});
  }

  async function smile(request, response, path, raw) {
    const body = parse(raw);
    const expected = createHmac('sha256', C.smile.apiKey).update(`${body.timestamp}${C.smile.partnerId}sid_request`).digest('base64');
    if (body.partner_id !== C.smile.partnerId || body.signature !== expected) return json(response, 401, {code: '2205', error: "You're not authorized to do that."});
    if (path !== '/smile/v1/smile_links') return json(response, 404, {error: 'Not found'});
    if (!body.callback_url || !body.redirect_url) return json(response, 400, {code: '2213', error: 'callback_url is required'});
    const refId = `ref-${randomUUID().slice(0, 8)}`;
    const back = hop(body.redirect_url, async (params) => {
      const status = params.get('status');
      if (status === 'cancelled') return;
      later(verdictDelayMs, () => smileCallback(body.partner_params ?? {}, status === 'fail' ? '0811' : '0810'));
    });
    return json(response, 200, {link: simLink('smile/link', {return: back}), ref_id: refId});
  }

  async function trusset(request, response, path, raw, url) {
    if (request.headers['x-api-key'] !== C.trusset.apiKey) return json(response, 401, {success: false, error: {code: 'UNAUTHORIZED', message: 'Invalid API key'}});
    if (request.method === 'POST' && path === '/trusset/customers/api/id-links') {
      const body = parse(raw);
      const id = `link_${randomUUID().slice(0, 8)}`;
      const now = Date.now();
      // Trusset documents no redirect: the hop only tells this "provider" the flow ended, then says so.
      const back = hop(null, async () => {
        trussetLinks.get(id).status = 'completed';
      });
      const link = {id, url: simLink('trusset/link', {return: back}), status: 'pending', email: body.email, walletAddress: body.walletAddress, createdAt: new Date(now).toISOString(), expiresAt: new Date(now + 7 * 86_400_000).toISOString()};
      trussetLinks.set(id, link);
      return json(response, 201, {success: true, data: link, metadata: {requestId: randomUUID(), timestamp: new Date(now).toISOString()}});
    }
    if (request.method === 'GET' && path === '/trusset/customers/api/id-links') {
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const all = [...trussetLinks.values()].reverse();
      return json(response, 200, {success: true, data: all.slice(offset, offset + limit)});
    }
    const revoke = /^\/trusset\/customers\/api\/id-links\/([^/]+)\/revoke$/.exec(path);
    if (request.method === 'PUT' && revoke && trussetLinks.has(revoke[1])) {
      trussetLinks.get(revoke[1]).status = 'revoked';
      return json(response, 200, {success: true});
    }
    return json(response, 404, {success: false});
  }

  async function grid(request, response, path, raw) {
    if (request.headers.authorization !== basic(C.grid.clientId, C.grid.clientSecret)) return json(response, 401, {status: 401, code: 'UNAUTHORIZED', message: 'Invalid credentials'});
    const key = request.headers['idempotency-key'];
    if (key && gridReplays.has(key)) return json(response, 201, gridReplays.get(key));
    const match = /^\/grid\/customers\/([^/]+)\/kyc-link$/.exec(path);
    if (request.method !== 'POST' || !match) return json(response, 404, {status: 404});
    const customerId = decodeURIComponent(match[1]);
    const body = parse(raw);
    const back = hop(body.redirectUri, async () => later(verdictDelayMs, () => gridWebhook(customerId, 'CUSTOMER.KYC_APPROVED')));
    // The SDK flow never comes back through the hop: its verdict arrives after a while.
    later(sdkVerdictDelayMs, () => gridWebhook(customerId, 'CUSTOMER.KYC_APPROVED'));
    const answer = {kycUrl: simLink('grid/kyc', {return: back}), expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(), provider: 'SUMSUB', token: simSdkToken(simOrigin(), customerId, 'session')};
    if (key) gridReplays.set(key, answer);
    return json(response, 201, answer);
  }

  function comeBack(response, url) {
    const id = url.pathname.slice('/__return/'.length);
    const entry = hops.get(id);
    if (!entry) return json(response, 404, {error: 'unknown flow'});
    const params = new URLSearchParams(url.search);
    entry.then(params).catch((error) => log(`return hop failed: ${error.message}`));
    if (!entry.to) {
      response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'});
      response.end('<!doctype html><title>Done</title><p>Verification finished: you can close this window.</p>');
      return;
    }
    const suffix = params.toString();
    response.writeHead(302, {Location: suffix ? `${entry.to}${entry.to.includes('?') ? '&' : '?'}${suffix}` : entry.to, 'Cache-Control': 'no-store'});
    response.end();
  }

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://x');
      const raw = await readBody(request);
      const path = url.pathname;
      if (path.startsWith('/__return/')) return comeBack(response, url);
      if (path.startsWith('/sumsub/')) return await sumsub(request, response, path + url.search, raw);
      if (path.startsWith('/jumio/')) return await jumio(request, response, path, raw);
      if (path.startsWith('/smile/')) return await smile(request, response, path, raw);
      if (path.startsWith('/trusset/')) return await trusset(request, response, path, raw, url);
      if (path.startsWith('/grid/')) return await grid(request, response, path, raw);
      return json(response, 404, {error: 'not found'});
    } catch (error) {
      json(response, 500, {error: String(error?.message ?? error)});
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  origin = `http://${host}:${server.address().port}`;

  return {
    origin,
    gridPublicKey,
    credentials: {
      sumsub: {appToken: C.sumsub.appToken, secretKey: C.sumsub.secretKey, levelName: C.sumsub.levelName, baseUrl: `${origin}/sumsub`},
      sumsubWebhookSecret: C.sumsub.webhookSecret,
      jumio: {clientId: C.jumio.clientId, clientSecret: C.jumio.clientSecret, workflowKey: C.jumio.workflowKey, userAgent: 'kyc-verify-demo/1.0', urls: {auth: `${origin}/jumio`, account: `${origin}/jumio`, retrieval: `${origin}/jumio`}},
      smile: {partnerId: C.smile.partnerId, apiKey: C.smile.apiKey, baseUrl: `${origin}/smile/v1`},
      trusset: {apiKey: C.trusset.apiKey, baseUrl: `${origin}/trusset`},
      grid: {clientId: C.grid.clientId, clientSecret: C.grid.clientSecret, baseUrl: `${origin}/grid`},
      gridCustomerId: C.grid.customerId,
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
