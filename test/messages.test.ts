/**
 * SPEC §4 "Provider messages" and §5 "everything else is ignored without throwing": which
 * `postMessage`s the element accepts, one round trip per adapter's message form, and that forgeries
 * change nothing and break nothing. What each message means is unit-tested row by row
 * (test/unit/normalization.test.ts, from test/fixtures/providers/).
 */
import {expect} from '@open-wc/testing';
import type {KycVerifyElement} from '../src/kyc-verify.js';
import {smile, sumsub} from './fixtures/providers/index.js';
import {
  EventLog,
  RETURN_PAGE,
  fetcherFrom,
  frameOf,
  html,
  jumioMessage,
  mount,
  nextProbe,
  returnUrlOf,
  sim,
  simLink,
  watchPageErrors,
  type SimStep,
  waitUntil,
} from './helpers.js';

/** A flow page that stays open and says nothing by itself. */
const QUIET: SimStep[] = [{wait: 0}];

let probeCount = 0;
const newProbe = () => `probe-${Date.now()}-${probeCount++}`;

/** Starts a Jumio attempt whose iframe plays `script` (the link is the one `makeLink` returns). */
async function startJumio(makeLink: (returnUrl: string) => Promise<string>) {
  const {fetcher, calls} = fetcherFrom(async (request) => ({web: {href: await makeLink(returnUrlOf(request))}, account: {id: 'acc-1'}}));
  const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
  el.start();
  await waitUntil(() => el.state !== 'loading', 'the session never arrived', {timeout: 5000});
  return {el, log, calls};
}

/** Navigates the element's own iframe to a genuine flow page that reports success (the provider moving on). */
async function genuineSuccess(el: KycVerifyElement, log: EventLog, reference = 'wfe-genuine') {
  // Let the current page finish loading first: two racing navigations of one frame prove nothing.
  await waitUntil(() => log.ready.length > 0, 'the flow never loaded', {timeout: 5000});
  const frame = frameOf(el);
  expect(frame, 'the flow iframe is still there').to.exist;
  frame!.src = await simLink('jumio', RETURN_PAGE, [{post: jumioMessage('success', {reference})}]);
  const result = await log.result();
  expect(result.status).to.equal('completed');
  expect(result.source).to.equal('message');
  expect(result.reference).to.equal(reference);
  expect(log.results).to.have.length(1);
  expect(el.state).to.equal('done');
}

function expectStillActive(el: KycVerifyElement, log: EventLog) {
  expect(log.results, 'no kyc-result after a forgery').to.have.length(0);
  expect(el.state).to.equal('active');
  expect(frameOf(el), 'the flow is still on screen').to.exist;
}

let page: ReturnType<typeof watchPageErrors>;
const extraFrames: HTMLIFrameElement[] = [];

beforeEach(() => {
  page = watchPageErrors();
});

afterEach(() => {
  page.stop();
  for (const frame of extraFrames.splice(0)) frame.remove();
});

describe('SPEC §4 provider messages: accepted sources', () => {
  it('accepts a Jumio message from its own iframe on the flow origin: one session call, the result, the flow closed', async () => {
    const {el, log, calls} = await startJumio((ret) => simLink('jumio', ret, [{post: jumioMessage('loaded', {reference: 'wfe-own'})}, {post: jumioMessage('success', {reference: 'wfe-own'})}]));
    const result = await log.result();
    expect(calls).to.have.length(1);
    expect(log.progress.map((p) => p.step)).to.deep.equal(['flow-loaded']);
    expect(result).to.include({status: 'completed', provider: 'jumio', source: 'message', reference: 'wfe-own', retryable: false});
    expect(result.params).to.not.have.property('authorizationToken');
    expect(JSON.stringify(result)).to.not.include('secret-jumio-token');
    expect(el.state).to.equal('done');
    expect(frameOf(el), 'the flow is closed').to.equal(null);
    expect(page.errors).to.deep.equal([]);
  });

  it('accepts a message from a frame nested inside its iframe when that frame is on the flow origin', async () => {
    const nested: SimStep[] = [{post: jumioMessage('success', {reference: 'wfe-nested'}), to: 'grandparent'}];
    const {log} = await startJumio((ret) => simLink('jumio', ret, [{nested: {origin: 'same', script: nested}}]));
    const result = await log.result();
    expect(result).to.include({status: 'completed', source: 'message', reference: 'wfe-nested'});
    expect(page.errors).to.deep.equal([]);
  });

  it('ignores a nested frame on an origin the adapter does not know, then still accepts the flow', async () => {
    const probe = newProbe();
    const probed = nextProbe(probe);
    const nested: SimStep[] = [
      {post: jumioMessage('success', {reference: 'wfe-forged'}), to: 'grandparent'},
      {post: {probe}, to: 'grandparent'},
    ];
    const {el, log} = await startJumio((ret) => simLink('jumio', ret, [{nested: {origin: 'other', script: nested}}]));
    const event = await probed;
    // The forgery really came from the other origin, from inside the element's own iframe.
    expect(event.origin).to.equal((await sim()).otherOrigin);
    expect((event.source as Window).parent).to.equal(frameOf(el)!.contentWindow);
    expectStillActive(el, log);
    await genuineSuccess(el, log);
    expect(page.errors).to.deep.equal([]);
  });
});

describe('SPEC §5 forged messages are ignored without throwing', () => {
  it('ignores a valid success posted by another window on the provider origin', async () => {
    const {el, log} = await startJumio((ret) => simLink('jumio', ret, QUIET));
    const probe = newProbe();
    const probed = nextProbe(probe);
    const impostor = document.createElement('iframe');
    extraFrames.push(impostor);
    impostor.src = await simLink('jumio', RETURN_PAGE, [{post: jumioMessage('success', {reference: 'wfe-forged'})}, {post: {probe}}]);
    document.body.append(impostor);
    const event = await probed;
    expect(event.origin).to.equal((await sim()).origin);
    expect(event.source).to.equal(impostor.contentWindow);
    expectStillActive(el, log);
    expect(log.progress).to.have.length(0);
    await genuineSuccess(el, log);
    expect(page.errors).to.deep.equal([]);
  });

  it('ignores a success from its own iframe once that frame is on another origin', async () => {
    const probe = newProbe();
    const probed = nextProbe(probe);
    const foreign = await simLink('jumio', RETURN_PAGE, [{post: jumioMessage('success', {reference: 'wfe-forged'})}, {post: {probe}}], 'other');
    // The flow page sends its frame on to a page of another origin, which posts a valid success.
    const {el, log} = await startJumio(() => simLink('jumio', foreign, [{redirect: {}}]));
    const event = await probed;
    expect(event.origin).to.equal((await sim()).otherOrigin);
    expect(event.source).to.equal(frameOf(el)!.contentWindow);
    expectStillActive(el, log);
    await genuineSuccess(el, log);
    expect(page.errors).to.deep.equal([]);
  });

  it('ignores malformed, foreign and non-string data from its own iframe', async () => {
    const probe = newProbe();
    const probed = nextProbe(probe);
    const junk: unknown[] = [
      'not json',
      '{"eventType":510',
      '510',
      '{"eventType":510}',
      '{"eventType":510,"payload":null}',
      '{"eventType":510,"payload":{"value":42}}',
      '{"eventType":510,"payload":{"value":"success","metainfo":"oops"}}',
      '{"eventType":510,"payload":{"value":"no-such-value"}}',
      '{"eventType":5100,"payload":{"value":"success"}}',
      '{"__proto__":{"eventType":510,"payload":{"value":"success"}}}',
      `{"eventType":510,"payload":${'['.repeat(3000)}${']'.repeat(3000)}}`,
      JSON.stringify([jumioMessage('success')]),
      'SmileIdentity::Success',
      '',
      510,
      0,
      null,
      true,
      [],
      [510, 'success'],
      {},
      {eventType: 510, payload: {value: 'success'}, workflowExecutionId: 'wfe-object'},
      {message: 'SmileIdentity::Success'},
      {type: 'kyc-verify/return', attempt: 'someone-else', params: {acquisitionStatus: 'SUCCESS'}},
      {type: 'kyc-verify/return', attempt: 42, params: null},
    ];
    const script: SimStep[] = [...junk.map((post) => ({post})), {post: {probe}}];
    const {el, log} = await startJumio((ret) => simLink('jumio', ret, script));
    const event = await probed;
    expect(event.source).to.equal(frameOf(el)!.contentWindow);
    expect(log.progress, 'no progress from junk').to.have.length(0);
    expectStillActive(el, log);
    expect(({} as Record<string, unknown>).eventType, 'no prototype pollution').to.equal(undefined);
    await genuineSuccess(el, log);
    expect(page.errors).to.deep.equal([]);
  });

  it('ignores what the page itself posts: a valid-looking Jumio success, numbers, null, arrays, Blobs', async () => {
    const {el, log} = await startJumio((ret) => simLink('jumio', ret, QUIET));
    const probe = newProbe();
    const probed = nextProbe(probe);
    const buffer = new ArrayBuffer(8);
    const junk: unknown[] = [
      jumioMessage('success', {reference: 'wfe-forged'}),
      jumioMessage('error', {metainfo: {publicErrorCode: 'G000000', retriable: false}}),
      'SmileIdentity::Close',
      {method: 'idCheck.onApplicantSubmitted'},
      42,
      NaN,
      null,
      undefined,
      [],
      [jumioMessage('success')],
      new Blob([jumioMessage('success')], {type: 'application/json'}),
      buffer,
      new Uint8Array([5, 1, 0]),
      new Date(0),
      new Map([['eventType', 510]]),
      Object.create(null),
      {toString: undefined, valueOf: undefined, eventType: 510, payload: {value: 'success'}},
    ];
    for (const data of junk) window.postMessage(data, '*');
    window.postMessage({probe}, '*');
    await probed;
    expectStillActive(el, log);
    expect(log.progress).to.have.length(0);
    await genuineSuccess(el, log);
    expect(page.errors).to.deep.equal([]);
  });
});

describe('SPEC §4 provider messages: each adapter’s message form, through the element’s iframe', () => {
  it('Jumio (JSON strings): `loaded` is progress, a retriable error is progress `provider-error`, the terminal error is the one result', async () => {
    const {log} = await startJumio((ret) =>
      simLink('jumio', ret, [
        {post: jumioMessage('loaded', {reference: 'wfe-msg'})},
        {post: jumioMessage('error', {metainfo: {publicErrorCode: 'A010500', retriable: true, code: 9100}, reference: 'wfe-msg'})},
        {post: jumioMessage('error', {metainfo: {publicErrorCode: 'H000000', retriable: false, code: 9822}, reference: 'wfe-msg'})},
      ]),
    );
    const result = await log.result();
    expect(log.progress.map((p) => [p.provider, p.step])).to.deep.equal([
      ['jumio', 'flow-loaded'],
      ['jumio', 'provider-error'],
    ]);
    expect(log.progress[1].data).to.include({'payload.metainfo.publicErrorCode': 'A010500'});
    for (const progress of log.progress) expect(progress.data).to.not.have.property('authorizationToken');
    // (`kyc-ready` comes with the frame's `load`, which the messages may precede.)
    expect(log.all.filter((name) => name !== 'kyc-ready')).to.deep.equal(['kyc-start', 'kyc-progress', 'kyc-progress', 'kyc-result']);
    expect(result).to.include({provider: 'jumio', status: 'error', retryable: true, code: 'H000000', source: 'message', reference: 'wfe-msg'});
    expect(result.params).to.include({'payload.metainfo.publicErrorCode': 'H000000'});
    expect(log.results).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
  });

  it('Smile ID (tags from the embed nested in the link page): ChildPageReady is progress, Close::System is ignored, Success is the one result', async () => {
    const {fetcher} = fetcherFrom(async (request) =>
      smile.session({
        href: await simLink('smile', returnUrlOf(request), [
          {
            nested: {
              origin: 'same',
              script: [
                {post: 'SmileIdentity::ChildPageReady', to: 'grandparent'},
                {post: 'SmileIdentity::Close::System', to: 'grandparent'},
                {post: 'SmileIdentity::Success', to: 'grandparent'},
              ],
            },
          },
        ]),
        refId: 'ref-session',
      }),
    );
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(log.progress.map((p) => [p.provider, p.step])).to.deep.equal([['smile', 'flow-loaded']]);
    // Had Close::System counted, it would have been the result (cancelled).
    expect(result).to.include({provider: 'smile', status: 'completed', retryable: false, source: 'message', reference: 'ref-session'});
    expect(result).to.not.have.property('code');
    expect(result.params).to.deep.equal({message: 'SmileIdentity::Success'});
    expect(log.all.indexOf('kyc-progress')).to.be.lessThan(log.all.indexOf('kyc-result'));
    expect(log.results).to.have.length(1);
  });

  it('Sumsub link page (idCheck objects): RED + RETRY is progress `resubmission-requested`, then submitted is the result; secrets stay out', async () => {
    const retry = {method: 'idCheck.onApplicantStatusChanged', applicantId: 'app-1', reviewStatus: 'completed', reviewResult: {reviewAnswer: 'RED', reviewRejectType: 'RETRY'}};
    const submitted = {method: 'idCheck.onApplicantSubmitted', applicantId: 'app-1', authCode: 'secret-code', redirectUrl: 'https://in.sumsub.com/next', extra: {accessToken: 'secret-nested'}};
    const {fetcher} = fetcherFrom(async (request) => sumsub.session({href: await simLink('sumsub', returnUrlOf(request), [{post: retry}, {post: submitted}])}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(log.progress.map((p) => [p.provider, p.step])).to.deep.equal([['sumsub', 'resubmission-requested']]);
    expect(log.progress[0].data).to.include({'reviewResult.reviewRejectType': 'RETRY'});
    expect(log.all.indexOf('kyc-progress')).to.be.lessThan(log.all.indexOf('kyc-result'));
    expect(result).to.include({provider: 'sumsub', status: 'completed', retryable: false, source: 'message', reference: 'app-1'});
    expect(result.params).to.deep.equal({method: 'idCheck.onApplicantSubmitted', applicantId: 'app-1'});
    expect(JSON.stringify(result)).to.not.match(/secret-|in\.sumsub\.com/);
    expect(log.results).to.have.length(1);
  });
});
