// `npm run demo:real-check`: the end-to-end run per provider in Chromium, on the demo's real mode
// (vite.demo.real.config.ts): browser element → kyc-verify/server session handler → mock provider API
// (which verifies the handler's signature) → simulated flow → the provider's signed webhook into the
// webhook handler → status endpoint → `kyc-result`. Each scenario must end with the verdict the
// webhook carried (after the browser's own `completed`, where the flow reports one); in SDK mode, where
// the element takes its verdict from the SDK, the run checks the token the handler got.
// Exits non-zero on any failure. Options: --headful.
import {createServer} from 'vite';
import puppeteer from 'puppeteer-core';
import {fileURLToPath} from 'node:url';
import {findChrome} from './find-chrome.mjs';

const headful = process.argv.includes('--headful');
process.env.KYC_DEMO_PORT = process.env.KYC_DEMO_CHECK_PORT || '0';
process.env.KYC_DEMO_SIM_PORT = '0';
process.env.KYC_DEMO_VERDICT_DELAY_MS ??= '300';
process.env.KYC_DEMO_SDK_VERDICT_DELAY_MS ??= '1500';

const TIMEOUT = 20_000;

/** provider (demo choice), mode, the button in the simulated flow, and the results in order. */
const ALL = [
  {provider: 'jumio', mode: 'popup', button: 'Finish (success)', results: [{status: 'completed'}, {status: 'approved', source: 'status'}]},
  {provider: 'smile', mode: 'popup', button: 'Submit (success)', results: [{status: 'completed'}, {status: 'approved', code: '0810', source: 'status'}]},
  {provider: 'sumsub', mode: 'popup', button: 'Submit', results: [{status: 'completed'}, {status: 'approved', source: 'status'}]},
  // Trusset has no redirect contract: the status endpoint reads the link back (completed, no verdict).
  {provider: 'trusset', mode: 'popup', button: 'Finish', results: [{status: 'completed', source: 'status'}]},
  {provider: 'grid', mode: 'popup', button: 'Finish', results: [{status: 'completed'}, {status: 'approved', source: 'status'}]},
  // SDK mode: the token comes from the session handler (signed, through the mock API); the verdict in
  // this mode is the SDK's own, so the run ends with the SDK's `completed`.
  {provider: 'sumsub-sdk', expectProvider: 'sumsub', mode: 'sdk', button: 'Submit', results: [{status: 'completed', source: 'sdk'}]},
  {provider: 'grid', mode: 'sdk', button: 'Submit', results: [{status: 'completed', source: 'sdk'}]},
];
// `--only=<provider>` runs the scenarios of one provider.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
const SCENARIOS = only ? ALL.filter((scenario) => scenario.provider === only) : ALL;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function check(condition, message) {
  if (!condition) throw new Error(message);
}

const readLog = (page) =>
  page.$$eval('#log li[data-event]', (items) => items.map((item) => ({event: item.dataset.event, detail: JSON.parse(item.querySelector('pre')?.textContent || '{}')})));

async function choose(page, provider, mode) {
  await page.select('#locale', 'en');
  await page.select('#mode', mode);
  const current = await page.$eval('#provider', (select) => select.value);
  if (current === provider) await page.click('#reset');
  else await page.select('#provider', provider);
  await page.click('#clear-log');
  await page.waitForFunction(() => document.querySelector('kyc-verify')?.getAttribute('state') === 'idle', {timeout: TIMEOUT});
}

async function flowFrame(page, browser, mode) {
  if (mode === 'popup') {
    const target = await browser.waitForTarget((candidate) => candidate.opener() === page.target(), {timeout: TIMEOUT});
    const popup = await target.page();
    return popup.mainFrame();
  }
  await page.waitForSelector('kyc-verify >>> iframe', {timeout: TIMEOUT});
  await page.waitForFunction(() => document.querySelector('#log li[data-event="kyc-ready"]'), {timeout: TIMEOUT});
  const handle = await page.$('kyc-verify >>> iframe');
  return handle.contentFrame();
}

async function runScenario(page, browser, scenario) {
  const label = `${scenario.provider} (${scenario.mode}): ${scenario.button}`;
  await choose(page, scenario.provider, scenario.mode);
  await page.click('kyc-verify >>> [part~="start-button"]');
  const frame = await flowFrame(page, browser, scenario.mode);
  const button = await frame.waitForSelector(`::-p-text(${JSON.stringify(scenario.button)})`, {timeout: TIMEOUT});
  await button.click();
  const want = scenario.results.length;
  await page
    .waitForFunction((n) => document.querySelectorAll('#log li[data-event="kyc-result"]').length >= n, {timeout: TIMEOUT}, want)
    .catch(async () => {
      throw new Error(`${label}: waited for ${want} kyc-result(s); the log: ${JSON.stringify(await readLog(page))}`);
    });
  await sleep(800); // nothing more may follow
  const log = await readLog(page);
  const results = log.filter((entry) => entry.event === 'kyc-result').map((entry) => entry.detail);
  check(results.length === want, `${label}: expected ${want} kyc-result(s), got ${JSON.stringify(results)}`);
  scenario.results.forEach((expected, i) => {
    for (const [key, value] of Object.entries(expected)) check(results[i][key] === value, `${label}: result ${i + 1} ${key} is ${results[i][key]}, expected ${value} (${JSON.stringify(results[i])})`);
    check(results[i].provider === (scenario.expectProvider ?? scenario.provider), `${label}: provider ${results[i].provider}`);
  });
  check(!/_act-|authorizationToken|tok-/.test(JSON.stringify(log)), `${label}: a token leaked into an event detail`);
  return results.map((result) => `${result.status}${result.code ? ` (${result.code})` : ''} via ${result.source}`).join(' → ');
}

let server;
let browser;
async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  server = await createServer({configFile: `${root}vite.demo.real.config.ts`, logLevel: 'warn', server: {open: false, hmr: false, watch: null}});
  await server.listen();
  const base = server.resolvedUrls?.local[0];
  check(base, 'the demo server has no local URL');
  browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: !headful,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  await page.goto(new URL('?provider=jumio&mode=popup&locale=en', base).href, {waitUntil: 'load'});
  await page.waitForFunction(() => customElements.get('kyc-verify') && document.querySelector('kyc-verify')?.shadowRoot?.querySelector('[part~="start-button"]'), {timeout: TIMEOUT});
  const failures = [];
  console.log(`kyc-verify demo real-mode check against ${base}`);
  for (const scenario of SCENARIOS) {
    try {
      const summary = await runScenario(page, browser, scenario);
      console.log(`  ✓ ${scenario.provider} (${scenario.mode}): ${summary}`);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      console.log(`  ✗ ${scenario.provider} (${scenario.mode})`);
    }
    for (const other of await browser.pages()) if (other !== page) await other.close().catch(() => undefined);
  }
  if (failures.length) {
    console.error(`\n${failures.length} failure(s):`);
    for (const message of failures) console.error(`  - ${message}`);
    return 1;
  }
  console.log(`\nAll ${SCENARIOS.length} end-to-end runs passed.`);
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`demo real-mode check failed: ${error instanceof Error ? error.stack || error.message : error}`);
} finally {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
}
process.exit(code);
