import {toHex} from './crypto.js';
import {HandlerError, json, readBytes} from './http.js';
import {providerHttp, type CommonOptions, type KycHandler} from './options.js';
import {GridEvent, gridSubject, gridVerdict} from './providers/grid.js';
import {JumioCallback, jumioServer, jumioSubject, type JumioCredentials} from './providers/jumio.js';
import {SmileCallback, smileSubject, smileVerdict} from './providers/smile.js';
import {SumsubEvent, sumsubSubject, sumsubVerdict} from './providers/sumsub.js';
import type {KycStore} from './store.js';
import type {ServerProvider, Verdict} from './types.js';
import {addressAllowed, isoTime, sumsubEventTime, verifyGridWebhook, verifySmileCallback, verifySumsubWebhook, type FreshnessOptions} from './webhooks.js';

/** A verdict the handler worked out, before it is stored. */
export interface WebhookVerdict {
  subject: string;
  verdict: Verdict;
}

interface Common extends CommonOptions, Pick<FreshnessOptions, 'maxAgeSeconds'> {
  store: KycStore;
  /** Called after a verdict was stored (newer than what was there): grant access, send an email … */
  onVerdict?: (subject: string, verdict: Verdict) => void | Promise<void>;
  /**
   * Your own mapping, after the handler's: gets the verified event (parsed JSON; for Jumio the
   * read-back verdict's source is the API, the event is the callback) and the handler's verdict, and
   * returns the verdict to store (undefined: store nothing). E.g. Smile result codes of your products.
   */
  mapVerdict?: (event: unknown, verdict: Verdict) => Verdict | undefined;
}

export type WebhookHandlerOptions = Common &
  (
    | {provider: 'sumsub'; /** The webhook secret (Dashboard → Dev space → Webhooks), not the app secret. */ secret: string}
    | {provider: 'grid'; /** Grid's webhook public key (SPKI PEM) from onboarding. */ publicKey: string}
    | {provider: 'smile'; credentials: {partnerId: string; apiKey: string}}
    | {
        provider: 'jumio';
        credentials: JumioCredentials;
        /** Jumio's published callback addresses for your region (exact IPs or IPv4 CIDR); empty: any. */
        allowList?: string[];
        /** The caller's address behind a proxy (default: `info.clientAddress` from the adapter). */
        clientAddress?: (request: Request, info: {clientAddress?: string}) => string | undefined;
      }
  );

const decoder = new TextDecoder();

/**
 * `createWebhookHandler({ provider, …, store })` → the provider's webhook endpoint. It verifies the
 * delivery (signature over the raw body, freshness; Jumio: allow list, then a read-back over the API),
 * normalizes it to the SPEC status vocabulary and stores it with `store.putVerdict`: idempotent under
 * the provider's retries, the newest event by its own timestamp wins. Answers 401 for a delivery that
 * fails verification, 200 for everything verified (also events it does not use, so the provider stops
 * retrying them).
 */
export function createWebhookHandler(options: WebhookHandlerOptions): KycHandler {
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((error: unknown) => console.error('kyc-verify/server:', error));
  const provider: ServerProvider = options.provider;
  if ((provider as string) === 'trusset') throw new TypeError('kyc-verify/server: Trusset documents no webhooks; use the status handler with readBack.');
  const jumio = options.provider === 'jumio' ? jumioServer(options.credentials) : undefined;
  const http = providerHttp(provider, options);
  const freshness = {maxAgeSeconds: options.maxAgeSeconds, now};

  async function interpret(request: Request, bytes: Uint8Array<ArrayBuffer>, info: {clientAddress?: string}): Promise<WebhookVerdict | null | 'refused'> {
    switch (options.provider) {
      case 'sumsub': {
        if (!(await verifySumsubWebhook({body: bytes, headers: request.headers, secret: options.secret, ...freshness}))) return 'refused';
        const event = SumsubEvent.safeParse(JSON.parse(decoder.decode(bytes)));
        if (!event.success || !event.data.externalUserId) return null;
        const verdict = sumsubVerdict(event.data);
        const at = sumsubEventTime(JSON.parse(decoder.decode(bytes)) as Record<string, unknown>);
        if (!verdict || at === undefined) return null;
        return {subject: sumsubSubject(event.data.externalUserId), verdict: {...verdict, provider, at, eventId: await digest(bytes)}};
      }
      case 'grid': {
        if (!(await verifyGridWebhook({body: bytes, headers: request.headers, publicKey: options.publicKey, ...freshness}))) return 'refused';
        const event = GridEvent.safeParse(JSON.parse(decoder.decode(bytes)));
        if (!event.success) return null;
        const verdict = gridVerdict(event.data.type);
        const at = isoTime(event.data.timestamp);
        if (!verdict || at === undefined) return null;
        return {subject: gridSubject(event.data.data.id), verdict: {...verdict, provider, at, eventId: event.data.id}};
      }
      case 'smile': {
        const {partnerId, apiKey} = options.credentials;
        if (!(await verifySmileCallback({body: bytes, partnerId, apiKey, ...freshness}))) return 'refused';
        const event = SmileCallback.safeParse(JSON.parse(decoder.decode(bytes)));
        const attempt = event.success ? event.data.PartnerParams?.kyc_attempt : undefined;
        if (!event.success || typeof attempt !== 'string') return null;
        const at = isoTime(event.data.timestamp);
        if (at === undefined) return null;
        return {subject: smileSubject(attempt), verdict: {...smileVerdict(event.data.ResultCode), provider, at, eventId: await digest(bytes)}};
      }
      case 'jumio': {
        // Unsigned (Jumio documents no callback signature): the allow list first, then the callback is only a pointer to read back.
        const address = options.clientAddress ? options.clientAddress(request, info) : info.clientAddress;
        if (!addressAllowed(address, options.allowList)) return 'refused';
        let callback: ReturnType<typeof JumioCallback.safeParse>;
        try {
          callback = JumioCallback.safeParse(JSON.parse(decoder.decode(bytes)));
        } catch {
          return null;
        }
        if (!callback.success) return null;
        const {account, workflowExecution} = callback.data;
        const verdict = await jumio!.retrieve(account.id, workflowExecution.id, http, now());
        return verdict ? {subject: jumioSubject(workflowExecution.id), verdict} : null;
      }
    }
  }

  return async (request, info = {}) => {
    try {
      if (request.method !== 'POST') throw new HandlerError(405, 'method-not-allowed', 'Use POST.', false, {Allow: 'POST'});
      const bytes = await readBytes(request);
      let result = await interpret(request, bytes, info);
      if (result === 'refused') throw new HandlerError(401, 'invalid-signature', 'The delivery could not be verified.', false);
      if (result && options.mapVerdict) {
        const mapped = options.mapVerdict(JSON.parse(decoder.decode(bytes)) as unknown, result.verdict);
        result = mapped ? {...result, verdict: mapped} : null;
      }
      if (!result) return json(200, {received: true, stored: false});
      const stored = await options.store.putVerdict(result.subject, result.verdict);
      if (stored && options.onVerdict) await options.onVerdict(result.subject, result.verdict);
      return json(200, {received: true, stored});
    } catch (error) {
      if (error instanceof HandlerError) return error.toResponse();
      onError(error);
      // 500: the provider retries later (a store or read-back failure is worth another delivery).
      return new HandlerError(500, 'server-error', 'The delivery could not be processed.', true).toResponse();
    }
  };
}

async function digest(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}
