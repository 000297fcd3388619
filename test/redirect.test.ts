import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {hasStoredAttempt, rememberAttempt} from '../src/modes/redirect/storage.js';
import {textsFor as stringsFor} from '../src/locales/all.js';
import type {KycResult} from '../src/types.js';
import {cleanupDetached, fetcherFrom, html, mockEndpoint, mount, mountDetached, quiet, sim, waitUntil} from './helpers.js';

const b64 = (value: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))));
const HOST = new URL('/test/fixtures/redirect-host.html', location.href).href;
/** A whole page load in another tab (and the provider's page before it): a minute on a very busy machine. */
const PAGE_LOAD = {timeout: 60_000};

interface HostMessage {
  type: string;
  href: string;
  storage: Record<string, string>;
  detail?: unknown;
  initial?: {href: string; storage: Record<string, string>};
  state?: string;
  text?: string;
}

/** Opens a URL in a new top-level tab without an opener, with a real click (a user gesture). */
async function openTab(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'open';
  link.style.cssText = 'position:fixed;top:0;left:0;padding:10px;background:#eee;z-index:9';
  document.body.append(link);
  const box = link.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
  link.remove();
}

/** Listens to the redirect host page's reports. */
function hostChannel() {
  const name = `redirect-test-${crypto.randomUUID()}`;
  const channel = new BroadcastChannel(name);
  const messages: HostMessage[] = [];
  channel.onmessage = (event) => messages.push(event.data as HostMessage);
  return {
    name,
    messages,
    of: (type: string) => messages.filter((m) => m.type === type),
    send: (cmd: string) => channel.postMessage({cmd}),
    close: () => channel.close(),
  };
}

describe('SPEC §3 redirect mode: a real round trip through the provider, reported once on the return page', function () {
  // Whole-page navigations in a second tab, three of them in one test: slow on a busy machine.
  this.timeout(120_000);

  it('a page that itself has an opener still reports its own redirect (it is not mistaken for a popup return page)', async () => {
    const {origin} = await sim();
    const host = hostChannel();
    const script = b64([{redirect: {status: 'success', user_id: 'user-7'}}]);
    const backend = mockEndpoint({
      body: `{"provider":"smile","url":"${origin}/smile/flow?return=__RETURN__&script=${encodeURIComponent(script)}","reference":"ref-r7"}`,
    });
    const url = new URL(HOST);
    url.searchParams.set('channel', host.name);
    url.searchParams.set('endpoint', backend.endpoint);
    const tab = window.open(url.href, '_blank'); // keeps `window.opener` in the merchant page
    try {
      expect(tab).to.not.equal(null);
      await waitUntil(() => host.of('kyc-result').length === 1, 'no result in the page that has an opener', PAGE_LOAD);
      const result = host.of('kyc-result')[0].detail as KycResult;
      expect(result).to.include({status: 'completed', source: 'redirect', reference: 'user-7'});
      expect(tab!.closed).to.equal(false);
    } finally {
      tab?.close();
      host.close();
    }
  });

  it('stores the attempt (never the link), navigates, and the page it returns to reports once; a reload of the return URL reports nothing', async () => {
    const {origin} = await sim();
    const host = hostChannel();
    const script = b64([{redirect: {status: 'success', user_id: 'user-9'}}]);
    const backend = mockEndpoint({
      body: `{"provider":"smile","url":"${origin}/smile/flow?return=__RETURN__&script=${encodeURIComponent(script)}","reference":"ref-r1","statusUrl":"/api/kyc/status"}`,
    });
    const url = new URL(HOST);
    url.searchParams.set('channel', host.name);
    url.searchParams.set('endpoint', backend.endpoint);
    try {
      await openTab(url.href);
      // 1. the host starts (autostart), stores the attempt and leaves for the provider
      await waitUntil(() => host.of('kyc-start').length === 1, 'the host did not start', PAGE_LOAD);
      const attempt = (host.of('kyc-start')[0].detail as {attempt: string}).attempt;
      // 2. back on the return URL: the element there reports the stored attempt
      await waitUntil(() => host.of('kyc-result').length === 1, 'no result on the return page', PAGE_LOAD);
      const loads = host.of('loaded');
      expect(loads).to.have.length(2);
      const returned = new URL(loads[1].initial!.href);
      expect(returned.searchParams.get('kyc_attempt')).to.equal(attempt);
      expect(returned.searchParams.get('status')).to.equal('success');
      // what redirect mode stored before navigating: no link, no token
      const stored = loads[1].initial!.storage[`kyc-verify:attempt:${attempt}`];
      expect(JSON.parse(stored)).to.deep.equal({attempt, provider: 'smile', mode: 'redirect', reference: 'ref-r1', statusUrl: `${location.origin}/api/kyc/status`});
      expect(stored).to.not.contain(origin);
      expect(stored).to.not.contain('flow');
      // the result, once, with the provider's reference; the URL cleaned; the attempt consumed
      const message = host.of('kyc-result')[0];
      const result = message.detail as KycResult;
      expect(result).to.include({attempt, status: 'completed', source: 'redirect', provider: 'smile', reference: 'user-9', retryable: false});
      expect(result.params).to.deep.equal({status: 'success', user_id: 'user-9'});
      const cleaned = new URL(message.href);
      expect(cleaned.searchParams.has('kyc_attempt')).to.equal(false);
      expect(cleaned.searchParams.has('status')).to.equal(false);
      expect(cleaned.searchParams.has('user_id')).to.equal(false);
      expect(cleaned.searchParams.get('channel')).to.equal(host.name);
      expect(message.storage).to.not.have.property(`kyc-verify:attempt:${attempt}`);
      // no kyc-ready in redirect mode, on either page
      expect(host.of('kyc-ready')).to.have.length(0);
      await waitUntil(() => host.of('settled').length === 1, 'not settled', PAGE_LOAD);
      expect(host.of('settled')[0].state).to.equal('done');

      // 3. the same return URL again (reload, back button): consumed, so nothing is reported
      host.send('reload-initial');
      await waitUntil(() => host.of('settled').length === 2, 'the reload did not settle', PAGE_LOAD);
      expect(host.of('loaded')).to.have.length(3);
      expect(new URL(host.of('loaded')[2].initial!.href).searchParams.get('kyc_attempt')).to.equal(attempt);
      expect(host.of('kyc-result')).to.have.length(1);
      const settled = host.of('settled')[1];
      expect(settled.text).to.contain(stringsFor('en').returnElsewhere);
      expect(settled.state).to.equal('idle');
      expect(new URL(settled.href).searchParams.has('kyc_attempt')).to.equal(false);
      // the session was asked for once: the reload started nothing
      expect(await backend.requests()).to.have.length(1);
    } finally {
      host.send('close');
      host.close();
    }
  });

  it('a foreign marker (no stored attempt, e.g. a phone that scanned the QR) reports nothing and says where to continue', async () => {
    const host = hostChannel();
    const backend = mockEndpoint({body: {provider: 'generic', url: 'https://verify.example/never'}});
    const url = new URL(HOST);
    url.searchParams.set('channel', host.name);
    url.searchParams.set('endpoint', backend.endpoint);
    url.searchParams.set('kyc_attempt', crypto.randomUUID());
    url.searchParams.set('status', 'success');
    try {
      await openTab(url.href);
      await waitUntil(() => host.of('settled').length === 1, 'not settled', PAGE_LOAD);
      expect(host.of('kyc-result')).to.have.length(0);
      expect(host.of('kyc-start')).to.have.length(0);
      const settled = host.of('settled')[0];
      expect(settled.text).to.contain(stringsFor('en').returnElsewhere);
      expect(new URL(settled.href).searchParams.has('kyc_attempt')).to.equal(false);
      expect(new URL(settled.href).searchParams.has('status')).to.equal(false);
      // autostart did not start on a marked URL
      expect(await backend.requests()).to.have.length(0);
    } finally {
      host.send('close');
      host.close();
    }
  });
});

describe('SPEC §3 redirect mode in this page: what is stored before leaving, and a bfcache restore (a link whose navigation never commits)', () => {
  afterEach(() => cleanupDetached());

  /** A same-origin link that answers 204: the browser starts the navigation and then stays on this page. */
  const NO_CONTENT = new URL('/mock/session?status=204', location.href).href;

  it('stores {attempt, provider, mode, reference, statusUrl} and no link, no kyc-ready; a bfcache restore returns to idle and forgets it', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: NO_CONTENT, reference: 'ref-x', statusUrl: '/api/kyc/status'}));
    const {el, log} = await mount(html`<kyc-verify mode="redirect" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => Object.keys(sessionStorage).some((key) => key.includes(log.starts[0]?.attempt ?? '?')), 'nothing stored', {timeout: 5000});
    const attempt = log.starts[0].attempt;
    const stored = sessionStorage.getItem(`kyc-verify:attempt:${attempt}`)!;
    expect(JSON.parse(stored)).to.deep.equal({attempt, provider: 'generic', mode: 'redirect', reference: 'ref-x', statusUrl: `${location.origin}/api/kyc/status`});
    expect(stored).to.not.contain('/mock/session');
    // Redirect mode stores the attempt and navigates in one task: nothing can say `ready` after that.
    await quiet(el);
    expect(log.ready).to.have.length(0);
    expect(el.state).to.equal('active');
    // Back from the provider through the back/forward cache: the attempt never came back.
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(hasStoredAttempt(attempt)).to.equal(false);
    expect(log.results).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~="start-button"]')).to.exist;
  });

  it('a `pageshow` that is not a bfcache restore changes nothing', async () => {
    const {fetcher} = fetcherFrom(() => ({provider: 'generic', url: NO_CONTENT}));
    const {el, log} = await mount(html`<kyc-verify mode="redirect" .fetcher=${fetcher}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.starts.length === 1 && hasStoredAttempt(log.starts[0].attempt), 'nothing stored', {timeout: 5000});
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: false}));
    await el.updateComplete;
    expect(el.state).to.equal('active');
    el.cancel();
    // cancelled before the page left: its return must not count
    expect(hasStoredAttempt(log.starts[0].attempt)).to.equal(false);
  });

  it('a top-level return reports a stored attempt exactly once, even with two elements on the page', async () => {
    const attempt = crypto.randomUUID();
    rememberAttempt({attempt, provider: 'sumsub', mode: 'redirect', reference: 'app-1'});
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}kyc_attempt=${attempt}&status=ok`);
    try {
      const first = mountDetached();
      const second = mountDetached();
      await waitUntil(() => first.log.results.length + second.log.results.length >= 1, 'no result');
      // Both elements' engine callbacks were queued before this one: each has reported what it will.
      await quiet(first.el);
      await quiet(second.el);
      const results = [...first.log.results, ...second.log.results];
      expect(results).to.have.length(1);
      expect(results[0]).to.include({attempt, status: 'completed', source: 'redirect', reference: 'app-1'});
      expect(location.href).to.not.contain('kyc_attempt');
      expect(location.href).to.not.contain('status=ok');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});
