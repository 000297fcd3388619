/**
 * SPEC §1 `params` and `data` (issue 12 item 1): only the return params and message fields each adapter
 * documents leave the element. Hostile keys and values — credentials under many spellings, markup,
 * `javascript:` URLs, 100 KB values, 1 000 keys, duplicates, `__proto__`/`constructor` — reach no event,
 * no DOM, no console and no storage, and nothing executes.
 */
import {expect} from '@open-wc/testing';
import type {BackendRequest} from '../src/types.js';
import {broadcastReturn, fetcherFrom, html, jumioMessage, mount, RETURN_PAGE, returnUrlOf, simLink, waitUntil, watchPageErrors} from './helpers.js';

const MARK = 'HOSTILE';
const CREDENTIALS = [
  'access_token',
  'accessToken',
  'ACCESS_TOKEN',
  'id_token',
  'refresh_token',
  'sessionToken',
  'session_token',
  'api_key',
  'apiKey',
  'X-API-Key',
  'code',
  'authCode',
  'authorizationToken',
  'token',
  'jwt_secret',
  'client_secret',
  'password',
];
const EXECUTABLE = [`<img src=x onerror="window.__kycPwned=1">${MARK}`, `javascript:window.__kycPwned=1//${MARK}`, `"><script>window.__kycPwned=1</script>${MARK}`];

/**
 * Every hostile param, each value carrying MARK so a leak anywhere can be found. `huge` adds a 100 KB
 * value and 1 000 keys: too long for a URL that a Node server accepts (16 KB of request line), so those
 * travel the forwarded-return path.
 */
function hostileParams(huge = false): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of CREDENTIALS) params[key] = `${MARK}-${key}`;
  EXECUTABLE.forEach((value, i) => (params[`x${i}`] = value));
  // Own keys named like the prototype's, as JSON.parse or a URL would make them.
  Object.defineProperty(params, '__proto__', {value: `${MARK}-proto`, enumerable: true, configurable: true, writable: true});
  params[String('constructor')] = `${MARK}-constructor`;
  if (!huge) return params;
  params.big = `${MARK}${'x'.repeat(100_000)}`;
  for (let i = 0; i < 1000; i++) params[`k${i}`] = `${MARK}-${i}`;
  return params;
}

/** Console output while installed. */
function watchConsole() {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((name) => console[name]);
  methods.forEach((name) => (console[name] = (...args: unknown[]) => lines.push(args.map(String).join(' '))));
  return {lines, stop: () => methods.forEach((name, i) => (console[name] = originals[i]))};
}

function storageText(): string {
  const all = [sessionStorage, localStorage].flatMap((store) => Object.keys(store).map((key) => `${key}=${store.getItem(key)}`));
  return all.join('\n');
}

describe('SPEC §1 params: only what each adapter documents leaves the element', () => {
  afterEach(() => {
    delete (window as {__kycPwned?: unknown}).__kycPwned;
  });

  it('a Smile return landing with hostile params: params is exactly {status, user_id}; nothing leaks or runs', async () => {
    const consoleWatch = watchConsole();
    const errors = watchPageErrors();
    try {
      const params = {status: 'success', user_id: 'u-safe', ...hostileParams()};
      // A duplicate `status` before the provider's own: the first after the marker counts.
      const {fetcher} = fetcherFrom(async (request: BackendRequest) => ({link: await simLink('smile', returnUrlOf(request), [{redirect: params}]), ref_id: 'ref-h'}));
      const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
      el.start();
      const result = await log.result(10_000);
      expect(result).to.include({status: 'completed', provider: 'smile', source: 'redirect', reference: 'u-safe'});
      expect(result.params).to.deep.equal({status: 'success', user_id: 'u-safe'});
      expect(Object.getPrototypeOf(result.params)).to.equal(Object.prototype);
      const everything = JSON.stringify([log.starts, log.ready, log.progress, log.results]);
      expect(everything).to.not.contain(MARK);
      expect(el.shadowRoot!.innerHTML).to.not.contain(MARK);
      expect(document.body.innerHTML).to.not.contain(MARK);
      expect(storageText()).to.not.contain(MARK);
      expect(consoleWatch.lines.join('\n')).to.not.contain(MARK);
      expect((window as {__kycPwned?: unknown}).__kycPwned).to.equal(undefined);
      expect(errors.errors).to.deep.equal([]);
    } finally {
      consoleWatch.stop();
      errors.stop();
    }
  });

  it('a forwarded return (another tab) with hostile params, a 100 KB value and 1 000 keys keeps only the documented ones', async () => {
    const {fetcher} = fetcherFrom(async (request: BackendRequest) => ({web: {href: await simLink('jumio', returnUrlOf(request))}, account: {id: 'acc-h'}}));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
    el.start();
    await waitUntil(() => log.ready.length === 1, 'no kyc-ready', {timeout: 5000});
    broadcastReturn(log.starts[0].attempt, {...hostileParams(true), acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-h', customerInternalReference: 'javascript:alert(1)'});
    const result = await log.result();
    expect(result).to.include({status: 'completed', source: 'redirect', reference: 'wfe-h'});
    // A documented param whose value is a URL is dropped too.
    expect(result.params).to.deep.equal({acquisitionStatus: 'SUCCESS', workflowExecutionId: 'wfe-h'});
    expect(JSON.stringify(log.results)).to.not.contain(MARK);
  });

  it('Jumio messages: progress data and params hold the documented fields, never authorizationToken or metainfo.sessionToken', async () => {
    const loaded = JSON.stringify({
      ...JSON.parse(jumioMessage('loaded', {token: `${MARK}-auth`})),
      payload: {value: 'loaded', metainfo: {mode: 'original', sessionToken: `${MARK}-session`, extra: `${MARK}-extra`}},
      evil: `${MARK}-evil`,
    });
    const success = jumioMessage('success', {token: `${MARK}-auth`});
    const {fetcher} = fetcherFrom(async (request: BackendRequest) => ({
      web: {href: await simLink('jumio', returnUrlOf(request), [{post: loaded}, {post: success}])},
      account: {id: 'acc-m'},
    }));
    const {el, log} = await mount(html`<kyc-verify .fetcher=${fetcher} return-url=${RETURN_PAGE}></kyc-verify>`);
    el.start();
    const result = await log.result();
    expect(log.progress[0].step).to.equal('flow-loaded');
    const sent = JSON.parse(loaded);
    const documented = {eventType: '510', 'payload.value': 'loaded', 'payload.metainfo.mode': 'original'} as Record<string, string>;
    for (const key of ['dateTime', 'workflowExecutionId', 'transactionReference', 'jumioIdScanReference', 'accountId', 'customerInternalReference']) if (sent[key] !== undefined) documented[key] = String(sent[key]);
    expect(log.progress[0].data).to.deep.equal(documented);
    expect(result.params).to.include({'payload.value': 'success', eventType: '510'});
    expect(JSON.stringify([log.progress, log.results])).to.not.contain(MARK);
  });
});
