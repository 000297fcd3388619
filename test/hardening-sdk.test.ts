/**
 * SPEC §5 `allowed-origins` in `sdk` mode (issue 12 item 4): the SDK's frame origin comes from the
 * token (the `url` claim of a sandbox token, else Sumsub's default), and the allow list applies to it
 * as to a link.
 */
import {expect} from '@open-wc/testing';
import {sdkOriginAllowed} from '../src/modes/index.js';
import {sumsubSdkBaseUrl} from '../src/providers/sumsub-shared.js';
import {grid} from '../src/providers/grid.js';
import {sumsub} from '../src/providers/sumsub.js';
import {fetcherFrom, html, mount, sim, waitUntil} from './helpers.js';

const b64json = (value: unknown) => btoa(JSON.stringify(value));
const tokenFor = (claims: Record<string, unknown>) => `_act-sbx-jwt-${b64json({alg: 'HS256', typ: 'JWT'})}.${b64json(claims)}.c2ln`;

describe('SPEC §5 sdk mode: the SDK frame’s origin (unit)', () => {
  it('reads the base URL as @sumsub/websdk 2.9.0 does', () => {
    expect(sumsubSdkBaseUrl(tokenFor({url: 'https://api.sumsub.com'}))).to.equal('https://api.sumsub.com');
    expect(sumsubSdkBaseUrl(`_act-jwt-${b64json({})}.${b64json({url: 'https://eu.sumsub.com'})}.x`)).to.equal('https://eu.sumsub.com');
    expect(sumsubSdkBaseUrl(tokenFor({sub: 'no url claim'}))).to.equal('https://in.sumsub.com');
    expect(sumsubSdkBaseUrl('_act-opaque-token')).to.equal('https://in.sumsub.com');
    expect(sumsubSdkBaseUrl('_act-sbx-jwt-not.base64!.at-all')).to.equal('https://in.sumsub.com');
  });

  it('applies allowed-origins to it; no list allows any; Grid tokens are Sumsub tokens', () => {
    const evil = tokenFor({url: 'https://evil.example'});
    expect(sdkOriginAllowed(sumsub, evil, [])).to.equal(true);
    expect(sdkOriginAllowed(sumsub, evil, ['https://*.sumsub.com'])).to.equal(false);
    expect(sdkOriginAllowed(grid, evil, ['https://*.sumsub.com'])).to.equal(false);
    expect(sdkOriginAllowed(sumsub, tokenFor({}), ['https://*.sumsub.com'])).to.equal(true);
    expect(sdkOriginAllowed(sumsub, tokenFor({url: 'http://evil.example'}), ['http://evil.example'])).to.equal(false); // plain http off loopback
  });
});

describe('SPEC §5 sdk mode under allowed-origins (element)', () => {
  it('a token whose SDK origin is not allowed ends `unsafe-url` with no SDK frame and no kyc-ready', async () => {
    const {origin} = await sim();
    const {fetcher} = fetcherFrom(() => ({provider: 'sumsub', token: tokenFor({url: origin})}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="sdk" allowed-origins="https://*.sumsub.com"></kyc-verify>`);
    el.start();
    const result = await log.result(5000);
    expect(result).to.include({status: 'error', code: 'unsafe-url', retryable: false, source: 'element'});
    expect(log.ready).to.have.length(0);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('a token whose SDK origin is allowed mounts the SDK', async () => {
    const {origin} = await sim();
    const {fetcher} = fetcherFrom(() => ({provider: 'sumsub', token: tokenFor({url: origin})}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="sdk" allowed-origins=${origin}></kyc-verify>`);
    el.start();
    await waitUntil(() => el.shadowRoot!.querySelector('iframe'), 'no SDK frame', {timeout: 5000});
    expect(new URL(el.shadowRoot!.querySelector('iframe')!.src).origin).to.equal(origin);
    expect(log.results).to.have.length(0);
    el.cancel();
  });
});
