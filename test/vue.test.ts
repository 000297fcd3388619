/**
 * Vue 3 (SPEC §6, README "Frameworks"): a real Vue app compiles a template with `<kyc-verify>`, told
 * by `compilerOptions.isCustomElement` that it is a custom element, binds `:fetcher.prop` and
 * `:headers.prop`, listens with `@kyc-result`, and shows the result after a real click.
 */
import {createApp, type App, type GlobalComponents} from 'vue';
import {expect, waitUntil} from '@open-wc/testing';
import {resetMouse} from '@web/test-runner-commands';
import '../src/define.js';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {isKycVerifyTag, type KycVerifyVueProps} from '../src/vue.js';
import type {BackendRequest, KycResult} from '../src/types.js';
import {RETURN_PAGE, fetcherFrom, returnUrlOf, quiet, simLink} from './helpers.js';
import {clickStart} from './pointer.js';

// The shipped template typings: `<kyc-verify>` is a global component with typed props and listeners.
const typed: KycVerifyVueProps = {endpoint: '/api', mode: 'qr', onKycResult: (event) => void event.detail.status};
type KycVerifyInTemplates = GlobalComponents['kyc-verify'];
const _typingsAreShipped: KycVerifyInTemplates | undefined = undefined;

describe('Vue 3 with the README recipe', function () {
  // The first test of a cold run waits for the dev server to compile the element and its engine.
  this.timeout(20000);
  let app: App | undefined;
  let host: HTMLElement;

  afterEach(async () => {
    app?.unmount();
    app = undefined;
    host.remove();
    await resetMouse();
  });

  it('mounts <kyc-verify> in a Vue template, passes objects as properties and sees the result', async () => {
    const warnings: string[] = [];
    const {fetcher, calls} = fetcherFrom(async (request: BackendRequest) => ({
      url: await simLink('generic', returnUrlOf(request), [{redirect: {status: 'success'}}]),
    }));
    const headers = {'X-CSRF-Token': 'csrf-vue'};
    host = document.createElement('div');
    document.body.append(host);
    app = createApp({
      data: () => ({status: 'waiting', returnUrl: RETURN_PAGE, results: [] as KycResult[]}),
      methods: {
        fetcher,
        onResult(this: {status: string; results: KycResult[]}, event: CustomEvent<KycResult>) {
          this.results.push(event.detail);
          this.status = event.detail.status;
        },
      },
      computed: {headers: () => headers},
      template: `
        <kyc-verify mode="iframe" locale="fr" :return-url="returnUrl" :fetcher.prop="fetcher" :headers.prop="headers" @kyc-result="onResult"></kyc-verify>
        <p class="status">{{ status }}</p>`,
    });
    app.config.compilerOptions.isCustomElement = isKycVerifyTag;
    app.config.warnHandler = (message) => void warnings.push(message);
    app.mount(host);

    const el = host.querySelector('kyc-verify') as KycVerifyElement;
    expect(el.headers).to.deep.equal(headers);
    expect(typeof el.fetcher).to.equal('function');
    expect(el.returnUrl).to.equal(RETURN_PAGE);
    expect(el.locale).to.equal('fr');
    await el.updateComplete;
    await clickStart(el);
    await waitUntil(() => calls.length > 0, `no backend request after the click (state ${el.state})`, {timeout: 5000});
    await waitUntil(() => host.querySelector('.status')?.textContent === 'completed', 'Vue did not show the result', {timeout: 12000}).catch((error) => {
      throw new Error(`${error.message}: state ${el.state}, status "${host.querySelector('.status')?.textContent}", shadow ${el.shadowRoot?.textContent}`);
    });
    await quiet(el);
    expect(calls.map((call) => call.purpose)).to.deep.equal(['session']);
    expect(calls[0].headers['X-CSRF-Token']).to.equal('csrf-vue');
    expect(warnings).to.deep.equal([]);
    expect(typed.mode).to.equal('qr');
    expect(_typingsAreShipped).to.equal(undefined);
  });
});
