import {html, nothing, svg, type SVGTemplateResult} from 'lit';
import {endsInDoneView, httpRetryable, type FixedErrorCode} from './result.js';
import type {ElementStrings} from './strings.js';
import type {KycResult} from './types.js';

/** What the end view offers besides its text. */
export interface EndViewActions {
  /** Offer "Continue on your phone" (after a camera error). */
  offerPhone: boolean;
  onRetry(): void;
  onPhone(): void;
}

/** The heading of the end view for a result: also what the live region announces. */
export function endTitle(result: KycResult, text: ElementStrings): string {
  switch (result.status) {
    case 'approved':
      return text.approvedTitle;
    case 'rejected':
      return text.rejectedTitle;
    case 'cancelled':
      return text.cancelledTitle;
    case 'expired':
      return text.expiredTitle;
    case 'error':
      return text.errorTitle;
    default:
      return text.doneTitle;
  }
}

/** The body text an element error code gets: its family (typed so that a new fixed code must be placed). */
type ErrorFamily = 'network' | 'setup' | 'popup' | 'final';

const ELEMENT_ERROR_FAMILIES: Record<FixedErrorCode, ErrorFamily> = {
  config: 'setup',
  network: 'network',
  'session-timeout': 'network',
  'status-timeout': 'network',
  'invalid-response': 'setup',
  'unsafe-url': 'setup',
  'unsupported-mode': 'setup',
  'popup-blocked': 'popup',
  'sdk-load': 'network',
  'token-refresh': 'network',
  'unrecognized-return': 'final',
};

/** What the element itself says when a backend's `{error}` has no `message` (src/attempt/backend.ts). */
const BACKEND_DEFAULT_MESSAGE = 'The verification service refused the request.';

/** The family of an element error code (`session-http-503` → network, `session-http-404` → setup), or null for other codes. */
function elementErrorFamily(code: string): ErrorFamily | null {
  const http = /^(session|status)-http-(\d+)$/.exec(code);
  if (http) return httpRetryable(Number(http[2])) ? 'network' : 'setup';
  return Object.prototype.hasOwnProperty.call(ELEMENT_ERROR_FAMILIES, code) ? ELEMENT_ERROR_FAMILIES[code as FixedErrorCode] : null;
}

/**
 * The backend's own words: an `{error: {code, message}}` answer becomes a result with `source:
 * 'element'` whose code is not one of the element's codes. Provider messages (technical English) are
 * never shown.
 */
export function backendMessage(result: KycResult): string | undefined {
  if (result.status !== 'error' || result.source !== 'element' || !result.code || !result.message) return undefined;
  if (elementErrorFamily(result.code) || result.message === BACKEND_DEFAULT_MESSAGE) return undefined;
  return result.message.trim() || undefined;
}

/** The body line under the heading: what happened and what the user can do next, in the element's language. */
export function endBody(result: KycResult, text: ElementStrings, offerPhone = false): string {
  switch (result.status) {
    case 'completed':
      return text.doneBody;
    case 'approved':
      return text.approvedBody;
    case 'rejected':
      return result.retryable ? text.rejectedRetryBody : text.rejectedBody;
    case 'cancelled':
      return result.retryable ? text.cancelledBody : text.contactSupport;
    case 'expired':
      return result.retryable ? text.expiredBody : text.contactSupport;
  }
  if (offerPhone) return text.errorCameraBody;
  const fromBackend = backendMessage(result);
  if (fromBackend) return fromBackend;
  switch (result.code ? elementErrorFamily(result.code) : null) {
    case 'network':
      return text.errorNetworkBody;
    case 'setup':
      return text.errorSetupBody;
    case 'popup':
      return text.errorPopupBody;
    case 'final':
      return text.errorFinalBody;
    default:
      return result.retryable ? text.errorBody : text.errorFinalBody;
  }
}

type Tone = 'success' | 'error' | 'neutral' | 'warning';

const ICONS: Record<'check' | 'alert' | 'cross' | 'clock', SVGTemplateResult> = {
  check: svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`,
  alert: svg`<path d="M12 5.5v8.5" /><path d="M12 18.5v.01" />`,
  cross: svg`<path d="M7 7l10 10M17 7L7 17" />`,
  clock: svg`<circle cx="12" cy="12" r="8" /><path d="M12 8v4.5l3 2" />`,
};

function icon(result: KycResult): [Tone, SVGTemplateResult] {
  switch (result.status) {
    case 'completed':
    case 'approved':
      return ['success', ICONS.check];
    case 'cancelled':
      return ['neutral', ICONS.cross];
    case 'expired':
      return ['warning', ICONS.clock];
    default:
      return ['error', ICONS.alert];
  }
}

/**
 * The view after a result, inside the slot the host may fill instead: `done` (completed, approved,
 * rejected), `cancelled`, `error` or `expired`. An icon, the heading, a body line, at most one primary
 * action (with a camera error "Continue on your phone" is primary and "Try again" secondary), and for
 * errors the code as small print for support.
 */
export function renderEndView(result: KycResult, text: ElementStrings, actions: EndViewActions) {
  const slot = endsInDoneView(result.status) ? 'done' : result.status;
  const [tone, glyph] = icon(result);
  const showCode = result.status === 'error' && result.code;
  return html`<slot name=${slot}>
    <section class="end" part="end" data-tone=${tone}>
      <span class="icon" part="icon">
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round">${glyph}</svg>
      </span>
      <h2 part="heading" tabindex="-1">${endTitle(result, text)}</h2>
      <p part="body" class="body">${endBody(result, text, actions.offerPhone)}</p>
      ${actions.offerPhone || result.retryable
        ? html`<div class="actions" part="actions">
            ${actions.offerPhone ? html`<button part="phone-button" type="button" @click=${actions.onPhone}>${text.continueOnPhone}</button>` : nothing}
            ${result.retryable
              ? html`<button part="retry-button" type="button" class=${actions.offerPhone ? 'secondary' : ''} @click=${actions.onRetry}>${text.retry}</button>`
              : nothing}
          </div>`
        : nothing}
      ${showCode ? html`<p part="code" class="code">${codeLine(text.errorCode, result.code!)}</p>` : nothing}
    </section>
  </slot>`;
}

/** "Error code: {code}" with the code in its own element (selectable as one word, left to right). */
function codeLine(template: string, code: string) {
  const at = template.indexOf('{code}');
  if (at < 0) return html`${template} <span class="code-value" dir="ltr">${code}</span>`;
  return html`${template.slice(0, at)}<span class="code-value" dir="ltr">${code}</span>${template.slice(at + '{code}'.length)}`;
}
