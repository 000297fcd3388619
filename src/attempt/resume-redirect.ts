import type {AttemptBackend} from './backend.js';
import type {BackendSettings} from './backend-call.js';
import type {adapterFor} from '../providers/index.js';
import type {ProviderAdapter} from '../providers/types.js';
import {UNRECOGNIZED_RETURN, endsInDoneView, type FlowEvent} from '../result.js';
import type {Mode} from '../modes/types.js';
import type {RedirectReturn} from '../modes/redirect/storage.js';
import {RedirectVerdict, type VerdictContext} from '../modes/redirect/verdict.js';

/** A stored status URL, still on one of the backend's origins (storage is the page's, but check anyway). */
function trustedStatusUrl(value: string | undefined, backendOrigins: string[]): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return backendOrigins.includes(url.origin) && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** What a redirect return says, read by its provider's adapter, and the poller that waits for a verdict. */
export interface ResumedRedirect {
  adapter: ProviderAdapter;
  event: FlowEvent;
  backend?: AttemptBackend;
  /** Not started yet: the controller starts it once the attempt holds it. */
  verdict?: Mode;
}

/**
 * Back from a top-level redirect (SPEC §4): the stored attempt's return params, read by its adapter.
 * With a status URL on the backend's origins, the return counts as `completed` at most and the
 * verdict comes from polling.
 */
export function resumeRedirect(
  /** The engine's backend client and adapters (this chunk imports nothing from the engine's). */
  engine: {AttemptBackend: typeof AttemptBackend; adapterFor: typeof adapterFor},
  {stored, params}: RedirectReturn,
  backendConfig: BackendSettings,
  context: Pick<VerdictContext, 'statusMaxWait' | 'signal' | 'report' | 'fail'> & {locale: string},
): ResumedRedirect {
  const adapter = engine.adapterFor(stored.provider);
  const event: FlowEvent = adapter.parseReturn(params) ?? UNRECOGNIZED_RETURN;
  const statusUrl = trustedStatusUrl(stored.statusUrl, backendConfig.backendOrigins);
  if (!statusUrl || event.kind !== 'result' || !endsInDoneView(event.status)) return {adapter, event};
  const backend = new engine.AttemptBackend(
    backendConfig,
    {attempt: stored.attempt, returnUrl: location.href, locale: context.locale, mode: 'redirect', client: {camera: false, mobile: false, webview: false}},
    context.signal,
  );
  const session = {provider: stored.provider, reference: stored.reference, statusUrl: stored.statusUrl};
  const verdict = new RedirectVerdict({...context, attempt: stored.attempt, session, adapter, statusUrl, backend});
  return {adapter, backend, verdict, event: {kind: 'result', status: 'completed', retryable: false, reference: event.reference}};
}
