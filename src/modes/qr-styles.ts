import {css} from 'lit';

/** The QR view's styles (src/modes/qr.ts), in its chunk: adopted when the mode mounts (`Mode.styles`). */
export const qrStyles = css`
  .qr {
    display: grid;
    gap: var(--kyc-verify-gap, 0.75rem);
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
`;
