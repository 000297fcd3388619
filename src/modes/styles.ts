import {css} from 'lit';

/**
 * The styles of the modes in the engine chunk (the frame of the iframe and SDK modes): the attempt
 * controller adds them to the element's shadow root when the engine has loaded (src/styles.ts
 * `addStyles`), so the entry carries only what the start button and the loading state need. The QR
 * and popup views bring theirs in their own chunks (`Mode.styles`).
 */
export const modeStyles = css`
  .flow iframe {
    display: block;
    width: 100%;
    border: 0;
    border-radius: var(--kyc-verify-radius, 0.5rem);
    /* Providers ask for ~600-720px; never taller than the viewport. */
    height: min(var(--kyc-verify-frame-height, 720px), 100vh);
    background: var(--kyc-verify-frame-background, transparent);
  }
`;
