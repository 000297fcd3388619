import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from './helpers.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import meta, * as stories from '../stories/kyc-verify.stories.js';

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
  RightToLeft: 'idle',
  Themed: 'idle',
  CustomStartButton: 'idle',
};

type StoryExport = {args?: Record<string, unknown>; render?: (args: never) => unknown};

describe('Storybook stories reach their design state and pass the accessibility audit', () => {
  for (const [name, state] of Object.entries(EXPECTED)) {
    it(`${name} reaches "${state}" and passes the accessibility audit`, async () => {
      const story = (stories as unknown as Record<string, StoryExport>)[name];
      const args = {...meta.args, ...story.args};
      const render = (story.render ?? meta.render) as (args: unknown) => never;
      const wrapper = await fixture<HTMLElement>(html`<div>${render(args)}</div>`);
      const el = wrapper.querySelector('kyc-verify') as KycVerifyElement;
      await waitUntil(() => el.getAttribute('state') === state, `state stays ${el.getAttribute('state')}`, {timeout: 5000});
      await el.updateComplete;
      await expect(el).to.be.accessible();
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
});
