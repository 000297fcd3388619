/**
 * Issue 12 item 7, the smaller holes: overlong session URLs, unknown status words on a generic return,
 * and cancel requests for attempts that never reached the backend.
 */
import {expect} from '@open-wc/testing';
import {broadcastReturn, fetcherFrom, frameOf, html, mount, waitUntil} from './helpers.js';

describe('SPEC §5 session URLs: longer than a browser loads', () => {
  it('a link over 2 MB ends as `invalid-response` (not retryable) with no frame and no kyc-ready', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: `https://verify.example/flow?x=${'a'.repeat(2 * 1024 * 1024)}`}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe"></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(result).to.include({status: 'error', code: 'invalid-response', retryable: false, source: 'element'});
    expect(log.ready).to.have.length(0);
    expect(frameOf(el)).to.equal(null);
    expect(el.state).to.equal('failed');
  });

  it('a hand-off link over 2 MB is refused the same way', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow', handoffUrl: `${location.origin}/h?x=${'a'.repeat(2 * 1024 * 1024)}`}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="qr"></kyc-verify>`);
    el.start();
    expect(await log.result()).to.include({status: 'error', code: 'invalid-response'});
  });
});

describe('SPEC §4 generic returns: an unknown status word is not success', () => {
  for (const word of ['<img src=x onerror=alert(1)>', 'weird', 'SUCCESSFULLY-NOT', '__proto__', 'constructor']) {
    it(`status=${word} ends as \`unrecognized-return\`, not completed`, async () => {
      const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow'}));
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe"></kyc-verify>`);
      el.start();
      await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 5000});
      broadcastReturn(log.starts[0].attempt, {status: word});
      const result = await log.result();
      expect(result).to.include({status: 'error', code: 'unrecognized-return', retryable: false, source: 'redirect'});
      expect(result.params).to.deep.equal({status: word});
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  }

  it('no status at all still means the user reached the return URL: completed', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe"></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 5000});
    broadcastReturn(log.starts[0].attempt, {});
    expect(await log.result()).to.include({status: 'completed', source: 'redirect'});
  });
});

describe('SPEC §1 restart(): the backend hears of every attempt it was asked for', () => {
  it('the session request leaves within start() itself (before the engine chunk is awaited); restart() at once cancels it at the backend, and the new attempt asks once', async () => {
    const {fetcher, calls} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe"></kyc-verify>`);
    el.start();
    expect(calls.map((c) => c.purpose), 'sent in the same task as the click').to.deep.equal(['session']);
    el.restart();
    await waitUntil(() => log.ready.length === 1, 'the second attempt did not start');
    expect(log.starts).to.have.length(2);
    expect(log.results.map((r) => r.code)).to.deep.equal(['restarted']);
    expect(calls.map((c) => c.purpose)).to.deep.equal(['session', 'cancel', 'session']);
    expect(calls[1].body).to.deep.equal({purpose: 'cancel', attempt: log.starts[0].attempt});
    expect(calls[2].body?.attempt).to.equal(log.starts[1].attempt);
  });

  it('restart() after the session request left does send `cancel` for the first attempt', async () => {
    const {fetcher, calls} = fetcherFrom(() => ({provider: 'generic', url: 'https://verify.example/flow'}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} mode="iframe"></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 5000});
    el.restart();
    await waitUntil(() => calls.some((c) => c.purpose === 'cancel'), 'no cancel request');
    const cancel = calls.find((c) => c.purpose === 'cancel')!;
    expect(cancel.body).to.deep.equal({purpose: 'cancel', attempt: log.starts[0].attempt});
  });
});
