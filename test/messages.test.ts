/**
 * SPEC §4 "Provider messages" and §5 "everything else is ignored without throwing": which
 * `postMessage`s the element accepts, and that forgeries change nothing and break nothing.
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {KycVerifyElement} from '../src/kyc-verify.js';
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

describe('§4 Provider messages: accepted sources', () => {
  it('accepts a Jumio message from its own iframe on the flow origin', async () => {
    const {el, log} = await startJumio((ret) => simLink('jumio', ret, [{post: jumioMessage('loaded', {reference: 'wfe-own'})}, {post: jumioMessage('success', {reference: 'wfe-own'})}]));
    const result = await log.result();
    expect(log.progress.map((p) => p.step)).to.deep.equal(['flow-loaded']);
    expect(result).to.include({status: 'completed', provider: 'jumio', source: 'message', reference: 'wfe-own', retryable: false});
    expect(result.params).to.not.have.property('authorizationToken');
    expect(el.state).to.equal('done');
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

describe('§5 Forged messages are ignored without throwing', () => {
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
