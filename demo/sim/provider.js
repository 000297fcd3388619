// A simulated provider page, served from a second origin. It speaks each provider's real browser
// protocol (research/provider-protocols.md): Jumio's JSON-string `eventType: 510` messages and
// success/error redirect params, Smile ID's `SmileIdentity::*` tags and `status`/`user_id` params,
// Sumsub's `idCheck.*` objects and `status=ok|reject`. People pick an outcome with a button; tests
// pass a `script` param (base64 JSON list of steps) that plays without a click.
const query = new URLSearchParams(location.search);
// The provider comes from the path (`/jumio/...`), or `?provider=` where the page is a static file (Storybook).
const provider = query.get('provider') || location.pathname.split('/')[1] || 'generic';
const returnUrl = query.get('return') || '';
const reference = query.get('ref') || 'wfe-sim-1';

const post = (data, target = 'parent') => {
  const win = target === 'top' ? window.top : target === 'grandparent' ? window.parent.parent : window.parent;
  win.postMessage(data, '*');
};

const jumioMessage = (value, metainfo) =>
  JSON.stringify({
    authorizationToken: 'secret-jumio-token',
    eventType: 510,
    dateTime: new Date().toISOString(),
    payload: {value, metainfo: {mode: 'original', ...metainfo}},
    workflowExecutionId: reference,
    transactionReference: reference,
    accountId: 'acc-sim-1',
    customerInternalReference: '',
  });

/** Navigates to the return URL with the provider's params, the way the real client does. */
function goBack(params, join) {
  if (!returnUrl) return;
  const suffix = new URLSearchParams(params).toString();
  const glue = join || (returnUrl.includes('?') ? '&' : '?');
  location.href = suffix ? returnUrl + glue + suffix : returnUrl;
}

/** What each button does, per provider: messages first, then the redirect. */
const OUTCOMES = {
  jumio: {
    'Finish (success)': () => {
      post(jumioMessage('success'));
      goBack({accountId: 'acc-sim-1', workflowExecutionId: reference, transactionReference: reference, acquisitionStatus: 'SUCCESS', transactionStatus: 'SUCCESS'});
    },
    'Camera missing (H000000)': () => {
      post(jumioMessage('error', {publicErrorCode: 'H000000', retriable: false, code: 9822}));
      goBack({workflowExecutionId: reference, acquisitionStatus: 'ERROR', transactionStatus: 'ERROR', publicErrorCode: 'H000000'});
    },
    'Session expired (J040412)': () => {
      post(jumioMessage('error', {publicErrorCode: 'J040412', retriable: false}));
      goBack({workflowExecutionId: reference, acquisitionStatus: 'ERROR', publicErrorCode: 'J040412'});
    },
    'Network hiccup (retriable A)': () => post(jumioMessage('error', {publicErrorCode: 'A010500', retriable: true})),
    'Cancel (G000000)': () => {
      post(jumioMessage('error', {publicErrorCode: 'G000000', retriable: false}));
      goBack({workflowExecutionId: reference, acquisitionStatus: 'ERROR', publicErrorCode: 'G000000'});
    },
  },
  smile: {
    'Submit (success)': () => {
      post('SmileIdentity::Success');
      setTimeout(() => post('SmileIdentity::Close::System'), 300);
      setTimeout(() => goBack({status: 'success', user_id: 'user-sim-1'}), 600);
    },
    'Close (cancel)': () => {
      post('SmileIdentity::Close');
      goBack({status: 'cancelled', user_id: 'user-sim-1'});
    },
    'Fail': () => goBack({status: 'fail', user_id: 'user-sim-1'}),
    'Error': () => post({message: 'SmileIdentity::Error', data: {error: 'Document unreadable'}}),
    'Deny consent': () => post('SmileIdentity::ConsentDenied'),
  },
  sumsub: {
    'Submit': () => {
      post({method: 'idCheck.onApplicantSubmitted', applicantId: 'app-sim-1'});
      goBack({status: 'ok'});
    },
    'Reject': () => goBack({status: 'reject'}),
  },
  generic: {
    'Finish': () => goBack({}),
    'Fail': () => goBack({status: 'failed'}),
  },
};
OUTCOMES.grid = {Finish: () => goBack({})};
OUTCOMES.trusset = {Finish: () => goBack({})};

const READY = {
  jumio: () => post(jumioMessage('loaded')),
  smile: () => post('SmileIdentity::ChildPageReady'),
  sumsub: () => post({method: 'idCheck.onReady', applicantId: 'app-sim-1'}),
};

/** Test steps: { post, to? } | { redirect: {params}, join? } | { nested: { origin, script } } | { wait } */
async function play(steps) {
  for (const step of steps) {
    if ('wait' in step) await new Promise((resolve) => setTimeout(resolve, step.wait));
    else if ('post' in step) post(step.post, step.to);
    else if ('redirect' in step) goBack(step.redirect, step.join);
    else if ('nested' in step) {
      const frame = document.createElement('iframe');
      const base = step.nested.origin === 'other' ? query.get('other') : location.origin;
      frame.src = `${base}/${provider}/nested?script=${encodeURIComponent(btoa(JSON.stringify(step.nested.script)))}`;
      document.body.append(frame);
    }
  }
}

const script = query.get('script');
if (script) {
  play(JSON.parse(atob(script)));
} else if (location.pathname.endsWith('/nested')) {
  // nothing: nested frames only play scripts
} else {
  READY[provider]?.();
  const actions = OUTCOMES[provider] ?? OUTCOMES.generic;
  const list = document.getElementById('outcomes');
  for (const [label, action] of Object.entries(actions)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', action);
    list.append(button);
  }
  document.getElementById('title').textContent = `Simulated ${provider} flow`;
}
