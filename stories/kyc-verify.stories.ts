import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ref} from 'lit/directives/ref.js';
import '../src/define.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {SHIPPED_LANGUAGES} from '../src/strings.js';
import {scenarios, type ScenarioName} from './fixtures.js';

interface Args {
  scenario: ScenarioName;
  locale: string;
  autostart: boolean;
  action?: 'start' | 'cancel';
}

/** Renders the element with a scenario's fetcher; `action` drives it to a state once connected. */
export const renderKyc = ({scenario, locale, autostart, action}: Args) => {
  const drive = (el: KycVerifyElement | undefined) => {
    if (!el || !action || el.dataset.driven) return;
    el.dataset.driven = 'yes';
    queueMicrotask(() => {
      el.start();
      if (action === 'cancel') setTimeout(() => el.cancel(), 50);
    });
  };
  return html`<kyc-verify
    .fetcher=${scenarios[scenario]}
    locale=${locale}
    ?autostart=${autostart}
    ${ref((el) => drive(el as KycVerifyElement | undefined))}
  ></kyc-verify>`;
};


const meta: Meta<Args> = {
  title: 'kyc-verify',
  component: 'kyc-verify',
  render: renderKyc,
  args: {scenario: 'interactive', locale: 'en', autostart: false},
  argTypes: {
    scenario: {control: 'select', options: Object.keys(scenarios)},
    locale: {control: 'select', options: SHIPPED_LANGUAGES},
    action: {control: 'select', options: [undefined, 'start', 'cancel']},
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
