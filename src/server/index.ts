/**
 * `kyc-verify/server`: the backend half of `<kyc-verify>`. Session, status and webhook handlers for
 * Sumsub, Jumio, Smile ID, Trusset and Lightspark Grid as `(request: Request) => Promise<Response>`,
 * with Web Crypto and `fetch` only. Server code: never import it in a browser bundle.
 */
export {createSessionHandler, type SessionHandlerOptions} from './session-handler.js';
export {createStatusHandler, type StatusHandlerOptions} from './status-handler.js';
export {createWebhookHandler, type WebhookHandlerOptions, type WebhookVerdict} from './webhook-handler.js';
export {sumsubSignature, smileSignature} from './signatures.js';
export {verifySumsubWebhook, verifyGridWebhook, verifySmileCallback, verifySumsubRedirectJwt, addressAllowed, type FreshnessOptions, type RawBody} from './webhooks.js';
export {checkReturnUrl, ATTEMPT_PARAM} from './return-url.js';
export {MemoryStore, replaces, type KycStore} from './store.js';
export {toNodeHandler, toWebRequest, sendWebResponse, type NodeAdapterOptions, type NodeRequestLike, type NodeResponseLike} from './node.js';
export {HandlerError, ProviderError, type ErrorBody, type FetchLike} from './http.js';
export type {CommonOptions, HandlerInfo, Identify, KycHandler} from './options.js';
export type {ProviderConfig, GridCredentials, JumioCredentials, SmileCredentials, SumsubCredentials, TrussetCredentials} from './providers/index.js';
export {gridIdempotencyKey} from './providers/grid.js';
export {sumsubVerdict} from './providers/sumsub.js';
export {jumioVerdict} from './providers/jumio.js';
export {smileVerdict} from './providers/smile.js';
export {trussetVerdict} from './providers/trusset.js';
export {gridVerdict} from './providers/grid.js';
export type {AttemptRecord, KycUser, ServerProvider, SessionRequest, Verdict, VerdictStatus} from './types.js';
