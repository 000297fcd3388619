import {EN_SHELL_STRINGS, type KycStrings, type ShellStrings} from './strings.js';

/** The texts only a mode shows (QR, popup, redirect): loaded with the lazy engine, not the entry. */
export interface ModeStrings {
  /** QR mode: what to do with the code. */
  qrInstructions: string;
  /** QR mode: the accessible name of the code. */
  qrLabel: string;
  /** QR mode: the link that opens the flow in a new tab of this browser. */
  qrOpenHere: string;
  /** QR mode: the time left; `{time}` is replaced with `m:ss`. */
  qrExpiresIn: string;
  /** QR mode: the status endpoint says the link was opened. */
  qrOpened: string;
  /** QR mode without a status endpoint: the outcome is shown on the phone only. */
  qrResultOnPhone: string;
  /** QR mode: announced when a new code replaces one about to expire. */
  qrRenewed: string;
  /** QR mode: above the link shown as text, for people who cannot scan the code. */
  qrLinkLabel: string;
  /** QR mode: the button that copies the link to the clipboard. */
  qrCopyLink: string;
  /** QR mode: shown and announced once the link is on the clipboard. */
  qrLinkCopied: string;
  /** QR mode: the clipboard refused the link; the link text is selected for the user to copy. */
  qrCopyFailed: string;
  /** Popup mode: while the window is open. */
  popupWaiting: string;
  /** Popup mode: the browser refused to open the window. */
  popupBlocked: string;
  /** Popup mode: the button that opens the window with a fresh click. */
  popupOpen: string;
  /** Popup mode: the window was closed (or hides behind `Cross-Origin-Opener-Policy`) without a result. */
  popupClosed: string;
  popupReopen: string;
  popupCancel: string;
  /** Redirect mode: shown while the page navigates to the provider. */
  redirecting: string;
}

const en: ModeStrings = {
  qrInstructions: 'Scan this code with your phone’s camera to continue the verification there.',
  qrLabel: 'QR code that opens the verification on your phone',
  qrOpenHere: 'Open on this device instead',
  qrExpiresIn: 'Code valid for {time}',
  qrOpened: 'Opened on your phone — finish the verification there.',
  qrResultOnPhone: 'You will see the result on your phone.',
  qrRenewed: 'The code was renewed.',
  qrLinkLabel: 'Can’t scan the code? Use this link:',
  qrCopyLink: 'Copy link',
  qrLinkCopied: 'Link copied',
  qrCopyFailed: 'Copying did not work — select the link and copy it.',
  popupWaiting: 'Complete the verification in the window that opened.',
  popupBlocked: 'Your browser did not open the verification window.',
  popupOpen: 'Open the verification',
  popupClosed: 'The verification window was closed.',
  popupReopen: 'Reopen',
  popupCancel: 'Cancel',
  redirecting: 'Taking you to the verification…',
};

/** The English mode texts: the engine's own; other languages come with their catalog chunk. */
export const EN_MODE_STRINGS: ModeStrings = en;

/** What a mode may show: its own texts and the shell's (`frameTitle`, `flowLoading`, …). */
export type ModeTexts = ModeStrings & ShellStrings;

/** The texts of the modes: English, then the page's loaded catalog, then the host's overrides. */
export const modeStringsFor = (catalog: Partial<KycStrings> = {}, overrides: Partial<KycStrings> = {}): ModeTexts => ({
  ...en,
  ...EN_SHELL_STRINGS,
  ...catalog,
  ...overrides,
});
