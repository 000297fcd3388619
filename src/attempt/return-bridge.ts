import {POPUP_NAME_PREFIX} from '../modes/popup-window.js';
import {hasStoredAttempt, takeRedirectReturn, type RedirectReturn} from '../modes/redirect/storage.js';
import {RETURN_CHANNEL, isReturnMessage, readReturn, type ReturnMessage} from '../return-message.js';
import {withoutReturnParams} from '../return-params.js';

/**
 * The return bridge (SPEC §4): a page on the return URL that runs in a frame, a popup or another tab
 * forwards what the provider appended to the URL to the tab that started the attempt. Only the tab
 * whose live attempt matches the marker counts it.
 */

/**
 * True when this page runs inside a frame or in the element's popup (named `kyc-verify-…`; the popup has
 * no opener: the element cuts it), or was opened by another window.
 */
export const isFramedOrPopup = () => window.parent !== window || isPopup();

const isPopup = () => !!window.opener || window.name.startsWith(POPUP_NAME_PREFIX);

/**
 * Forwards a return to the parent, the opener and other tabs. Messages go only to this page's own
 * origin: the return URL belongs to the host page, and the params may hold a signed `jwt`.
 */
export function forwardReturn(message: ReturnMessage): void {
  const targets = new Set<Window>();
  if (window.parent !== window) targets.add(window.parent);
  if (window.opener) targets.add(window.opener as Window);
  for (const target of targets) {
    try {
      target.postMessage(message, location.origin);
    } catch {
      // A closed or cross-origin opener: the BroadcastChannel below still reaches other tabs.
    }
  }
  broadcast(message);
}

/** A popup that forwarded its return closes itself, a moment later so the message is delivered first. */
export function closeIfPopup(): void {
  if (isPopup() && window.parent === window) setTimeout(() => window.close(), 300);
}

/** The `localStorage` key of the fallback for browsers without `BroadcastChannel`: written, then removed at once. */
export const RETURN_STORAGE_KEY = 'kyc-verify:return';

/**
 * Tells other tabs of this origin: `BroadcastChannel`, or where it is missing a `storage` event (a
 * `localStorage` write that is removed at once; other tabs still see it).
 */
export function broadcast(message: ReturnMessage): void {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(RETURN_CHANNEL);
    channel.postMessage(message);
    channel.close();
    return;
  }
  try {
    localStorage.setItem(RETURN_STORAGE_KEY, JSON.stringify({...message, nonce: Math.random()}));
    localStorage.removeItem(RETURN_STORAGE_KEY);
  } catch {
    // storage blocked: the popup's own page still says where to continue
  }
}

/**
 * Listens for forwarded returns (window messages from this origin, and `BroadcastChannel` or, where it
 * is missing, `storage` events) while an attempt is live. Calls back only for the given attempt; returns the function that stops listening.
 */
export function listenForReturns(attempt: string, onReturn: (message: ReturnMessage) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin || !isReturnMessage(event.data)) return;
    if (event.data.attempt === attempt) onReturn(event.data);
  };
  window.addEventListener('message', onMessage);
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(RETURN_CHANNEL);
  channel?.addEventListener('message', (event: MessageEvent) => {
    if (isReturnMessage(event.data) && event.data.attempt === attempt) onReturn(event.data);
  });
  // Without BroadcastChannel, other tabs write the return to localStorage (see `broadcast`).
  const onStorage = (event: StorageEvent) => {
    if (event.key !== RETURN_STORAGE_KEY || !event.newValue) return;
    let data: unknown;
    try {
      data = JSON.parse(event.newValue);
    } catch {
      return;
    }
    if (isReturnMessage(data) && data.attempt === attempt) onReturn({type: data.type, attempt: data.attempt, params: data.params});
  };
  if (!channel) window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('message', onMessage);
    window.removeEventListener('storage', onStorage);
    channel?.close();
  };
}

/** What a page on the return URL did with the marker it found (SPEC §4). */
export type ReturnOutcome =
  | {kind: 'none'}
  /** This tab started the attempt (redirect mode): report it here, once. */
  | ({kind: 'stored'} & RedirectReturn)
  /** In a frame or popup: forwarded to the parent, the opener and other tabs. */
  | {kind: 'forwarded'}
  /** Top level, no stored attempt (a phone, a crafted link): broadcast to other tabs of this browser. */
  | {kind: 'elsewhere'};

/**
 * Handles a `kyc_attempt` marker in this page's URL. A stored attempt is checked first, so a tab that
 * itself has an opener or a parent still reports its own redirect. With `consume` false (the
 * standalone return script, which cannot report), a stored attempt is left for the element.
 */
export function settleReturn(consume: boolean): ReturnOutcome {
  const found = readReturn(location.href);
  if (!found) return {kind: 'none'};
  if (!consume && hasStoredAttempt(found.attempt)) return {kind: 'none'};
  const own = consume ? takeRedirectReturn() : null;
  if (own) return {kind: 'stored', ...own};
  if (isFramedOrPopup()) {
    forwardReturn(found);
    closeIfPopup();
    return {kind: 'forwarded'};
  }
  history.replaceState(history.state, '', withoutReturnParams(location.href));
  broadcast(found);
  return {kind: 'elsewhere'};
}
