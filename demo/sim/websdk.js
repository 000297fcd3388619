// A simulated Sumsub WebSDK page: what `@sumsub/websdk` loads into its iframe from
// `<baseUrl>/websdk/websdk.html?_=id_<btoa(token)>`. It speaks the SDK's real postMessage protocol
// (research/provider-protocols.md §1a, the 2.9.0 source):
//   frame → SDK  {method: 'idCheck.onReady', frameId, sessionId}   (frameId: the `_` param, as received)
//   SDK → frame  {method: 'idCheck.init', ...config, options}      (config holds accessToken, lang, theme, origin)
//   frame → SDK  {method: 'idCheck.<event>', sessionId, ...payload} (the SDK drops any other sessionId)
//   frame → SDK  {method: 'idCheck.onError', code: 'invalid-token'} → SDK calls its expiration handler
//   SDK → frame  {method: 'idCheck.updateAccessToken', accessToken, error?}
//
// The base URL comes from the token: `_act-sbx-jwt-<b64 header>.<b64 {"url": "<this origin>", "sim": {…}}>.<sig>`
// (the SDK base64-decodes each segment and uses the first `url` claim). The `sim` claim may carry a
// `script` the page plays without a click (tests); without one, buttons let a person pick (demo).
// For tests the page also reports to its parent, as plain `{sim: 'websdk', kind, …}` objects the SDK
// ignores (no `method`): `init` (what idCheck.init carried) and `token` (what updateAccessToken carried).
//
// Script steps:
//   {event: 'onStepInitiated', payload?: {…}, session?: 'wrong' | 'none'}  post an idCheck event
//   {expire: true | n}    post `invalid-token` (n times at once), wait for as many `idCheck.updateAccessToken`,
//                         report each; stop when one carried no token
//   {nested: {origin: 'same' | 'other', steps: [...]}}  a frame inside this one posts straight to the host page
//   {probe: 'id'}         post `{probe: id}` to the host page (messages from one source arrive in order)
//   {resize: 480}         post `idCheck.onResize`
//   {wait: ms}

const PREFIXES = ['_act-sbx-jwt-', '_act-jwt-'];

/** The token's claims, decoded the way `@sumsub/websdk` decodes them (`getCurrentBaseUrl`). */
function claimsOf(token) {
  const prefix = PREFIXES.find((p) => token.startsWith(p));
  if (!prefix) return {};
  for (const part of token.replace(prefix, '').replace('-v2', '').split('.')) {
    try {
      const value = JSON.parse(atob(part));
      if (value && typeof value === 'object' && value.url) return value;
    } catch {}
  }
  return {};
}

const b64json = (value) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))));
const fromB64json = (text) => JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0))));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const nestedParam = new URLSearchParams(location.search).get('nested');
if (nestedParam) runNested(fromB64json(nestedParam));
else runSdkPage();

/** A frame inside the SDK's frame (same or other origin): posts straight to the host page. */
async function runNested({steps, sessionId, applicantId}) {
  const host = window.parent.parent;
  for (const step of steps) {
    if ('wait' in step) await sleep(step.wait);
    else if ('probe' in step) host.postMessage({probe: step.probe}, '*');
    else if ('event' in step) host.postMessage({method: `idCheck.${step.event}`, sessionId, applicantId, ...(step.payload || {})}, '*');
  }
}

function runSdkPage() {
  // `?_=id_<btoa(token)>`, read raw: base64 may hold `+`, which URLSearchParams would turn into a space.
  const frameId = (/[?&]_=([^&]*)/.exec(location.search) || [])[1] || '';
  let token = '';
  try {
    token = atob(frameId.replace(/^id_/, ''));
  } catch {}
  const claims = claimsOf(token);
  const sim = claims.sim || {};
  const sessionId = sim.sessionId || `sim-${Math.random().toString(36).slice(2)}`;
  const applicantId = sim.applicantId === undefined ? 'app-sim-1' : sim.applicantId;
  let hostOrigin = '*';
  let tokenWaiter;
  let initialized = false;

  // `run` (a claim tests set) tells one test's reports from a late one of the test before.
  const report = (kind, data) => window.parent.postMessage({sim: 'websdk', kind, run: sim.run, ...data}, '*');
  const post = (event, payload = {}, session = 'own') => {
    const message = {method: `idCheck.${event}`, ...(applicantId ? {applicantId} : {}), ...payload};
    if (session === 'own') message.sessionId = sessionId;
    else if (session === 'wrong') message.sessionId = `${sessionId}-wrong`;
    window.parent.postMessage(message, hostOrigin);
  };
  const status = (text) => (document.getElementById('status').textContent = text);

  /** Posts `invalid-token` `count` times at once; resolves with the SDK's answers (new token, or null and an error). */
  const expire = (count) =>
    new Promise((resolve) => {
      const answers = [];
      tokenWaiter = (answer) => {
        answers.push(answer);
        if (answers.length < count) return;
        tokenWaiter = undefined;
        resolve(answers);
      };
      for (let i = 0; i < count; i++) post('onError', {code: 'invalid-token', error: 'Access token expired'});
    });

  async function play(steps) {
    for (const step of steps) {
      if ('wait' in step) await sleep(step.wait);
      else if ('probe' in step) window.parent.postMessage({probe: step.probe}, '*');
      else if ('resize' in step) post('onResize', {height: step.resize});
      else if ('event' in step) post(step.event, step.payload, step.session);
      else if ('expire' in step) {
        const answers = await expire(typeof step.expire === 'number' ? step.expire : 1);
        for (const answer of answers) report('token', {accessToken: answer.accessToken, error: answer.error});
        if (!answers.every((answer) => answer.accessToken)) return;
        token = answers[answers.length - 1].accessToken;
      } else if ('nested' in step) {
        const base = step.nested.origin === 'other' ? sim.other : location.origin;
        const frame = document.createElement('iframe');
        frame.src = `${base}/websdk/nested.html?nested=${encodeURIComponent(b64json({steps: step.nested.steps, sessionId, applicantId}))}`;
        document.body.append(frame);
      }
    }
  }

  /** Buttons for people (the demo): each plays a short script. */
  const ACTIONS = {
    'Document step': [{event: 'onStepInitiated', payload: {idDocSetType: 'IDENTITY', types: ['PASSPORT']}}, {event: 'onStepCompleted', payload: {idDocSetType: 'IDENTITY'}}],
    Submit: [{event: 'onApplicantSubmitted'}],
    'Approve (GREEN)': [{event: 'onApplicantStatusChanged', payload: {reviewStatus: 'completed', reviewResult: {reviewAnswer: 'GREEN'}}}],
    'Reject (RED, FINAL)': [{event: 'onApplicantStatusChanged', payload: {reviewStatus: 'completed', reviewResult: {reviewAnswer: 'RED', reviewRejectType: 'FINAL'}}}],
    'Ask to resubmit (RED, RETRY)': [{event: 'onApplicantStatusChanged', payload: {reviewStatus: 'completed', reviewResult: {reviewAnswer: 'RED', reviewRejectType: 'RETRY'}}}],
    'SDK error': [{event: 'onError', payload: {code: 'fatal-error', error: 'Something went wrong'}}],
    'Token expires': [{expire: true}],
  };

  function showButtons() {
    const list = document.getElementById('actions');
    for (const [label, steps] of Object.entries(ACTIONS)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', () => play(steps));
      list.append(button);
    }
  }

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !event.data || typeof event.data !== 'object') return;
    const data = event.data;
    if (data.method === 'idCheck.init' && !initialized) {
      initialized = true;
      if (typeof data.origin === 'string') hostOrigin = data.origin;
      report('init', {
        accessToken: data.accessToken,
        lang: data.lang,
        theme: data.theme,
        themeParam: new URLSearchParams(location.search).get('theme'),
        options: data.options,
        origin: data.origin,
        packageVersion: data.packageVersion,
      });
      if (data.theme === 'dark') document.body.classList.add('dark');
      status(`Language ${data.lang || '(default)'}${data.theme ? `, theme ${data.theme}` : ''}. Pick what the applicant does:`);
      post('onInitialized');
      if (applicantId) post('onApplicantLoaded', {applicantId});
      if (Array.isArray(sim.script)) play(sim.script);
      else showButtons();
    } else if (data.method === 'idCheck.updateAccessToken' && tokenWaiter) {
      tokenWaiter({accessToken: data.accessToken, error: data.error});
    }
  });

  if (!claims.url) status('This page needs a simulated token (`_act-sbx-jwt-…` with a `url` claim).');
  // `frameId` goes back exactly as received: the SDK compares it with its own `id_<btoa(token)>`.
  window.parent.postMessage({method: 'idCheck.onReady', frameId, sessionId}, '*');
}
