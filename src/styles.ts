import {css} from 'lit';

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
  h2 {
    margin: 0;
    font-size: var(--kyc-verify-heading-size, 1.25rem);
    line-height: 1.3;
    font-weight: 650;
  }
  /* End views: icon, heading, body, one primary action, the code in small print. Icon tones are
     mixed with the text colour so they stay visible on a dark page that declares no colour scheme. */
  .end {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    text-align: center;
    padding: var(--kyc-verify-end-padding, 1.5rem 1rem);
    --_tone: var(--kyc-verify-error, color-mix(in srgb, light-dark(#c5221f, #f28b82) 75%, currentColor));
  }
  .end[data-tone='success'] {
    --_tone: var(--kyc-verify-success, color-mix(in srgb, light-dark(#137333, #81c995) 75%, currentColor));
  }
  .end[data-tone='warning'] {
    --_tone: var(--kyc-verify-warning, color-mix(in srgb, light-dark(#a15c00, #fdd663) 75%, currentColor));
  }
  .end[data-tone='neutral'] {
    --_tone: var(--_muted);
  }
  .end p {
    margin: 0;
    max-width: 34rem;
  }
  .icon {
    display: grid;
    place-items: center;
    width: 3.5rem;
    height: 3.5rem;
    margin-block-end: 0.25rem;
    border-radius: 50%;
    color: var(--_tone);
    background: color-mix(in srgb, var(--_tone) 14%, transparent);
  }
  .icon svg {
    width: 1.75rem;
    height: 1.75rem;
  }
  .body {
    color: var(--_muted);
    line-height: 1.5;
  }
  .end .actions {
    justify-content: center;
    width: 100%;
    margin-block-start: 0.75rem;
  }
  .end .actions button {
    flex: 1 1 12rem;
    max-width: 16rem;
  }
  .code {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .code-value {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    user-select: all;
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
