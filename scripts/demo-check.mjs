// `npm run demo:check`: starts the demo (vite.demo.config.ts) on free ports, drives it with headless
// Chromium through puppeteer-core, and checks real flows end to end: the element asks the mock backend
// for a session, shows the simulated provider in a cross-origin iframe, a button in that frame plays the
// provider's real messages and redirect, and the page's event log must show the right `kyc-result`.
// It also checks the choosers (combinations that can only fail are offered disabled, with a reason) and
// the Jumio QR code (it holds the backend's hand-off link, not Jumio's link with its authorizationToken).
// Exits non-zero on any failure. Options: --screenshot=<path> (default /tmp/demo.png), --headful.
import {createServer} from 'vite';
import puppeteer from 'puppeteer-core';
import jsQR from 'jsqr';
import {fileURLToPath} from 'node:url';
import {findChrome} from './find-chrome.mjs';

const args = process.argv.slice(2);
const screenshotPath = args.find((arg) => arg.startsWith('--screenshot='))?.slice(13) || '/tmp/demo.png';
const headful = args.includes('--headful');

// Free ports, so the check runs beside a running `npm start`. Read by vite.demo.config.ts.
process.env.KYC_DEMO_PORT = process.env.KYC_DEMO_CHECK_PORT || '0';
process.env.KYC_DEMO_SIM_PORT = '0';

const TIMEOUT = 15_000;

/** Each scenario: provider, the button in the simulated provider page, and what the log must show. */
const SCENARIOS = [
  {provider: 'jumio', button: 'Finish (success)', status: 'completed', reference: /^wfe-/, required: true},
  {provider: 'smile', button: 'Submit (success)', status: 'completed', reference: /^ref-/, required: true},
  {provider: 'jumio', button: 'Session expired (J040412)', status: 'expired', code: 'J040412', retryable: true},
  {provider: 'jumio', button: 'Cancel (G000000)', status: 'cancelled', code: 'G000000', retryable: true},
  {provider: 'jumio', button: 'Camera missing (H000000)', status: 'error', code: 'H000000', retryable: true},
  {provider: 'jumio', buttons: ['Network hiccup (retriable A)', 'Finish (success)'], status: 'completed', progress: 'provider-error'},
  {provider: 'smile', button: 'Close (cancel)', status: 'cancelled', retryable: true},
  {provider: 'smile', button: 'Fail', status: 'error', code: 'fail', retryable: true},
  {provider: 'smile', button: 'Error', status: 'error', code: 'SmileIdentity::Error', retryable: true},
  {provider: 'smile', button: 'Deny consent', status: 'cancelled', code: 'SmileIdentity::ConsentDenied', retryable: false},
  {provider: 'sumsub', button: 'Submit', status: 'completed'},
  // Trusset is not documented as frameable: `auto` opens a popup, so the check picks mode="iframe".
  {provider: 'trusset', button: 'Finish', status: 'completed', mode: 'iframe', select: 'iframe'},
  // Sumsub and Grid tokens run in @sumsub/websdk (the real SDK) against the simulated WebSDK page.
  {provider: 'sumsub', choice: 'sumsub-sdk', button: 'Approve (GREEN)', status: 'approved', mode: 'sdk', reference: 'app-sim-1'},
  {provider: 'sumsub', choice: 'sumsub-sdk', buttons: ['Token expires', 'Submit'], status: 'completed', mode: 'sdk', progress: 'token-refreshed'},
  {provider: 'grid', button: 'Submit', status: 'completed', mode: 'sdk'},
  {provider: 'generic', button: 'Fail', status: 'error', code: 'failed'},
];

const results = [];
let server;
let browser;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The log entries of the page, as {event, status, detail}. */
const readLog = (page) =>
  page.$$eval('#log li[data-event]', (items) =>
    items.map((item) => ({event: item.dataset.event, status: item.dataset.status, detail: JSON.parse(item.querySelector('pre')?.textContent || '{}')})),
  );

async function choose(page, provider, mode = 'auto') {
  await page.select('#locale', 'en');
  // The provider first: it decides which modes are offered (each change mounts a fresh element).
  await page.select('#provider', provider);
  await page.select('#mode', mode);
  const chosen = await page.$eval('#mode', (select) => select.value);
  check(chosen === mode, `${provider}: mode ${mode} could not be chosen (the chooser says ${chosen})`);
  await page.click('#clear-log');
  await page.waitForFunction(() => document.querySelector('kyc-verify')?.getAttribute('state') === 'idle', {timeout: TIMEOUT});
}

async function runScenario(page, scenario) {
  const label = `${scenario.provider}: ${(scenario.buttons ?? [scenario.button]).join(' → ')}`;
  await choose(page, scenario.choice ?? scenario.provider, scenario.select);

  // A keyboard user's path: the start button inside the element's shadow root.
  await page.click('kyc-verify >>> [part~="start-button"]');
  await page.waitForSelector('kyc-verify >>> iframe[part~="frame"]', {timeout: TIMEOUT});
  await page.waitForFunction(() => document.querySelector('#log li[data-event="kyc-ready"]'), {timeout: TIMEOUT});
  // The frame's document is the provider's only after its first load (kyc-ready): look it up now.
  const frameHandle = await page.$('kyc-verify >>> iframe[part~="frame"]');
  const frame = await frameHandle?.contentFrame();
  check(frame, `${label}: no provider frame`);

  const frameOrigin = new URL(frame.url()).origin;
  const pageOrigin = new URL(page.url()).origin;
  check(frameOrigin !== pageOrigin, `${label}: the provider frame is on the page's own origin (${frameOrigin})`);

  for (const button of scenario.buttons ?? [scenario.button]) {
    const target = await frame.waitForSelector(`::-p-text(${JSON.stringify(button)})`, {timeout: TIMEOUT});
    await target.click();
    if (scenario.buttons) await sleep(400);
  }

  await page.waitForFunction(() => document.querySelector('#log li[data-event="kyc-result"]'), {timeout: TIMEOUT});
  // Late signals (Smile's Close::System, the redirect after a message) must not add a second result.
  await sleep(1200);

  const log = await readLog(page);
  const starts = log.filter((entry) => entry.event === 'kyc-start');
  const ready = log.filter((entry) => entry.event === 'kyc-ready');
  const outcomes = log.filter((entry) => entry.event === 'kyc-result');
  check(starts.length === 1, `${label}: expected one kyc-start, got ${starts.length}: ${JSON.stringify(log)}`);
  check(ready.length === 1, `${label}: expected one kyc-ready, got ${ready.length}`);
  check(outcomes.length === 1, `${label}: expected exactly one kyc-result, got ${outcomes.length}: ${JSON.stringify(outcomes.map((o) => o.detail))}`);
  const result = outcomes[0].detail;
  const attempt = starts[0].detail.attempt;
  check(result.attempt === attempt, `${label}: kyc-result is for attempt ${result.attempt}, not ${attempt}`);
  check(ready[0].detail.provider === scenario.provider, `${label}: kyc-ready provider is ${ready[0].detail.provider}`);
  check(ready[0].detail.mode === (scenario.mode ?? 'iframe'), `${label}: kyc-ready mode is ${ready[0].detail.mode}`);
  check(result.provider === scenario.provider, `${label}: provider ${result.provider}, expected ${scenario.provider}`);
  check(result.status === scenario.status, `${label}: status ${result.status}, expected ${scenario.status} (${JSON.stringify(result)})`);
  if ('code' in scenario) check(result.code === scenario.code, `${label}: code ${result.code}, expected ${scenario.code}`);
  if ('retryable' in scenario) check(result.retryable === scenario.retryable, `${label}: retryable ${result.retryable}, expected ${scenario.retryable}`);
  if (scenario.reference instanceof RegExp) check(scenario.reference.test(result.reference ?? ''), `${label}: reference ${result.reference}`);
  else if (scenario.reference) check(result.reference === scenario.reference, `${label}: reference ${result.reference}, expected ${scenario.reference}`);
  if (scenario.progress) {
    check(log.some((entry) => entry.event === 'kyc-progress' && entry.detail.step === scenario.progress), `${label}: no kyc-progress ${scenario.progress}`);
  }
  const serialized = JSON.stringify(log);
  check(!/tok-|secret-jumio-token|authorizationToken|_act-/.test(serialized), `${label}: a token leaked into an event detail`);

  const state = await page.$eval('kyc-verify', (element) => element.getAttribute('state'));
  const wantState = ['completed', 'approved', 'rejected'].includes(result.status) ? 'done' : 'failed';
  check(state === wantState, `${label}: element state ${state}, expected ${wantState}`);
  const heading = await page.$eval('kyc-verify', (element) => element.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? '');
  check(heading.trim().length > 0, `${label}: no end-view heading`);

  results.push({label, status: result.status, code: result.code, source: result.source});
  return result;
}

async function checkLocale(page) {
  await page.select('#provider', 'jumio');
  await page.select('#locale', 'ar');
  // The Arabic catalog is a chunk of its own: the element renders again once it has arrived.
  await page
    .waitForFunction(() => !/Verify/.test(document.querySelector('kyc-verify')?.shadowRoot?.querySelector('[part~="start-button"]')?.textContent ?? 'Verify'), {timeout: 10000})
    .catch(() => undefined);
  const view = await page.$eval('kyc-verify', (element) => {
    const root = element.shadowRoot?.querySelector('.root');
    return {dir: root?.getAttribute('dir'), start: element.shadowRoot?.querySelector('[part~="start-button"]')?.textContent?.trim()};
  });
  check(view.dir === 'rtl', `locale ar: the element's UI is not right-to-left (${view.dir})`);
  check(view.start && !/Verify/.test(view.start), `locale ar: the start button is not translated (${view.start})`);
  await page.select('#locale', 'en');
  results.push({label: 'locale ar: right-to-left, translated', status: 'ok'});
}

async function checkCancel(page) {
  await choose(page, 'smile');
  await page.click('kyc-verify >>> [part~="start-button"]');
  await page.waitForFunction(() => document.querySelector('#log li[data-event="kyc-ready"]'), {timeout: TIMEOUT});
  await page.click('#cancel');
  await page.waitForFunction(() => document.querySelector('#log li[data-event="kyc-result"]'), {timeout: TIMEOUT});
  const outcomes = (await readLog(page)).filter((entry) => entry.event === 'kyc-result');
  check(outcomes.length === 1 && outcomes[0].detail.status === 'cancelled', `cancel(): expected one cancelled result, got ${JSON.stringify(outcomes.map((o) => o.detail))}`);
  const frames = await page.$$('kyc-verify >>> iframe');
  check(frames.length === 0, 'cancel(): the provider frame is still in the page');
  results.push({label: 'smile: element.cancel() from the page', status: outcomes[0].detail.status, code: outcomes[0].detail.code, source: outcomes[0].detail.source});
}

/**
 * The combinations that can only fail (`unsupported-mode`): `sdk` for a provider whose backend answers
 * with a link, and the link modes for a Sumsub access token. Written out here, not read from the page.
 */
const UNAVAILABLE = {
  jumio: ['sdk'],
  smile: ['sdk'],
  sumsub: ['sdk'],
  'sumsub-sdk': ['iframe', 'qr', 'popup', 'redirect'],
  trusset: ['sdk'],
  grid: [],
  generic: ['sdk'],
};

/** Each provider's mode chooser: the impossible modes disabled, each with a reason the user sees. */
async function checkDisabledModes(page, base) {
  let offered = 0;
  let total = 0;
  for (const [provider, expected] of Object.entries(UNAVAILABLE)) {
    await page.select('#provider', provider);
    const view = await page.evaluate(() => {
      const note = document.querySelector('#mode-note');
      return {
        options: [...document.querySelector('#mode').options].map((option) => ({value: option.value, disabled: option.disabled, text: option.textContent.trim()})),
        note: note.textContent.trim(),
        noteShown: note.getClientRects().length > 0 && getComputedStyle(note).visibility !== 'hidden',
        mode: document.querySelector('#mode').value,
      };
    });
    const disabled = view.options.filter((option) => option.disabled).map((option) => option.value);
    total += view.options.length;
    offered += view.options.length - disabled.length;
    check(JSON.stringify(disabled) === JSON.stringify(expected), `${provider}: disabled modes ${JSON.stringify(disabled)}, expected ${JSON.stringify(expected)}`);
    check(!disabled.includes(view.mode), `${provider}: the chosen mode ${view.mode} is a disabled one`);
    for (const option of view.options.filter((o) => o.disabled)) {
      check(option.text !== option.value && /not offered/.test(option.text), `${provider}: the disabled option ${option.value} gives no reason ("${option.text}")`);
    }
    if (expected.length) {
      check(view.noteShown && view.note.length > 0, `${provider}: no reason shown under the mode chooser`);
      check(!view.note.includes('\n') && view.note.length < 200, `${provider}: the reason is not one short line ("${view.note}")`);
      for (const mode of expected) check(view.note.includes(mode), `${provider}: the reason does not name ${mode} ("${view.note}")`);
    } else {
      check(!view.noteShown, `${provider}: a "not offered" note although every mode is offered ("${view.note}")`);
    }
  }
  check(total === 42 && offered === 33, `expected 33 of 42 combinations offered, got ${offered} of ${total}`);
  results.push({label: `choosers: ${total - offered} of ${total} combinations disabled with a reason`, status: 'ok'});

  // A link asking for an impossible combination: back to auto, and the page says so.
  const other = await browser.newPage();
  try {
    await other.goto(new URL('?provider=jumio&mode=sdk&locale=en', base).href, {waitUntil: 'load'});
    await other.waitForFunction(() => document.querySelector('kyc-verify')?.getAttribute('mode'), {timeout: TIMEOUT});
    const view = await other.evaluate(() => ({
      chooser: document.querySelector('#mode').value,
      element: document.querySelector('kyc-verify').getAttribute('mode'),
      note: document.querySelector('#auto-note').textContent,
    }));
    check(view.chooser === 'auto' && view.element === 'auto', `?provider=jumio&mode=sdk: mode ${view.chooser} / element ${view.element}, expected auto`);
    check(/not offered/.test(view.note), `?provider=jumio&mode=sdk: the page does not say why it switched to auto ("${view.note}")`);
    results.push({label: '?provider=jumio&mode=sdk falls back to auto, with a reason', status: 'ok'});
  } finally {
    await other.close();
  }
}

/** The QR code on screen, read back: the SVG drawn to a canvas in the page, decoded here with jsQR. */
async function readQr(page) {
  const size = 400;
  const pixels = await page.evaluate(async (size) => {
    const svg = document.querySelector('kyc-verify').shadowRoot.querySelector('svg[part~="qr-code"]');
    const clone = svg.cloneNode(true);
    clone.setAttribute('width', String(size));
    clone.setAttribute('height', String(size));
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], {type: 'image/svg+xml'}));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size, size);
      context.drawImage(image, 0, 0, size, size);
      const data = context.getImageData(0, 0, size, size).data;
      let text = '';
      for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return btoa(text);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, size);
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), size, size)?.data ?? null;
}

/**
 * Jumio in QR mode: the code decodes to the backend's hand-off link on the demo's own origin (the one
 * the page shows), never to Jumio's link with its authorizationToken; the hand-off link redirects to
 * Jumio's link; a phone that follows it and finishes brings the result to the page.
 */
async function checkJumioQr(page) {
  await choose(page, 'jumio', 'qr');
  await page.click('kyc-verify >>> [part~="start-button"]');
  await page.waitForSelector('kyc-verify >>> svg[part~="qr-code"]', {timeout: TIMEOUT});
  await page.waitForSelector('#handoff code', {timeout: TIMEOUT});
  const shown = await page.$eval('#handoff code', (code) => code.textContent.trim());
  const decoded = await readQr(page);
  check(decoded, 'jumio qr: the QR code does not decode');
  check(!/authorizationToken|tok-/.test(decoded), `jumio qr: the code holds Jumio's link with its token (${decoded})`);
  const pageOrigin = new URL(page.url()).origin;
  const handoff = new URL(decoded);
  check(handoff.origin === pageOrigin && handoff.pathname.startsWith('/api/kyc/h/'), `jumio qr: the code is not a hand-off link on the demo's origin (${decoded})`);
  check(decoded === shown, `jumio qr: the code (${decoded}) is not the hand-off link the page shows (${shown})`);
  const openHere = await page.$eval('kyc-verify', (element) => element.shadowRoot.querySelector('a[part~="open-here"]')?.href ?? '');
  check(!/authorizationToken/.test(openHere), `jumio qr: "open on this device" shows Jumio's token (${openHere})`);

  const hop = await fetch(decoded, {redirect: 'manual'});
  const location = hop.headers.get('location') ?? '';
  check(hop.status === 302 && /authorizationToken=/.test(location) && new URL(location).origin !== pageOrigin, `jumio qr: the hand-off link answers ${hop.status} → ${location}`);

  // The phone: follows the hand-off link to the simulated Jumio page and finishes there.
  const phone = await browser.newPage();
  try {
    await phone.goto(decoded, {waitUntil: 'load'});
    const finish = await phone.waitForSelector('::-p-text("Finish (success)")', {timeout: TIMEOUT});
    await finish.click();
    // Back to the computer's tab: a hidden tab's timers (status polling) are throttled.
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelector('#log li[data-event="kyc-result"]'), {timeout: 3 * TIMEOUT});
  } finally {
    await phone.close();
  }
  const outcomes = (await readLog(page)).filter((entry) => entry.event === 'kyc-result');
  check(outcomes.length === 1 && ['completed', 'approved'].includes(outcomes[0].detail.status), `jumio qr: expected one completed/approved result, got ${JSON.stringify(outcomes.map((o) => o.detail))}`);
  results.push({label: 'jumio qr: the code is the hand-off link, not the token link; the phone finishes', status: outcomes[0].detail.status, source: outcomes[0].detail.source});
}

async function checkReturnPage(base) {
  const page = await browser.newPage();
  try {
    await page.goto(new URL('return.html?kyc_attempt=00000000-0000-4000-8000-000000000000&status=success', base).href, {waitUntil: 'load'});
    await page.waitForFunction(() => document.querySelector('[data-kyc-verify-return]')?.getAttribute('role') === 'status', {timeout: TIMEOUT});
    const text = await page.$eval('[data-kyc-verify-return]', (p) => p.textContent?.trim());
    check(/continue where you started/.test(text ?? ''), `return.html at the top level says "${text}"`);
    results.push({label: 'return.html opened directly: "continue where you started"', status: 'ok'});
  } finally {
    await page.close();
  }
}

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  // No file watching and no HMR: an edit to src/ during the check must not reload the page mid-flow.
  server = await createServer({configFile: `${root}vite.demo.config.ts`, logLevel: 'warn', server: {open: false, hmr: false, watch: null}});
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
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}${message.location()?.url ? ` (${message.location().url})` : ''}`);
  });

  await page.goto(new URL('?provider=jumio&mode=auto&locale=en', base).href, {waitUntil: 'load'});
  // The demo page itself must never navigate: the flow runs in the element's iframe.
  // (`history.replaceState` for the settings is a same-document navigation and loads nothing.)
  page.on('domcontentloaded', () => problems.push(`the demo page was reloaded or navigated (${page.url()})`));
  await page.waitForFunction(() => customElements.get('kyc-verify') && document.querySelector('kyc-verify')?.shadowRoot?.querySelector('[part~="start-button"]'), {timeout: TIMEOUT});
  const title = await page.title();
  check(title === 'kyc-verify demo', `page title is "${title}"`);

  const failures = [];
  for (const scenario of SCENARIOS) {
    try {
      await runScenario(page, scenario);
    } catch (error) {
      failures.push({scenario, message: error instanceof Error ? error.message : String(error)});
      results.push({label: `${scenario.provider}: ${scenario.button ?? scenario.buttons?.join(' → ')}`, status: 'FAILED'});
    }
  }
  for (const [name, extra] of [
    ['choosers', () => checkDisabledModes(page, base)],
    ['jumio qr', () => checkJumioQr(page)],
    ['cancel', () => checkCancel(page)],
    ['locale', () => checkLocale(page)],
    ['return page', () => checkReturnPage(base)],
  ]) {
    try {
      await extra();
    } catch (error) {
      failures.push({scenario: {provider: name}, message: error instanceof Error ? error.message : String(error)});
      results.push({label: name, status: 'FAILED'});
    }
  }

  // A screenshot with the flow on screen and a completed Jumio run in the log.
  try {
    await choose(page, 'jumio');
    await page.click('kyc-verify >>> [part~="start-button"]');
    await page.waitForFunction(() => document.querySelector('#log li[data-event="kyc-ready"]'), {timeout: TIMEOUT});
    await sleep(300);
    await page.screenshot({path: screenshotPath, fullPage: true});
  } catch (error) {
    failures.push({scenario: {provider: 'screenshot'}, message: error instanceof Error ? error.message : String(error)});
  }

  for (const problem of problems) failures.push({scenario: {provider: 'page'}, message: problem});

  console.log(`kyc-verify demo check against ${base}`);
  for (const {label, status, code, source} of results) {
    console.log(`  ${status === 'FAILED' ? '✗' : '✓'} ${label} → ${status}${code ? ` (${code})` : ''}${source ? ` via ${source}` : ''}`);
  }
  console.log(`  screenshot: ${screenshotPath}`);
  if (failures.length) {
    console.error(`\n${failures.length} failure(s):`);
    for (const {message} of failures) console.error(`  - ${message}`);
    const required = failures.filter(({scenario}) => scenario.required);
    if (required.length) console.error('  (including a required Jumio or Smile ID completion)');
    return 1;
  }
  console.log(`\nAll ${results.length} checks passed.`);
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`demo check failed: ${error instanceof Error ? error.stack || error.message : error}`);
  code = 1;
} finally {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
}
process.exit(code);
