/** The window `popup` mode uses: opened blank in the click's task by the element, reused by the mode. */
export const POPUP_FEATURES = 'popup,width=520,height=760';

/** Prefix of the popup's window name: how a return page knows it runs in the element's popup. */
export const POPUP_NAME_PREFIX = 'kyc-verify-';

/** One window name per attempt, so "Reopen" and the fallback button reuse the same window. */
export const popupName = (attempt: string) => `${POPUP_NAME_PREFIX}${attempt.slice(0, 8)}`;

/**
 * Opens (or reuses) the attempt's window, blank, and cuts its `opener` before it goes anywhere, so the
 * provider's page can never navigate this tab (reverse tabnabbing); then points it at `url`, if given.
 * The return page reports over `BroadcastChannel` instead of the opener. Null when the browser refused.
 */
export function openPopup(attempt: string, url?: string): Window | null {
  let win: Window | null;
  try {
    win = window.open('about:blank', popupName(attempt), POPUP_FEATURES);
  } catch {
    return null;
  }
  if (!win) return null;
  try {
    win.opener = null;
    if (url) win.location.replace(url);
  } catch {
    // A reused window already on another origin: leave it, the mode treats it as not pointable.
    if (url) return null;
  }
  return win;
}
