import {expect, fixture, html} from '@open-wc/testing';
import {decodeQr} from './qr-decode.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import meta, * as stories from '../stories/kyc-verify.stories.js';
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
