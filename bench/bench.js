// The benchmark page: loads the CDN build the way a merchant page does, then measures what a user
// waits for. `scripts/bench.mjs` drives it and checks the budgets; it can also be opened by hand.
const params = new URLSearchParams(location.search);
const simOrigin = params.get('sim');
const out = document.getElementById('out');
const log = (line) => (out.textContent += `${line}\n`);

const t0 = performance.now();
await import('/cdn/kyc-verify.js');
const defined = performance.now();
const first = document.createElement('kyc-verify');
first.endpoint = '/never';
document.body.append(first);
await first.updateComplete;
const rendered = performance.now();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A fetcher that answers with a Jumio-shaped session on the simulated provider (no backend round trip). */
const fetcher = async ({body}) => {
  if (body?.purpose === 'cancel') return {};
  const url = new URL(`${simOrigin}/jumio/web/client`);
  url.searchParams.set('return', body.returnUrl);
  return {web: {href: url.href}, account: {id: 'bench'}};
};

async function clickToReady(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const el = document.createElement('kyc-verify');
    el.fetcher = fetcher;
    el.mode = 'iframe';
    document.body.append(el);
    await el.updateComplete;
    const ready = new Promise((resolve) => el.addEventListener('kyc-ready', resolve, {once: true}));
    const start = performance.now();
    el.shadowRoot.querySelector('[part~="start-button"]').click();
    await ready;
    times.push(performance.now() - start);
    el.cancel();
    el.remove();
  }
  return times;
}

/** Mount → start → ready → cancel → remove, `cycles` times: what stays behind is a leak. */
async function churn(cycles) {
  for (let i = 0; i < cycles; i++) {
    const el = document.createElement('kyc-verify');
    el.fetcher = fetcher;
    el.mode = 'iframe';
    document.body.append(el);
    const ready = new Promise((resolve) => el.addEventListener('kyc-ready', resolve, {once: true}));
    el.start();
    await ready;
    if (i % 2) el.cancel();
    el.remove(); // disconnect while active for half of them
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

window.benchResults = {
  importMs: defined - t0,
  firstRenderMs: rendered - t0,
  clickToReady: null,
};
// Warm up the engine chunk and the provider page once, then measure.
await clickToReady(1);
const times = await clickToReady(Number(params.get('runs') || 10));
window.benchResults.clickToReadyMs = median(times);
window.churn = churn;
log(`import + define: ${window.benchResults.importMs.toFixed(1)} ms`);
log(`first render:    ${window.benchResults.firstRenderMs.toFixed(1)} ms`);
log(`click → kyc-ready (iframe, local provider), median: ${window.benchResults.clickToReadyMs.toFixed(1)} ms`);
window.benchReady = true;
