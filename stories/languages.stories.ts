import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {SHIPPED_LANGUAGES, directionOf} from '../src/strings.js';
import type {ScenarioName} from './fixtures.js';
import {renderKyc} from './render.js';

interface Args {
  scenario: ScenarioName;
  action?: 'start' | 'cancel';
}

/**
 * Every shipped language side by side, in one state: for reviewing translations and the right-to-left
 * layout at a glance. Pick the state with the controls.
 */
const meta: Meta<Args> = {
  title: 'kyc-verify/Languages',
  args: {scenario: 'interactive'},
  argTypes: {
    scenario: {control: 'select', options: ['interactive', 'pending', 'backendDown', 'expired', 'noCamera', 'completed']},
    action: {control: 'select', options: [undefined, 'start', 'cancel']},
  },
  render: ({scenario, action}) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1.5rem">
    ${SHIPPED_LANGUAGES.map(
      (locale) => html`<section>
        <h3 style="margin: 0 0 0.5rem; font: 600 0.875rem system-ui">${locale} (${directionOf(locale)})</h3>
        ${renderKyc({scenario, locale, autostart: false, action})}
      </section>`,
    )}
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The start button in every language. */
export const StartButton: Story = {};

/** The end view after a cancel ("Try again") in every language. */
export const Cancelled: Story = {args: {scenario: 'pending', action: 'cancel'}};

/** A retryable error in every language. */
export const RetryableError: Story = {args: {scenario: 'backendDown', action: 'start'}};
