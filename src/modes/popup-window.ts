/** The window `popup` mode uses: opened blank in the click's task by the element, reused by the mode. */
export const POPUP_FEATURES = 'popup,width=520,height=760';

/** One window name per attempt, so "Reopen" and the fallback button reuse the same window. */
export const popupName = (attempt: string) => `kyc-verify-${attempt.slice(0, 8)}`;

/** Opens (or reuses) the attempt's window at `url`; null when the browser refused. */
export function openPopup(attempt: string, url = 'about:blank'): Window | null {
  try {
    return window.open(url, popupName(attempt), POPUP_FEATURES);
  } catch {
    return null;
  }
}
