/**
 * How the stories render `<kyc-verify>`: a scenario's fetcher, a mode, and how the story drives it.
 * Not a stories file (a named export of one would show up as a stray story).
 */
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {ref} from 'lit/directives/ref.js';
import '../src/define.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import type {ModeSetting} from '../src/types.js';
import {fakePopup, scenarios, type PopupPlan, type ScenarioName} from './fixtures.js';

export interface Args {
  scenario: ScenarioName;
  locale: string;
  autostart: boolean;
  mode?: ModeSetting;
  /** Drives the element once it is connected: `start()`, or `start()` then `cancel()`. */
  action?: 'start' | 'cancel';
  /**
   * What `window.open` answers when the story starts (popup mode): a window that stays open, `null`
   * (blocked), or a window the user closes. Replaced for that one call only; without it a click opens
   * a real window.
   */
  popup?: PopupPlan;
}

/** Replaces `window.open` for its next call only (so other stories on a docs page keep the real one). */
function openOnce(plan: PopupPlan): () => void {
  const original = window.open;
  const restore = () => {
    if (window.open === stub) window.open = original;
  };
  const stub = (() => {
    restore();
    return plan === 'blocked' ? null : (fakePopup(plan) as unknown as Window);
  }) as typeof window.open;
  window.open = stub;
  return restore;
}

/**
 * Drives a connected element to a story's state, once per element: `start()` (with `window.open`
 * answering as `popup` says), then `cancel()` for `action: 'cancel'`. For any way the element was
 * rendered (Lit here, React in react.stories.ts).
 */
export function driveOnce(el: KycVerifyElement | null | undefined, {action, popup}: Pick<Args, 'action' | 'popup'>): void {
  if (!el || !action || el.dataset.driven) return;
  el.dataset.driven = 'yes';
  queueMicrotask(() => {
    // Storybook's source snippet renders the story into a detached node too: only a shown element starts.
    if (!el.isConnected) {
      delete el.dataset.driven;
      return;
    }
    const restore = popup ? openOnce(popup) : undefined;
    try {
      el.start();
    } finally {
      restore?.();
    }
    if (action === 'cancel') setTimeout(() => el.cancel(), 50);
  });
}

/** Renders the element with a scenario's fetcher; `action` drives it to a state once connected. */
export const renderKyc = ({scenario, locale, autostart, mode, action, popup}: Args) => html`<kyc-verify
  .fetcher=${scenarios[scenario]}
  locale=${locale}
  mode=${ifDefined(mode)}
  ?autostart=${autostart}
  ${ref((el) => driveOnce(el as KycVerifyElement | undefined, {action, popup}))}
></kyc-verify>`;
