/**
 * `kyc-verify/return`: a tiny script for a dedicated return page. On a URL with a `kyc_attempt`
 * marker it forwards the provider's params to the parent, the opener and other tabs, says "You can
 * close this window" (closing a popup it is in), and reports nothing itself.
 *
 * ```html
 * <p data-kyc-verify-return></p>
 * <script type="module" src="https://cdn.example/kyc-verify/return.js"></script>
 * ```
 */
import {settleReturn} from './attempt/return-bridge.js';

export const RETURN_TEXT = {
  forwarded: 'You can close this window.',
  elsewhere: 'Verification finished — continue where you started.',
};

/**
 * Runs the return side of this page; true when the URL carried a marker it handled. A marker of an
 * attempt this tab stored itself (redirect mode) is left for the `<kyc-verify>` element on the page.
 */
export function handleReturnPage(text = RETURN_TEXT): boolean {
  const outcome = settleReturn(false);
  if (outcome.kind !== 'forwarded' && outcome.kind !== 'elsewhere') return false;
  const message = text[outcome.kind];
  const show = () => {
    const target = document.querySelector('[data-kyc-verify-return]') ?? document.body.appendChild(document.createElement('p'));
    target.setAttribute('role', 'status');
    target.textContent = message;
  };
  if (document.body) show();
  else document.addEventListener('DOMContentLoaded', show, {once: true});
  return true;
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') handleReturnPage();
