import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {render as litRender} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {createElement, useState} from 'react';
import {flushSync} from 'react-dom';
import {createRoot, type Root} from 'react-dom/client';
import {KycVerify} from '../src/react.js';
import {SHIPPED_LANGUAGES} from '../src/strings.js';
import type {KycProgressDetail, KycReadyDetail, KycResult, KycStartDetail} from '../src/types.js';
import {MODES} from '../src/types.js';
import {scenarios} from './fixtures.js';
import {driveOnce, renderKyc, type Args} from './render.js';

/**
 * `kyc-verify/react` in Storybook's web-components renderer: a story may return a DOM node, and the
 * renderer leaves the canvas alone when the same node comes back (`canvasElement.firstChild === node`).
 * So each canvas keeps one node and one React root: a change of args renders into the same root, and
 * the root is unmounted when the story goes away (`beforeEach`'s cleanup runs on teardown: another
 * story, a docs page closing) or when its node was thrown out.
 */
interface Mounted {
  node: HTMLElement;
  root: Root;
  /** Where the plain element renders, beside the React one. */
  plain: HTMLElement;
}
const mounted = new WeakMap<HTMLElement, Mounted>();

function unmount(canvas: HTMLElement): void {
  const current = mounted.get(canvas);
  if (!current) return;
  mounted.delete(canvas);
  current.root.unmount();
  litRender(null, current.plain);
}

function mountIn(canvas: HTMLElement): Mounted {
  const current = mounted.get(canvas);
  if (current && current.node.parentNode === canvas) return current;
  unmount(canvas);
  const node = document.createElement('div');
  node.className = 'react-beside-element';
  node.style.cssText = 'display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 2rem; align-items: start';
  node.innerHTML = `<section><h3 style="margin: 0 0 0.75rem; font: 600 0.875rem system-ui">React: &lt;KycVerify&gt; (kyc-verify/react)</h3><div class="react-root"></div></section>
    <section><h3 style="margin: 0 0 0.75rem; font: 600 0.875rem system-ui">Element: &lt;kyc-verify&gt;</h3><div class="plain-root"></div></section>`;
  const next = {node, root: createRoot(node.querySelector<HTMLElement>('.react-root')!), plain: node.querySelector<HTMLElement>('.plain-root')!};
  mounted.set(canvas, next);
  return next;
}

/** What the React side listens to: the typed `onKyc…` props, each event written to a list. */
function ReactSide({args}: {args: Args}) {
  const [events, setEvents] = useState<string[]>([]);
  const add = (line: string) => setEvents((list) => [...list, line]);
  return createElement(
    'div',
    {style: {display: 'grid', gap: '0.75rem'}},
    createElement(KycVerify, {
      fetcher: scenarios[args.scenario],
      locale: args.locale,
      mode: args.mode ?? 'auto',
      autostart: args.autostart,
      ref: (el) => driveOnce(el, args),
      onKycStart: (event: CustomEvent<KycStartDetail>) => add(`kyc-start (attempt ${event.detail.attempt.slice(0, 8)}…)`),
      onKycReady: (event: CustomEvent<KycReadyDetail>) => add(`kyc-ready: ${event.detail.provider}, ${event.detail.mode}`),
      onKycProgress: (event: CustomEvent<KycProgressDetail>) => add(`kyc-progress: ${event.detail.step}`),
      onKycResult: (event: CustomEvent<KycResult>) => add(`kyc-result: ${event.detail.status}${event.detail.code ? ` (${event.detail.code})` : ''}`),
    }),
    createElement(
      'ol',
      {className: 'react-events', 'aria-label': 'Events from onKyc… props', style: {margin: 0, font: '0.8125rem ui-monospace, monospace'}},
      events.map((line, i) => createElement('li', {key: i}, line)),
    ),
  );
}

/** Renders both sides into the canvas's one node; new args give both a fresh element (and attempt). */
export function renderReactBesideElement(args: Args, context: Pick<StoryContext, 'canvasElement'>): HTMLElement {
  const {node, root, plain} = mountIn(context.canvasElement);
  const key = JSON.stringify(args);
  // Synchronously, so the element is in the DOM when the renderer (or a test) looks.
  flushSync(() => root.render(createElement(ReactSide, {key, args})));
  litRender(keyed(key, renderKyc(args)), plain);
  return node;
}

const meta: Meta<Args> = {
  title: 'kyc-verify/React',
  excludeStories: ['renderReactBesideElement'],
  args: {scenario: 'completed', locale: 'en', autostart: false, action: 'start'},
  argTypes: {
    scenario: {control: 'select', options: Object.keys(scenarios)},
    locale: {control: 'select', options: SHIPPED_LANGUAGES},
    mode: {control: 'select', options: [undefined, ...MODES]},
    action: {control: 'select', options: [undefined, 'start', 'cancel']},
  },
  render: (args, context) => renderReactBesideElement(args, context),
  beforeEach: (context) => () => unmount(context.canvasElement),
  parameters: {
    docs: {
      description: {
        component: `\`kyc-verify/react\` wraps the element with \`@lit/react\`: every property is a typed prop (objects and
functions too: \`fetcher\`, \`headers\`, \`body\`, \`strings\`), the events are \`onKycStart\`, \`onKycReady\`,
\`onKycProgress\` and \`onKycResult\` with a typed \`event.detail\`, and \`ref\` is the element (\`start()\`,
\`cancel()\`). On the left the React component, on the right the plain element, with the same fetcher.

\`\`\`tsx
import {KycVerify} from 'kyc-verify/react';

<KycVerify endpoint="/api/kyc/session" headers={{'X-CSRF-Token': csrf}} onKycResult={(e) => show(e.detail.status)} />
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The simulated flow finishes by itself: both sides reach the done view; the React side lists its events. */
export const BesideTheElement: Story = {};

/** The QR view, from React and from the element. */
export const Qr: Story = {args: {scenario: 'qr', mode: 'qr'}};
