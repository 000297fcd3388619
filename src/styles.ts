import {css} from 'lit';

/** The element's own look: every colour and size is a `--kyc-verify-*` custom property. */
export const styles = css`
  :host {
    display: block;
    color: var(--kyc-verify-color, inherit);
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    display: grid;
    gap: var(--kyc-verify-gap, 0.75rem);
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.6em 1.2em;
    border: 0;
    border-radius: var(--kyc-verify-radius, 0.5rem);
    background: var(--kyc-verify-accent, #1a56db);
    color: var(--kyc-verify-on-accent, #fff);
    cursor: pointer;
    justify-self: start;
  }
  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--kyc-verify-focus-ring, #1a56db);
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
    background: var(--kyc-verify-surface, #fff);
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
    color: var(--kyc-verify-link, var(--kyc-verify-accent, #1a56db));
  }
  button.secondary {
    background: transparent;
    color: var(--kyc-verify-accent, #1a56db);
    box-shadow: inset 0 0 0 2px currentColor;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='status'] {
    margin: 0;
    color: var(--kyc-verify-muted, #444);
  }
  h2 {
    margin: 0;
    font-size: var(--kyc-verify-heading-size, 1.25rem);
  }
  .end {
    display: grid;
    gap: 0.5rem;
  }
  .code {
    font-size: 0.875em;
    color: var(--kyc-verify-muted, #444);
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
