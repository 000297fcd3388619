// The demo's "real mode" backend: the kyc-verify/server handlers themselves (session, status,
// webhooks), as a Node `(req, res, next)` middleware, talking to the local mock provider APIs
// (./provider-apis.mjs, which verify the signatures these handlers send) or, for each provider whose
// credentials are in the environment, to that provider's sandbox. Requests for providers it does not
// serve (`generic`) and status requests for attempts it does not know go on to `next()` (the mock backend).
//
// Environment (each provider switches to its sandbox when its credentials are set):
//   SUMSUB_APP_TOKEN, SUMSUB_SECRET_KEY, SUMSUB_WEBHOOK_SECRET, SUMSUB_LEVEL_NAME (basic-kyc-level), SUMSUB_BASE_URL
//   JUMIO_CLIENT_ID, JUMIO_CLIENT_SECRET, JUMIO_REGION (amer-1), JUMIO_WORKFLOW_KEY (10013), JUMIO_CALLBACK_IPS (comma list)
//   SMILE_PARTNER_ID, SMILE_API_KEY, SMILE_BASE_URL (sandbox), SMILE_ID_TYPE (NG:PASSPORT:doc_verification)
//   TRUSSET_API_KEY, TRUSSET_BASE_URL
//   GRID_CLIENT_ID, GRID_CLIENT_SECRET, GRID_CUSTOMER_ID, GRID_WEBHOOK_PUBLIC_KEY (PEM), GRID_BASE_URL
//   KYC_DEMO_PUBLIC_ORIGIN  the public https origin (a tunnel) a sandbox's webhooks and redirects reach
import {createSessionHandler, createStatusHandler, createWebhookHandler, MemoryStore, toNodeHandler} from '../../src/server/index.ts';

const DEMO_USER = 'demo-user';
const PROVIDERS = ['sumsub', 'sumsub-sdk', 'jumio', 'smile', 'trusset', 'grid'];

/** Per provider: credentials from the environment (sandbox) or the mock APIs'; and which it is. */
export function realConfig(apis, env = process.env) {
  const sandbox = {
    sumsub: Boolean(env.SUMSUB_APP_TOKEN && env.SUMSUB_SECRET_KEY),
    jumio: Boolean(env.JUMIO_CLIENT_ID && env.JUMIO_CLIENT_SECRET),
    smile: Boolean(env.SMILE_PARTNER_ID && env.SMILE_API_KEY),
    trusset: Boolean(env.TRUSSET_API_KEY),
    grid: Boolean(env.GRID_CLIENT_ID && env.GRID_CLIENT_SECRET && env.GRID_CUSTOMER_ID),
  };
  const [country = 'NG', idType = 'PASSPORT', method = 'doc_verification'] = (env.SMILE_ID_TYPE ?? '').split(':').filter(Boolean);
  return {
    sandbox,
    sumsub: sandbox.sumsub
      ? {appToken: env.SUMSUB_APP_TOKEN, secretKey: env.SUMSUB_SECRET_KEY, levelName: env.SUMSUB_LEVEL_NAME ?? 'basic-kyc-level', ...(env.SUMSUB_BASE_URL ? {baseUrl: env.SUMSUB_BASE_URL} : {})}
      : apis.credentials.sumsub,
    sumsubWebhookSecret: sandbox.sumsub ? (env.SUMSUB_WEBHOOK_SECRET ?? '') : apis.credentials.sumsubWebhookSecret,
    jumio: sandbox.jumio
      ? {clientId: env.JUMIO_CLIENT_ID, clientSecret: env.JUMIO_CLIENT_SECRET, region: env.JUMIO_REGION ?? 'amer-1', workflowKey: Number(env.JUMIO_WORKFLOW_KEY ?? 10013), userAgent: 'kyc-verify-demo/1.0'}
      : apis.credentials.jumio,
    jumioAllowList: sandbox.jumio ? (env.JUMIO_CALLBACK_IPS ?? '').split(',').map((ip) => ip.trim()).filter(Boolean) : ['127.0.0.1'],
    smile: {
      ...(sandbox.smile ? {partnerId: env.SMILE_PARTNER_ID, apiKey: env.SMILE_API_KEY, ...(env.SMILE_BASE_URL ? {baseUrl: env.SMILE_BASE_URL} : {})} : apis.credentials.smile),
      idTypes: [{country, id_type: idType, verification_method: method}],
    },
    trusset: sandbox.trusset ? {apiKey: env.TRUSSET_API_KEY, ...(env.TRUSSET_BASE_URL ? {baseUrl: env.TRUSSET_BASE_URL} : {})} : apis.credentials.trusset,
    grid: sandbox.grid ? {clientId: env.GRID_CLIENT_ID, clientSecret: env.GRID_CLIENT_SECRET, ...(env.GRID_BASE_URL ? {baseUrl: env.GRID_BASE_URL} : {})} : apis.credentials.grid,
    gridCustomerId: sandbox.grid ? env.GRID_CUSTOMER_ID : apis.credentials.gridCustomerId,
    gridPublicKey: sandbox.grid ? (env.GRID_WEBHOOK_PUBLIC_KEY ?? '') : apis.gridPublicKey,
    publicOrigin: env.KYC_DEMO_PUBLIC_ORIGIN,
  };
}

const readRaw = (request) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

/** Makes a consumed request stream deliver `raw` again to `data` and `end` listeners added later. */
function replayBody(request, raw) {
  const on = request.on.bind(request);
  request.on = (event, listener) => {
    if (event === 'data') queueMicrotask(() => raw.length && listener(raw));
    else if (event === 'end') queueMicrotask(() => queueMicrotask(() => listener()));
    else on(event, listener);
    return request;
  };
}

/**
 * The middleware. `apis` is what `startProviderApis()` resolved to; `store` is shared by the three
 * handlers (in memory: this is a demo). Trusset and Jumio are read back at most every `readBackIntervalMs`. `demoProvider` in the element's `body` picks the provider, as
 * with the mock backend.
 */
export function realBackend({apis, env = process.env, basePath = '/api/kyc', store = new MemoryStore(), readBackIntervalMs = 3000, log = () => {}}) {
  const config = realConfig(apis, env);
  const onError = (error) => log(`kyc-verify/server: ${error?.message ?? error}`);
  const identifyFor = (provider) => () => ({id: DEMO_USER, email: 'person@example.com', ...(provider === 'grid' ? {providerId: config.gridCustomerId} : {})});
  const statusUrl = `${basePath}/status`;
  const sessions = new Map();

  /** The session handlers, made once the page's origin is known (Smile needs its callback URL). */
  function sessionHandler(provider, origin) {
    const key = `${provider} ${origin}`;
    if (!sessions.has(key)) {
      const common = {identify: identifyFor(provider), store, statusUrl, onError, returnOrigins: [origin]};
      const publicOrigin = config.publicOrigin ?? origin;
      const options =
        provider === 'sumsub' || provider === 'sumsub-sdk'
          ? {provider: 'sumsub', credentials: {...config.sumsub, flow: provider === 'sumsub-sdk' ? 'token' : 'link'}}
          : provider === 'smile'
            ? {provider, credentials: {partnerId: config.smile.partnerId, apiKey: config.smile.apiKey, ...(config.smile.baseUrl ? {baseUrl: config.smile.baseUrl} : {}), link: {name: 'kyc-verify demo', companyName: 'kyc-verify demo', dataPrivacyPolicyUrl: `${publicOrigin}/privacy`, callbackUrl: `${publicOrigin}${basePath}/webhook/smile`, idTypes: config.smile.idTypes}}}
            : {provider, credentials: config[provider]};
      sessions.set(key, toNodeHandler(createSessionHandler({...common, ...options})));
    }
    return sessions.get(key);
  }

  const status = toNodeHandler(
    createStatusHandler({store, identify: identifyFor('status'), onError, readBackIntervalMs, readBack: [{provider: 'jumio', credentials: config.jumio}, {provider: 'trusset', credentials: config.trusset}]}),
  );
  const webhooks = {
    sumsub: toNodeHandler(createWebhookHandler({provider: 'sumsub', secret: config.sumsubWebhookSecret, store, onError})),
    grid: toNodeHandler(createWebhookHandler({provider: 'grid', publicKey: config.gridPublicKey, store, onError})),
    smile: toNodeHandler(createWebhookHandler({provider: 'smile', credentials: {partnerId: config.smile.partnerId, apiKey: config.smile.apiKey}, store, onError})),
    jumio: toNodeHandler(createWebhookHandler({provider: 'jumio', credentials: config.jumio, allowList: config.jumioAllowList, store, onError})),
  };

  return async (request, response, next) => {
    try {
      const url = new URL(request.url, 'http://x');
      if (!url.pathname.startsWith(basePath)) return next();
      const route = url.pathname.slice(basePath.length);
      const origin = `http://${request.headers.host}`;
      if (request.method === 'GET' && route === '/status') {
        const attempt = url.searchParams.get('attempt');
        if (!attempt || !(await store.getAttempt(attempt))) return next();
        return status(request, response, next);
      }
      if (request.method === 'POST' && route.startsWith('/webhook/')) {
        const hook = webhooks[route.slice('/webhook/'.length)];
        return hook ? hook(request, response, next) : next();
      }
      if (request.method === 'POST' && (route === '/session' || route === '')) {
        const raw = await readRaw(request);
        let body = {};
        try {
          body = JSON.parse(raw.toString('utf8') || '{}');
        } catch {
          body = {};
        }
        const provider = body.demoProvider || (body.provider !== 'auto' ? body.provider : 'jumio');
        request.rawBody = raw;
        if (!PROVIDERS.includes(provider)) {
          // Not served here (`generic`): the mock backend answers. It reads the stream, which is
          // consumed: replay the bytes to its `data`/`end` listeners.
          replayBody(request, raw);
          return next();
        }
        return sessionHandler(provider, origin)(request, response, next);
      }
      return next();
    } catch (error) {
      next(error);
    }
  };
}
