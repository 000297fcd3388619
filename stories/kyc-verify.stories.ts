import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {MODES} from '../src/types.js';
import {SHIPPED_LANGUAGES} from '../src/strings.js';
import {scenarios} from './fixtures.js';
import {renderKyc, type Args} from './render.js';

// Other modules (test/a11y.test.ts) import the helper from here; `excludeStories` keeps it out of the
// sidebar (a named export of a stories file is a story unless excluded).
export {renderKyc};

const meta: Meta<Args> = {
  title: 'kyc-verify',
  component: 'kyc-verify',
  excludeStories: ['renderKyc'],
  render: renderKyc,
  args: {scenario: 'interactive', locale: 'en', autostart: false},
  argTypes: {
    scenario: {control: 'select', options: Object.keys(scenarios)},
    locale: {control: 'select', options: SHIPPED_LANGUAGES},
    mode: {control: 'select', options: [undefined, ...MODES]},
    action: {control: 'select', options: [undefined, 'start', 'cancel']},
    popup: {control: 'select', options: [undefined, 'waiting', 'blocked', 'closed']},
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The start button, before anything happens. Click it to run the simulated Jumio flow. */
export const Idle: Story = {};

/** Waiting for the backend's answer. */
export const Loading: Story = {args: {scenario: 'pending', action: 'start'}};

/** The simulated provider flow in the iframe: pick an outcome inside it. */
export const Flow: Story = {args: {scenario: 'interactive', action: 'start'}};

/** The user finished the flow: the done view. */
export const Completed: Story = {args: {scenario: 'completed', action: 'start'}};

/** A retryable backend error: the error view with "Try again". */
export const BackendError: Story = {args: {scenario: 'backendDown', action: 'start'}};

/** A link the element refuses (`unsafe-url`): nothing is rendered, no retry. */
export const UnsafeLink: Story = {args: {scenario: 'unsafeLink', action: 'start'}};

/** The provider's session expired. */
export const Expired: Story = {args: {scenario: 'expired', action: 'start'}};

/** No camera here: the error view offers to continue on a phone. */
export const NoCamera: Story = {args: {scenario: 'noCamera', action: 'start'}};

/** Cancelled by the page (`cancel()`): focus returns to "Try again". */
export const Cancelled: Story = {args: {scenario: 'pending', action: 'cancel'}};

/**
 * QR mode: a code for the user's phone. It encodes the host's short hand-off link (`handoffUrl`), not
 * the provider's link; the story's fetcher plays the status endpoint, which keeps answering `pending`.
 */
export const Qr: Story = {args: {scenario: 'qr', mode: 'qr', action: 'start'}};

/** QR mode: the phone opened the link (`started`), then the status endpoint reports `approved`. */
export const QrApproved: Story = {args: {scenario: 'qrApproved', mode: 'qr', action: 'start'}};

/**
 * A Sumsub access token in `@sumsub/websdk` (SDK mode), against the simulated WebSDK page from
 * demo/sim: pick what the applicant does inside it.
 */
export const Sdk: Story = {args: {scenario: 'sdk', mode: 'sdk', action: 'start'}};

/** SDK mode: the simulated applicant submits by themselves, `completed`. */
export const SdkSubmitted: Story = {args: {scenario: 'sdkSubmitted', mode: 'sdk', action: 'start'}};

/**
 * Popup mode, waiting for the flow in its own window. The story's `window.open` hands the element a
 * stand-in window; click Start in the Idle story with mode `popup` for a real one.
 */
export const PopupWaiting: Story = {args: {scenario: 'interactive', mode: 'popup', action: 'start', popup: 'waiting'}};

/** Popup mode when the browser blocks the window (`window.open` returns `null`): a button opens it. */
export const PopupBlocked: Story = {args: {scenario: 'interactive', mode: 'popup', action: 'start', popup: 'blocked'}};

/** Popup mode after the user closed the window without finishing: Reopen or Cancel. */
export const PopupClosed: Story = {args: {scenario: 'interactive', mode: 'popup', action: 'start', popup: 'closed'}};

/**
 * On a dark page: the host sets `color-scheme: dark` on the element and a dark background and text
 * colour around it, and nothing else (no custom properties): the element's own defaults.
 */
export const Dark: Story = {
  render: (args) => html`<style>
      .dark-page {
        background: #121212;
        color: #e8eaed;
        padding: 1.5rem;
        min-height: 14rem;
      }
      .dark-page kyc-verify {
        color-scheme: dark;
      }
    </style>
    <div class="dark-page">${renderKyc(args)}</div>`,
};

/** The error view on a dark page (a retryable backend error), with the element's defaults. */
export const DarkError: Story = {...Dark, args: {scenario: 'backendDown', action: 'start'}};

/** Right-to-left: Arabic strings, mirrored layout. */
export const RightToLeft: Story = {args: {locale: 'ar'}};

/** Themed with custom properties and `::part()`. */
export const Themed: Story = {
  render: (args) => html`<style>
      .themed {
        --kyc-verify-accent: #0f5132;
        --kyc-verify-radius: 999px;
        --kyc-verify-frame-height: 560px;
      }
      .themed::part(start-button) {
        font-weight: 600;
        letter-spacing: 0.02em;
      }
    </style>
    <div class="themed">${renderKyc(args)}</div>`,
};

/** The start button replaced through the `start` slot. */
export const CustomStartButton: Story = {
  render: (args) => html`<kyc-verify .fetcher=${scenarios[args.scenario]}>
    <button slot="start" type="button">Check my ID</button>
  </kyc-verify>`,
};
