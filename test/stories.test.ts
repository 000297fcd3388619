import {expect, fixture, html} from '@open-wc/testing';
import {decodeQr} from './qr-decode.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import meta, * as stories from '../stories/kyc-verify.stories.js';
import themingMeta, * as themingStories from '../stories/theming.stories.js';
import reactMeta, * as reactStories from '../stories/react.stories.js';
import {styles} from '../src/styles.js';
import {modeStyles} from '../src/modes/styles.js';
import {qrStyles} from '../src/modes/qr-styles.js';
import type {Args} from '../stories/render.js';
import {sim, waitUntil} from './helpers.js';

// The stories are the fixtures: every story renders, reaches its state, and passes the axe audit.
(globalThis as {KYC_SIM_BASE?: string}).KYC_SIM_BASE = '/demo/sim/';

const EXPECTED: Record<string, string> = {
  Idle: 'idle',
  Loading: 'loading',
  Flow: 'active',
  Completed: 'done',
  BackendError: 'failed',
  UnsafeLink: 'failed',
  Expired: 'failed',
  NoCamera: 'failed',
  Cancelled: 'failed',
  Qr: 'active',
  QrApproved: 'done',
  Sdk: 'active',
  SdkSubmitted: 'done',
  PopupWaiting: 'active',
  PopupBlocked: 'active',
  PopupClosed: 'active',
  Dark: 'idle',
  DarkError: 'failed',
  RightToLeft: 'idle',
  Themed: 'idle',
  CustomStartButton: 'idle',
};

/**
 * Stories whose axe audit waits for another change: the element's muted text has no dark default yet
 * (issue 11 item 4), so the error view on a dark page fails colour contrast. Listed, not hidden.
 */
const AUDIT_PENDING = new Set<string>([]);

type StoryExport = {args?: Record<string, unknown>; render?: (args: never) => unknown};
const storyOf = (name: string) => (stories as unknown as Record<string, StoryExport>)[name];

/** Renders a story as Storybook would: its args over the meta's, its render or the meta's. */
async function renderStory(name: string) {
  const story = storyOf(name);
  const args = {...meta.args, ...story.args};
  const render = (story.render ?? meta.render) as (args: unknown) => never;
  const wrapper = await fixture<HTMLElement>(html`<div>${render(args)}</div>`);
  return wrapper.querySelector('kyc-verify') as KycVerifyElement;
}

async function reach(el: KycVerifyElement, state: string, timeout = 5000) {
  await waitUntil(() => el.getAttribute('state') === state, `state stays ${el.getAttribute('state')}`, {timeout});
  await el.updateComplete;
}

const part = (el: KycVerifyElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);


describe('Storybook stories (design states)', function () {
  // QrApproved waits for two status polls (about 2 s apart).
  this.timeout(15000);

  before(async () => {
    // @sumsub/websdk loads `<token url>/websdk/websdk.html`: the provider sim serves it.
    (globalThis as {KYC_SDK_BASE?: string}).KYC_SDK_BASE = (await sim()).origin;
  });

  it('every story of the stories file is listed here (a new story gets a state to reach)', () => {
    const excluded = (meta as {excludeStories?: string[]}).excludeStories ?? [];
    const names = Object.keys(stories).filter((name) => name !== 'default' && !excluded.includes(name));
    expect(names.sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [name, state] of Object.entries(EXPECTED)) {
    const audit = !AUDIT_PENDING.has(name);
    it(`${name} reaches "${state}"${audit ? ' and passes the accessibility audit' : ''}`, async () => {
      const el = await renderStory(name);
      await reach(el, state, 10000);
      if (audit) await expect(el).to.be.accessible();
    });
  }

  it('RightToLeft renders Arabic text right to left', async () => {
    const el = await fixture<KycVerifyElement>(meta.render!({...meta.args, ...stories.RightToLeft.args} as never, {} as never) as never);
    // The Arabic catalog is a chunk of its own: the element renders again once it is in.
    await el.texts();
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[part~="start-button"]')!.textContent!.trim()).to.equal('تحقق من هويتك');
  });

  it('NoCamera offers to continue on a phone', async () => {
    const el = await fixture<KycVerifyElement>(meta.render!({...meta.args, ...stories.NoCamera.args} as never, {} as never) as never);
    await waitUntil(() => el.state === 'failed', 'no failure', {timeout: 5000});
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="phone-button"]')).to.exist;
  });

  it('Qr draws a code of the hand-off link, not the provider link', async () => {
    const el = await renderStory('Qr');
    await reach(el, 'active');
    await waitUntil(() => part(el, 'qr-code'), 'no QR code drawn', {timeout: 5000});
    const text = await decodeQr(el);
    expect(text).to.be.a('string');
    expect(text).to.match(/provider\.html\?provider=jumio$/);
    expect(text).to.not.include('return=');
  });

  it('Sdk mounts @sumsub/websdk with the simulated WebSDK page', async () => {
    const el = await renderStory('Sdk');
    await reach(el, 'active');
    // The SDK's own chunk loads once the mode is active, then the SDK adds its frame.
    await waitUntil(() => el.shadowRoot!.querySelector('iframe') ?? el.querySelector('iframe'), 'no SDK frame', {timeout: 5000});
    const frame = el.shadowRoot!.querySelector('iframe') ?? el.querySelector('iframe');
    expect(new URL(frame!.src).pathname).to.equal('/websdk/websdk.html');
  });

  it('PopupWaiting, PopupBlocked and PopupClosed show their popup views, and leave window.open alone', async () => {
    const open = window.open;
    const views: Record<string, string> = {PopupWaiting: 'status', PopupBlocked: 'open-button', PopupClosed: 'reopen-button'};
    for (const [name, view] of Object.entries(views)) {
      const el = await renderStory(name);
      await reach(el, 'active');
      await waitUntil(() => part(el, view), `${name}: no [part~="${view}"]`, {timeout: 5000});
      if (name === 'PopupWaiting') expect(part(el, 'open-button')).to.equal(null);
      expect(window.open, `${name} left window.open replaced`).to.equal(open);
      el.remove();
    }
  });

  it('Dark puts color-scheme: dark on the element, on a dark page', async () => {
    const el = await renderStory('Dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(el.closest('.dark-page')!).backgroundColor).to.equal('rgb(18, 18, 18)');
  });
});

/** The README's tables, by the first cell of their header row: rows of cells. */
async function readmeTables(): Promise<Map<string, string[][]>> {
  const text = await (await fetch(new URL('/README.md', location.href))).text();
  const tables = new Map<string, string[][]>();
  let rows: string[][] | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      rows = undefined;
      continue;
    }
    const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((cell) => cell.trim());
    if (!rows) tables.set(cells[0], (rows = []));
    else if (!/^-+$/.test(cells[0])) rows.push(cells);
  }
  return tables;
}

/** The names in a README table's first column (`--kyc-verify-accent`, `start-button`). */
async function documented(header: string): Promise<Array<{name: string; row: string[]}>> {
  const rows = (await readmeTables()).get(header);
  expect(rows, `README has no table headed "${header}"`).to.exist;
  return rows!.map((row) => ({name: /^`([^`]+)`$/.exec(row[0])?.[1] ?? row[0], row}));
}

const controlOf = (argType: unknown) => {
  const control = (argType as {control?: unknown} | undefined)?.control;
  return typeof control === 'string' ? control : (control as {type?: string} | undefined)?.type;
};

describe('Theming story: every documented custom property and part is a control', () => {
  const argTypes = themingMeta.argTypes as Record<string, unknown>;
  const included = (themingMeta.parameters as {controls: {include: string[]}}).controls.include;

  it('README\'s custom properties are each a control: a colour picker for colours, text for the rest (and nothing else)', async () => {
    const properties = await documented('Custom property');
    expect(properties.length).to.be.greaterThan(15);
    for (const {name, row} of properties) {
      expect(name).to.match(/^--kyc-verify-[a-z-]+$/);
      const control = controlOf(argTypes[name]);
      expect(included, `${name} is not shown in the controls`).to.include(name);
      const colour = /#[0-9a-f]{3}|light-dark|color-mix|Canvas/i.test(row[1]) || /colou?r|background/i.test(row[2]);
      expect(control, name).to.equal(colour ? 'color' : 'text');
    }
    const controls = Object.keys(argTypes).filter((name) => name.startsWith('--'));
    expect(controls.sort(), 'controls for properties the README does not document').to.deep.equal(properties.map((p) => p.name).sort());
  });

  it('README documents every --kyc-verify-* property the element’s styles read', async () => {
    const names = new Set((await documented('Custom property')).map((p) => p.name));
    const {endViewStyles} = await import('../src/end-view.js');
    const used = new Set([...`${styles.cssText}${endViewStyles.cssText}${modeStyles.cssText}${qrStyles.cssText}`.matchAll(/var\((--kyc-verify-[a-z-]+)/g)].map((m) => m[1]));
    expect([...used].filter((name) => !names.has(name)), 'used but not in the README').to.deep.equal([]);
  });

  it('README\'s parts each have a kyc-verify::part() rule in the CSS control (and nothing else)', async () => {
    const parts = (await documented('Part')).map((p) => p.name);
    expect(parts).to.include.members(['start-button', 'qr-link', 'qr-copy-button', 'heading']);
    const css = String((themingMeta.args as {css: string}).css);
    expect(controlOf(argTypes.css)).to.equal('text');
    expect(included).to.include('css');
    const ruled = [...css.matchAll(/kyc-verify::part\(([a-z-]+)\)/g)].map((m) => m[1]);
    expect(ruled.sort()).to.deep.equal([...parts].sort());
  });

  it('Playground applies the controls to its own element only, and passes the accessibility audit', async () => {
    const args = {
      ...themingMeta.args,
      ...themingStories.Playground.args,
      '--kyc-verify-accent': '#0f5132',
      '--kyc-verify-radius': '999px',
      css: 'kyc-verify::part(qr-copy-button) { letter-spacing: 3px; }',
    };
    const wrapper = await fixture<HTMLElement>(html`<div>${(themingMeta.render as (a: unknown) => unknown)(args)}</div><kyc-verify></kyc-verify>`);
    const el = wrapper.querySelector('kyc-verify') as KycVerifyElement;
    await reach(el, 'active');
    const button = await waitUntilPart(el, 'qr-copy-button');
    expect(getComputedStyle(button).letterSpacing).to.equal('3px');
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('999px');
    expect(getComputedStyle(el).getPropertyValue('--kyc-verify-accent').trim()).to.equal('#0f5132');
    // The rule is scoped to the story's wrapper: another element on the page keeps its default.
    const other = wrapper.parentElement!.querySelector('kyc-verify:not(.kyc-theming kyc-verify)') as KycVerifyElement;
    await other.updateComplete;
    expect(getComputedStyle(part(other, 'start-button')!).letterSpacing).to.equal('normal');
    await expect(el).to.be.accessible();
    el.cancel();
  });
});

async function waitUntilPart(el: KycVerifyElement, name: string) {
  await waitUntil(() => part(el, name), `no [part~="${name}"]`, {timeout: 5000});
  return part(el, name)!;
}

describe('React story: <KycVerify> beside the element', function () {
  this.timeout(20000);

  it('renders the React component and the element into one node per canvas, keeps it on new args, unmounts on teardown', async () => {
    const canvas = await fixture<HTMLElement>(html`<div></div>`);
    const context = {canvasElement: canvas} as never;
    const args = {...reactMeta.args, ...reactStories.BesideTheElement.args} as Args;
    const node = (reactMeta.render as unknown as (a: Args, c: never) => HTMLElement)(args, context);
    canvas.append(node);
    const [fromReact, plain] = [...node.querySelectorAll('kyc-verify')] as KycVerifyElement[];
    expect(fromReact.closest('.react-root')).to.exist;
    expect(plain.closest('.plain-root')).to.exist;
    await reach(fromReact, 'done', 10000);
    await reach(plain, 'done', 10000);
    const events = () => [...node.querySelectorAll('.react-events li')].map((li) => li.textContent!);
    await waitUntil(() => events().some((line) => line === 'kyc-result: completed'), `events: ${events().join(', ')}`);
    expect(events()[0]).to.match(/^kyc-start/);
    await expect(node).to.be.accessible();

    // New args (a control changed): the same node comes back, with a fresh element on each side.
    const again = (reactMeta.render as unknown as (a: Args, c: never) => HTMLElement)({...args, scenario: 'pending'}, context);
    expect(again).to.equal(node);
    const [react2, plain2] = [...node.querySelectorAll('kyc-verify')] as KycVerifyElement[];
    expect(react2).to.not.equal(fromReact);
    expect(plain2).to.not.equal(plain);
    await reach(react2, 'loading');

    // Teardown (another story, a docs page closing): Storybook runs beforeEach's cleanup.
    const cleanup = (await (reactMeta.beforeEach as (c: never) => unknown)(context)) as () => void;
    cleanup();
    expect(node.querySelector('kyc-verify')).to.equal(null);
    // A story rendered after that gets a fresh node and root.
    const fresh = (reactMeta.render as unknown as (a: Args, c: never) => HTMLElement)(args, context);
    expect(fresh).to.not.equal(node);
    canvas.replaceChildren(fresh);
    expect(fresh.querySelectorAll('kyc-verify')).to.have.length(2);
    cleanup();
    expect(fresh.querySelector('kyc-verify')).to.equal(null);
  });
});
