/**
 * SPEC §1 "Once per attempt": an attempt ends in exactly one `kyc-result`; every later signal for it
 * (a message after the result, the frame's redirect to the return URL, a forwarded return) is dropped.
 */
import {expect} from '@open-wc/testing';
import {jumio, smile} from './fixtures/providers/index.js';
import {RETURN_PAGE, broadcastReturnsDelivered, fetcherFrom, frameOf, html, jumioMessage, mount, nextProbe, returnUrlOf, simLink, type SimStep} from './helpers.js';

async function run(session: (href: string) => unknown, provider: 'jumio' | 'smile', script: SimStep[]) {
  const {fetcher} = fetcherFrom(async (request) => session(await simLink(provider, returnUrlOf(request), script)));
  const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
  el.start();
  return {el, log};
}

describe('SPEC §1 once per attempt: later signals for an ended attempt are dropped', () => {
  // The provider's redirect after its message is played by the test (as the return page forwards it):
  // a frame's message and its navigation to the return URL have no order a test could rely on.
  it('Smile Success, then Close::System, then the forwarded redirect: one kyc-result', async () => {
    const {el, log} = await run((href) => smile.session({href, refId: 'ref-1'}), 'smile', [{post: 'SmileIdentity::Success'}, {post: 'SmileIdentity::Close::System'}]);
    const result = await log.result();
    expect(result).to.include({provider: 'smile', status: 'completed', source: 'message'});
    // The flow is closed with the result: nothing more can come from it.
    expect(frameOf(el)).to.equal(null);
    const probe = `once-${result.attempt}`;
    const probed = nextProbe(probe);
    window.postMessage({type: 'kyc-verify/return', attempt: result.attempt, params: {status: 'cancelled', user_id: 'user-1'}}, location.origin);
    window.postMessage({probe}, location.origin);
    await probed;
    await broadcastReturnsDelivered([result.attempt, {status: 'cancelled', user_id: 'user-1'}]);
    expect(log.results).to.have.length(1);
    expect(el.state).to.equal('done');
  });

  it('a Jumio success message, then the forwarded redirect to the return URL: one kyc-result', async () => {
    const {el, log} = await run((href) => jumio.session({href, accountId: 'acc-1'}), 'jumio', [{post: jumioMessage('success')}]);
    const result = await log.result();
    expect(result).to.include({provider: 'jumio', status: 'completed', source: 'message'});
    expect(frameOf(el)).to.equal(null);
    await broadcastReturnsDelivered([result.attempt, {workflowExecutionId: 'wfe-ret', acquisitionStatus: 'ERROR', publicErrorCode: 'G000000'}]);
    expect(log.results).to.have.length(1);
    expect(el.state).to.equal('done');
  });
});
