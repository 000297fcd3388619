import type {ClientFacts} from './types.js';

/** A UUID for the attempt: `crypto.randomUUID()`, or `getRandomValues` outside secure contexts. */
export function newAttemptId(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface PolicyDocument {
  permissionsPolicy?: {allowsFeature(feature: string): boolean};
  featurePolicy?: {allowsFeature(feature: string): boolean};
}

/** False when the page's Permissions-Policy blocks the camera (where the browser can tell). */
function cameraAllowedByPolicy(): boolean {
  const policy = (document as unknown as PolicyDocument).permissionsPolicy ?? (document as unknown as PolicyDocument).featurePolicy;
  try {
    return policy ? policy.allowsFeature('camera') : true;
  } catch {
    return true;
  }
}

/**
 * Whether a camera can be used here: a secure context, not blocked by Permissions-Policy, and a video
 * input listed by `enumerateDevices()` (labels are empty before permission; the kind is not).
 */
export async function cameraAvailable(timeoutMs = 1000): Promise<boolean> {
  if (!globalThis.isSecureContext || !navigator.mediaDevices?.enumerateDevices || !cameraAllowedByPolicy()) return false;
  const devices = navigator.mediaDevices.enumerateDevices().then(
    (list) => list.some((device) => device.kind === 'videoinput'),
    () => false,
  );
  // Some browsers never settle enumerateDevices in background tabs: assume a camera rather than hang.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
  return Promise.race([devices, timeout]).finally(() => clearTimeout(timer));
}

let camera: boolean | undefined;
let latestCheck: Promise<boolean> | undefined;

/**
 * Runs the camera check in the background (each element that connects asks: a camera may have been
 * plugged in or blocked since). The latest check's answer wins; `knownCamera()` has it.
 */
export function checkCamera(): void {
  const check = cameraAvailable();
  latestCheck = check;
  camera = undefined; // until it answers: an older answer may be out of date
  void check.then((answer) => {
    if (latestCheck !== check) return;
    camera = answer;
    latestCheck = undefined;
  });
}

/** The latest camera check's answer, or undefined while it runs. */
export const knownCamera = (): boolean | undefined => camera;

/**
 * The `client` facts of SPEC §2, sent to the backend so it can choose a mode. `camera` is the camera
 * check's answer when it has settled, else `true`: the request does not wait for it (README, "Modes").
 */
export function clientFacts(cameraAnswer: boolean | undefined): ClientFacts {
  const ua = navigator.userAgent;
  const uaData = (navigator as Navigator & {userAgentData?: {mobile?: boolean}}).userAgentData;
  const mobile = uaData?.mobile ?? /Mobi|Android|iPhone|iPad|iPod/i.test(ua);
  // Android WebViews say `; wv)`; iOS WebViews lack the `Safari/` token that every iOS browser sends.
  const webview = /; wv\)/.test(ua) || (/(iPhone|iPad|iPod)/.test(ua) && !/Safari\//.test(ua));
  return {camera: cameraAnswer ?? true, mobile, webview};
}

/** `<html lang>`, then `navigator.language`. */
export function pageLocale(): string {
  return document.documentElement.lang || navigator.language || 'en';
}
