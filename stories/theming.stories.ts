import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {SHIPPED_LANGUAGES} from '../src/strings.js';
import {MODES} from '../src/types.js';
import {scenarios} from './fixtures.js';
import {renderKyc, type Args as KycArgs} from './render.js';

/**
 * The README's theming tables as controls: every `--kyc-verify-*` custom property (a colour picker for
 * colours, text for the rest) and a CSS box for `kyc-verify::part(…)` rules. test/stories.test.ts reads
 * the README's tables and fails when a property or a part is missing here, so the two cannot drift.
 */
const COLOR_PROPERTIES = [
  '--kyc-verify-accent',
  '--kyc-verify-on-accent',
  '--kyc-verify-color',
  '--kyc-verify-muted',
  '--kyc-verify-link',
  '--kyc-verify-focus-ring',
  '--kyc-verify-surface',
  '--kyc-verify-surface-color',
  '--kyc-verify-success',
  '--kyc-verify-error',
  '--kyc-verify-warning',
  '--kyc-verify-frame-background',
] as const;

const TEXT_PROPERTIES = [
  '--kyc-verify-font',
  '--kyc-verify-end-padding',
  '--kyc-verify-radius',
  '--kyc-verify-gap',
  '--kyc-verify-frame-height',
  '--kyc-verify-heading-size',
  '--kyc-verify-qr-size',
] as const;

const PARTS = [
  'start-button',
  'flow',
  'frame',
  'status',
  'qr',
  'qr-code',
  'qr-link',
  'qr-copy-button',
  'open-here',
  'open-button',
  'reopen-button',
  'cancel-button',
  'end',
  'icon',
  'heading',
  'body',
  'actions',
  'retry-button',
  'phone-button',
  'code',
];

type Property = (typeof COLOR_PROPERTIES)[number] | (typeof TEXT_PROPERTIES)[number];
const PROPERTIES: readonly Property[] = [...COLOR_PROPERTIES, ...TEXT_PROPERTIES];

type Args = KycArgs & Partial<Record<Property, string>> & {
  /** The host page around the element. */
  page: 'light' | 'dark';
  /** Rules for the element's parts, applied around this story only. */
  css: string;
};

const PAGES = {
  light: {background: '#fff', color: '#1b1b1b'},
  dark: {background: '#121212', color: '#e8eaed', 'color-scheme': 'dark'},
};

/** Every part, as an empty rule to fill in. */
const PART_RULES = `/* Applied around this story only. */\n${PARTS.map((part) => `kyc-verify::part(${part}) {}`).join('\n')}\n`;

/**
 * The CSS box's rules, nested in the story's wrapper so they style this story's element only (not the
 * other stories of a docs page). A `<style>` node, not a binding inside `<style>` (Lit refuses those).
 */
function scopedStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = `.kyc-theming {\n${css}\n}`;
  return style;
}

const meta: Meta<Args> = {
  title: 'kyc-verify/Theming',
  component: 'kyc-verify',
  args: {scenario: 'qr', mode: 'qr', action: 'start', locale: 'en', autostart: false, page: 'light', css: PART_RULES},
  argTypes: {
    scenario: {control: 'select', options: Object.keys(scenarios)},
    mode: {control: 'select', options: [undefined, ...MODES]},
    action: {control: 'select', options: [undefined, 'start', 'cancel']},
    locale: {control: 'select', options: SHIPPED_LANGUAGES},
    page: {control: 'inline-radio', options: ['light', 'dark']},
    css: {control: 'text', description: 'Rules for `kyc-verify::part(…)` (every part is listed), applied around this story only.'},
    ...Object.fromEntries(COLOR_PROPERTIES.map((name) => [name, {control: 'color', table: {category: 'css custom properties'}}])),
    ...Object.fromEntries(TEXT_PROPERTIES.map((name) => [name, {control: 'text', table: {category: 'css custom properties'}}])),
  },
  parameters: {
    // Only what this story reads: the element's attributes and events have their own stories.
    controls: {include: ['scenario', 'mode', 'action', 'locale', 'page', 'css', ...PROPERTIES]},
  },
  render: (args) => {
    const properties = Object.fromEntries(PROPERTIES.filter((name) => args[name]).map((name) => [name, args[name]!]));
    return html`${scopedStyle(args.css ?? '')}
      <div class="kyc-theming" style=${styleMap({...PAGES[args.page], padding: '1.5rem', ...properties})}>${renderKyc(args)}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Every custom property and part of the element, as controls. Pick a state with `scenario` and
 * `action` (the QR view by default); unset properties keep the element's defaults.
 */
export const Playground: Story = {};
