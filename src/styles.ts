import {css, type CSSResult} from 'lit';

/**
 * The element's own look: every colour and size is a `--kyc-verify-*` custom property.
 *
 * Light and dark pages: the element follows the page. Text colours derive from the inherited text
 * colour (`currentColor`), so muted text, links, outline buttons and the focus ring keep AA contrast on
 * whatever background the page paints; surfaces and accents use `light-dark()`, which follows the
 * page's `color-scheme` (inherited; a host forces one with `kyc-verify { color-scheme: dark }`).
 */
export const styles = css`
  :host {
    display: block;
    color: var(--kyc-verify-color, inherit);
    font-family: var(--kyc-verify-font, inherit);
    --_accent: var(--kyc-verify-accent, light-dark(#1a56db, #8ab4f8));
    --_on-accent: var(--kyc-verify-on-accent, light-dark(#fff, #0b1b3a));
    /* Mixed with the text colour: dark blue on light pages, light blue on dark ones (AA on both). */
    --_link: var(--kyc-verify-link, color-mix(in srgb, var(--_accent) 60%, currentColor));
    --_muted: var(--kyc-verify-muted, color-mix(in srgb, currentColor 78%, transparent));
    /* A mid blue: at least 3:1 against white and against near-black, whatever the page's scheme. */
    --_focus: var(--kyc-verify-focus-ring, light-dark(#3b6fe0, #8ab4f8));
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    display: grid;
    gap: var(--kyc-verify-gap, 0.75rem);
  }
  /* The page left the browser's default serif font (e.g. an unstyled page): use the system's UI font. */
  .root.ua-font {
    font-family: var(--kyc-verify-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.6em 1.2em;
    border: 0;
    border-radius: var(--kyc-verify-radius, 0.5rem);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
    justify-self: start;
  }
  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .flow {
    position: relative;
  }
  .flow iframe {
    display: block;
    width: 100%;
    border: 0;
    border-radius: var(--kyc-verify-radius, 0.5rem);
    /* Providers ask for ~600-720px; never taller than the viewport. */
    height: min(var(--kyc-verify-frame-height, 720px), 100vh);
    background: var(--kyc-verify-frame-background, transparent);
  }
  .flow-loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    /* Canvas and CanvasText follow the page's colour scheme: never a white layer on a dark page. */
    background: var(--kyc-verify-surface, Canvas);
    color: var(--kyc-verify-surface-color, CanvasText);
  }
  .qr,
  .popup {
    display: grid;
    gap: var(--kyc-verify-gap, 0.75rem);
  }
  .qr {
    justify-items: center;
    text-align: center;
  }
  .qr p {
    margin: 0;
  }
  .qr-code {
    width: min(100%, var(--kyc-verify-qr-size, 16rem));
    height: auto;
    aspect-ratio: 1;
  }
  .qr-link-group {
    display: grid;
    justify-items: center;
    gap: 0.375rem;
    max-width: 100%;
  }
  /* A link is one long word: it breaks anywhere; one click selects all of it. */
  .qr-link {
    box-sizing: border-box;
    max-width: min(100%, 48ch);
    overflow-wrap: anywhere;
    text-align: start;
    padding: 0.375em 0.625em;
    border-radius: var(--kyc-verify-radius, 0.5rem);
    background: color-mix(in srgb, currentColor 7%, transparent);
    font: 0.875em ui-monospace, Menlo, Consolas, monospace;
    -webkit-user-select: all;
    user-select: all;
  }
  .qr-copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5rem 0.75rem;
  }
  /* The live region stays in the tree while empty, taking no room. */
  .qr-notice:empty {
    margin-inline-start: -0.75rem;
  }
  .qr-open-here {
    color: var(--_link);
  }
  button.secondary {
    background: transparent;
    color: var(--_link);
    box-shadow: inset 0 0 0 2px currentColor;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .loading::after {
      content: '';
      display: inline-block;
      width: 0.9em;
      height: 0.9em;
      margin-inline-start: 0.5em;
      vertical-align: -0.1em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;

/**
 * True when the element's inherited font is the browser's default serif (the page set no font, as in
 * an unstyled page or Storybook's canvas): the element then uses the system UI font instead. CSS cannot
 * tell "inherited from the page" from "the UA default", so this reads the computed family once per
 * render; a page that wants a serif sets it explicitly or sets `--kyc-verify-font`.
 */
export function usesDefaultFont(host: Element): boolean {
  // Server rendering has no computed styles: the browser's first update decides.
  if (typeof getComputedStyle !== 'function' || !host.isConnected) return false;
  const family = getComputedStyle(host).fontFamily.trim();
  return family === '' || /^("?times new roman"?|"?times"?|serif)$/i.test(family);
}

/**
 * Adds a lazily loaded view's styles to a shadow root (the end view's, with its chunk): a constructed
 * sheet, which a strict CSP allows as it allows Lit's own; a `<style>` with Lit's nonce where
 * constructed sheets are missing.
 */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as {litNonce?: string}).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.append(style);
}
