import {css, html, nothing, svg, type SVGTemplateResult} from 'lit';
import {endsInDoneView, httpRetryable, type FixedErrorCode} from './result.js';
import {EN_SHELL_STRINGS, type ElementStrings, type KycStrings, type ShellStrings} from './strings.js';
import type {KycResult} from './types.js';

/**
 * The end view: a chunk of its own, asked for when an attempt starts (a result never comes sooner), so
 * the entry carries neither its template, nor its styles, nor its English texts.
 */

const en: Omit<ElementStrings, keyof ShellStrings> = {
  doneTitle: 'Verification submitted',
  doneBody: "Thank you. We're reviewing your details and will let you know when the check is complete.",
  cancelledTitle: 'Verification cancelled',
  errorTitle: 'Verification could not be completed',
  expiredTitle: 'This verification link has expired',
  retry: 'Try again',
  continueOnPhone: 'Continue on your phone',
  approvedTitle: 'Identity verified',
  approvedBody: 'Thank you. Your identity has been confirmed.',
  rejectedTitle: "We couldn't verify your identity",
  rejectedBody: 'Your verification was not approved. If you have questions, please contact support.',
  rejectedRetryBody: 'Please try again with a valid document and clear photos.',
  cancelledBody: "You can start again whenever you're ready.",
  expiredBody: 'For your security, verification links are only valid for a limited time. Start again to get a new one.',
  contactSupport: 'If you need help, please contact support.',
  errorBody: 'Something went wrong during the verification. Please try again.',
  errorFinalBody: 'Something went wrong during the verification. Please contact support.',
  errorNetworkBody: "We couldn't reach the verification service. Check your connection and try again.",
  errorSetupBody: "Verification isn't available right now. Please try again later or contact support.",
  errorPopupBody: 'Your browser blocked the verification window. Allow pop-ups for this site, then try again.',
  errorCameraBody: "We couldn't use a camera on this device. Continue on your phone, or allow camera access and try again.",
  errorCode: 'Error code: {code}',
};

/** The English end-view texts. */
export const EN_END_STRINGS = en;

/** The element's strings with the end view's: English, then a loaded catalog, then the host's overrides. */
export const endStringsFor = (catalog: Partial<KycStrings> = {}, overrides: Partial<KycStrings> = {}): ElementStrings => ({
  ...EN_SHELL_STRINGS,
  ...en,
  ...catalog,
  ...overrides,
});

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

/** The end view's styles, adopted into the element's shadow root with the view. */
export const endViewStyles = css`
  h2 {
    margin: 0;
    font-size: var(--kyc-verify-heading-size, 1.25rem);
    line-height: 1.3;
    font-weight: 650;
  }
  /* End views: icon, heading, body, one primary action, the code in small print. Icon tones are
     mixed with the text colour so they stay visible on a dark page that declares no colour scheme. */
  .end {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    text-align: center;
    padding: var(--kyc-verify-end-padding, 1.5rem 1rem);
    --_tone: var(--kyc-verify-error, color-mix(in srgb, light-dark(#c5221f, #f28b82) 75%, currentColor));
  }
  .end[data-tone='success'] {
    --_tone: var(--kyc-verify-success, color-mix(in srgb, light-dark(#137333, #81c995) 75%, currentColor));
  }
  .end[data-tone='warning'] {
    --_tone: var(--kyc-verify-warning, color-mix(in srgb, light-dark(#a15c00, #fdd663) 75%, currentColor));
  }
  .end[data-tone='neutral'] {
    --_tone: var(--_muted);
  }
  .end p {
    margin: 0;
    max-width: 34rem;
  }
  .icon {
    display: grid;
    place-items: center;
    width: 3.5rem;
    height: 3.5rem;
    margin-block-end: 0.25rem;
    border-radius: 50%;
    color: var(--_tone);
    background: color-mix(in srgb, var(--_tone) 14%, transparent);
  }
  .icon svg {
    width: 1.75rem;
    height: 1.75rem;
  }
  .body {
    color: var(--_muted);
    line-height: 1.5;
  }
  .end .actions {
    justify-content: center;
    width: 100%;
    margin-block-start: 0.75rem;
  }
  .end .actions button {
    flex: 1 1 12rem;
    max-width: 16rem;
  }
  .code {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .code-value {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    user-select: all;
  }
`;
