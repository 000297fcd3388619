import {expect} from '@open-wc/testing';
import {RETURN_PAGE, fetcherFrom, html, mount, returnUrlOf, simLink, frameOf} from './helpers.js';

describe('smoke', () => {
  it('runs a Jumio flow in an iframe to completion through the message', async () => {
    const {fetcher, calls} = fetcherFrom(async (request) => ({
      web: {href: await simLink('jumio', returnUrlOf(request), [{post: JSON.stringify({eventType: 510, payload: {value: 'success'}, workflowExecutionId: 'wfe-1', authorizationToken: 'secret'})}])},
      account: {id: 'acc-1'},
    }));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(calls).to.have.length(1);
    expect(result.status).to.equal('completed');
    expect(result.source).to.equal('message');
    expect(result.reference).to.equal('wfe-1');
    expect(result.params).to.not.have.property('authorizationToken');
    expect(frameOf(el)).to.equal(null);
    expect(el.state).to.equal('done');
  });
});
