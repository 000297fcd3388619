import {html, nothing} from 'lit';
import {endsInDoneView} from './result.js';
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
  if (result.status === 'cancelled') return text.cancelledTitle;
  if (result.status === 'expired') return text.expiredTitle;
  if (result.status === 'error' || result.status === 'rejected') return text.errorTitle;
  return text.doneTitle;
}

/**
 * The view after a result, inside the slot the host may fill instead: `done` (completed, approved,
 * rejected), `cancelled`, `error` or `expired`.
 */
export function renderEndView(result: KycResult, text: ElementStrings, actions: EndViewActions) {
  const slot = endsInDoneView(result.status) ? 'done' : result.status;
  return html`<slot name=${slot}>
    <section class="end" part="end">
      <h2 part="heading" tabindex="-1">${endTitle(result, text)}</h2>
      ${result.status === 'completed' || result.status === 'approved' ? html`<p>${text.doneBody}</p>` : nothing}
      ${result.status === 'error' && result.code ? html`<p class="code">${result.code}</p>` : nothing}
      ${actions.offerPhone ? html`<button part="phone-button" type="button" @click=${actions.onPhone}>${text.continueOnPhone}</button>` : nothing}
      ${result.retryable ? html`<button part="retry-button" type="button" @click=${actions.onRetry}>${text.retry}</button>` : nothing}
    </section>
  </slot>`;
}
