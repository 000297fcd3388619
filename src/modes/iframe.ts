import {KycError, UNRECOGNIZED_RETURN} from '../result.js';
import {isReturnMessage} from '../return-message.js';
import {originMatches} from '../url-rules.js';
import {paramsRecord} from '../return-params.js';
import {ATTEMPT_PARAM, readReturnParams} from '../urls.js';
import type {Mode, ModeContext} from './types.js';

/**
 * `iframe` mode (SPEC §3): the provider's flow in a frame inside the element. Outcomes come from the
 * provider's messages (accepted only from this frame, or a frame inside it, on an allowed origin) and
 * from the frame landing on the same-origin return URL.
 */
export class IframeMode implements Mode {
  readonly name = 'iframe' as const;
  readonly coveredUntilReady = true;
  readonly awaitsVerdict = false;
  private frame?: HTMLIFrameElement;
  private loaded = false;
  private readonly flowOrigin: string;
  private readonly returnTarget: URL;

  constructor(private readonly context: ModeContext) {
    this.flowOrigin = new URL(context.session.url!).origin;
    this.returnTarget = new URL(context.returnUrl);
  }

  start(): void {
    const {adapter, strings, session, container} = this.context;
    const frame = document.createElement('iframe');
    // Permissions are fixed when navigation starts: `allow` must be set before `src`.
    frame.setAttribute('allow', adapter.frame.allow);
    frame.setAttribute('part', 'frame');
    frame.title = strings.frameTitle;
    frame.addEventListener('load', this.onLoad);
    window.addEventListener('message', this.onMessage);
    document.addEventListener('securitypolicyviolation', this.onViolation);
    frame.src = session.url!;
    container.append(frame);
    this.frame = frame;
  }

  focusTarget(): HTMLElement | null {
    return this.frame ?? null;
  }

  teardown(): void {
    window.removeEventListener('message', this.onMessage);
    document.removeEventListener('securitypolicyviolation', this.onViolation);
    this.frame?.removeEventListener('load', this.onLoad);
    this.frame?.remove();
    this.frame = undefined;
  }

  private readonly onLoad = () => {
    if (!this.loaded) {
      this.loaded = true;
      this.context.ready();
    }
    this.readLanding();
  };

  /** The frame landed on the return URL: readable only when same-origin, which is the proof. */
  private readLanding() {
    let href: string;
    try {
      href = this.frame?.contentWindow?.location.href ?? '';
    } catch {
      return; // still on the provider's origin
    }
    if (!href || href === 'about:blank') return;
    const here = new URL(href);
    if (here.origin !== location.origin) return;
    const params = readReturnParams(href);
    const marker = params.get(ATTEMPT_PARAM);
    // A marker, if present, must be the live attempt's; without one the return path must match.
    if (marker !== null ? marker !== this.context.attempt : here.pathname !== this.returnTarget.pathname) return;
    const record = paramsRecord(params);
    const signal = this.context.adapter.parseReturn(record);
    this.context.report(signal ?? UNRECOGNIZED_RETURN, 'redirect', record);
  }

  private readonly onMessage = (event: MessageEvent) => {
    const frameWindow = this.frame?.contentWindow;
    if (!frameWindow || !isInside(event.source, frameWindow) || !this.originAllowed(event.origin)) return;
    if (isReturnMessage(event.data)) return; // the element's return listener handles forwarded returns
    let parsed;
    try {
      parsed = this.context.adapter.parseMessage(event.data);
    } catch {
      return; // a foreign message must never throw on the page
    }
    if (parsed) this.context.report(parsed.signal, 'message', parsed.raw);
  };

  /**
   * The page's Content-Security-Policy blocked this frame: the provider's page, or the same-origin
   * return URL it sends the frame back to (without `'self'` in `frame-src` the frame would never report
   * and the attempt would stay `active`). Ends the attempt as `config`, naming what to add.
   */
  private readonly onViolation = (event: SecurityPolicyViolationEvent) => {
    if (!/^(frame-src|child-src|default-src)$/.test(event.effectiveDirective)) return;
    let blocked: URL;
    try {
      blocked = new URL(event.blockedURI);
    } catch {
      return;
    }
    // The event is the document's: a same-origin URL counts only when it is this attempt's return URL.
    if (blocked.origin === location.origin && readReturnParams(blocked.href).get(ATTEMPT_PARAM) === this.context.attempt) {
      this.context.fail(KycError.of('config', `The page's Content-Security-Policy blocks the return URL in a frame: add 'self' to ${event.effectiveDirective}.`));
    } else if (blocked.origin === this.flowOrigin) {
      this.context.fail(KycError.of('config', `The page's Content-Security-Policy blocks the provider's page: add ${this.flowOrigin} to ${event.effectiveDirective}.`));
    }
  };

  private originAllowed(origin: string): boolean {
    if (origin === this.flowOrigin || origin === location.origin) return true;
    return (this.context.adapter.messageOrigins ?? []).some((pattern) => originMatches(origin, pattern));
  }
}

/** True when `source` is `root` or a frame nested inside it (Smile's embed posts from a child frame). */
function isInside(source: MessageEventSource | null, root: Window): boolean {
  let current = source as Window | null;
  try {
    for (let depth = 0; current && depth < 8; depth++) {
      if (current === root) return true;
      const parent: Window = current.parent;
      if (!parent || parent === current) return false;
      current = parent;
    }
  } catch {
    return false;
  }
  return false;
}
