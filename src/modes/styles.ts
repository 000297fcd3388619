import {css} from 'lit';

/**
 * The modes' own styles (the iframe, the QR code and popup views), part of the engine chunk: the
 * attempt controller adds them to the element's shadow root when a flow mounts (src/styles.ts
 * `addStyles`), so the entry carries only what the start button and the loading state need.
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
`;
