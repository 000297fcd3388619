/**
 * SPEC §5: the element works under a strict Content-Security-Policy (`script-src 'self'`, no
 * 'unsafe-inline', no 'unsafe-eval') with `require-trusted-types-for 'script'`. The dev server serves
 * test/fixtures/csp.html with that policy as a real response header (web-test-runner.config.mjs).
 */
import {expect} from '@open-wc/testing';
import type {KycResult} from '../src/types.js';
import {nextMessage} from './helpers.js';

const FIXTURE = '/test/fixtures/csp.html';

interface Summary {
  type: 'csp-summary';
  failure?: string;
  rendered: {startButton: string; styled: boolean};
  results: KycResult[];
  endViews: string[];
  violations: string[];
  reported: string[];
  evalBlocked: boolean;
  inlineBlocked: boolean;
}

let frame: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('SPEC §5 works under a strict Content-Security-Policy with Trusted Types', () => {
  it('the fixture page is served with a strict policy and holds no inline script or style', async () => {
    const response = await fetch(FIXTURE, {cache: 'no-store'});
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.include("script-src 'self'");
    expect(policy).to.include("style-src 'self'");
    expect(policy).to.include("require-trusted-types-for 'script'");
    expect(policy).to.include('trusted-types lit-html');
    expect(policy).to.not.include('unsafe-inline');
    expect(policy).to.not.include('unsafe-eval');
    // Nothing the dev server serves into the page may be inline (it would be blocked, and hide a real problem).
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const inlineScripts = [...doc.querySelectorAll('script')].filter((script) => !script.hasAttribute('src'));
    expect(inlineScripts.map((script) => script.outerHTML)).to.deep.equal([]);
    expect(doc.querySelectorAll('style, [style]')).to.have.length(0);
  });

  it('renders, runs a message flow and a landing flow to completion, with zero CSP violations', async () => {
    const summary = nextMessage((event) => event.origin === location.origin && event.data?.type === 'csp-summary');
    frame = document.createElement('iframe');
    frame.src = FIXTURE;
    document.body.append(frame);
    const {data} = (await summary) as MessageEvent<Summary>;
    expect(data.failure, data.failure).to.equal(undefined);
    // The policy was really in force in that page.
    expect(data.evalBlocked, 'string-to-code is refused').to.equal(true);
    expect(data.inlineBlocked, 'inline script is refused').to.equal(true);
    // The element rendered with its styles.
    expect(data.rendered.startButton).to.equal('Verify your identity');
    expect(data.rendered.styled, 'its constructable styles apply').to.equal(true);
    // Both flows completed.
    expect(data.results.map((r) => [r.provider, r.status, r.source, r.reference])).to.deep.equal([
      ['jumio', 'completed', 'message', 'wfe-csp'],
      ['smile', 'completed', 'redirect', 'u-csp'],
    ]);
    expect(data.endViews).to.deep.equal(['Verification submitted', 'Verification submitted']);
    // And nothing was blocked on the way.
    expect(data.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(data.reported, 'csp-violation reports').to.deep.equal([]);
  });
});

describe('§5 CSP guidance: a frame-src without \'self\'', () => {
  it('the return URL blocked in the frame ends the attempt as `config`, naming frame-src and \'self\' (not a silent `active`)', async () => {
    const response = await fetch('/test/fixtures/csp-frame.html', {cache: 'no-store'});
    expect(response.headers.get('content-security-policy')).to.include('frame-src http://127.0.0.1:*').and.not.include("frame-src 'self'");
    const message = nextMessage((event) => event.origin === location.origin && event.data?.type === 'csp-frame-result');
    frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp-frame.html';
    document.body.append(frame);
    const {data} = (await message) as MessageEvent<{result: KycResult | 'timeout'; state: string; failure?: string; violations: string[]}>;
    expect(data.failure, data.failure).to.equal(undefined);
    expect(data.result, data.violations.join(', ')).to.not.equal('timeout');
    const result = data.result as KycResult;
    expect(result).to.include({status: 'error', code: 'config', retryable: false, source: 'element'});
    expect(result.message).to.contain('frame-src').and.contain("'self'");
    expect(data.state).to.equal('failed');
  });
});
