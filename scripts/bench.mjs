// The benchmark: serves bench/ and the CDN build (dist/cdn) on one origin and the simulated provider on
// another, opens the page in headless Chromium, and reads what a user waits for and what a page keeps:
//   - import + first render of <kyc-verify> from the CDN file (cold page load, median of 5 loads),
//   - click → kyc-ready in iframe mode against a local provider page (median),
//   - after 60 mount/start/cancel/remove cycles: window listeners, iframes, and JS heap growth.
// Budgets are generous ceilings (10× what this machine measures) so a regression, not noise, fails CI.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {findChrome} from './find-chrome.mjs';
import {startProviderSim} from '../demo/server/sim-server.mjs';

const BUDGET = {firstRenderMs: 250, clickToReadyMs: 1000, heapGrowthPerCycleKb: 16};
const root = new URL('..', import.meta.url);
if (!existsSync(new URL('dist/cdn/kyc-verify.js', root))) {
  console.error('dist/cdn/kyc-verify.js is missing: run `npm run build` first.');
  process.exit(1);
}

const TYPES = {'.js': 'text/javascript', '.html': 'text/html'};
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const file = path.startsWith('/cdn/') ? `dist${path}` : path === '/' ? 'bench/index.html' : `bench${path}`;
  try {
    const body = await readFile(new URL(file, root));
    response.writeHead(200, {'Content-Type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', 'Cache-Control': 'no-store'});
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, 'localhost', resolve));
const pageOrigin = `http://localhost:${server.address().port}`;
const sim = await startProviderSim();

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--js-flags=--expose-gc'],
});

let failed = false;
try {
  const page = await browser.newPage();
  const url = `${pageOrigin}/?sim=${encodeURIComponent(sim.origin)}&runs=10`;
  const firstRenders = [];
  let results;
  for (let load = 0; load < 5; load++) {
    await page.goto(url);
    await page.waitForFunction('window.benchReady === true', {timeout: 60000});
    results = await page.evaluate(() => window.benchResults);
    firstRenders.push(results.firstRenderMs);
  }
  const firstRenderMs = firstRenders.sort((a, b) => a - b)[2];

  // Leaks: count what stays on the page after many attempts.
  const cdp = await page.createCDPSession();
  const windowListeners = async () => {
    await page.evaluate(() => window.gc());
    const {result} = await cdp.send('Runtime.evaluate', {expression: 'window'});
    const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId});
    return listeners.length;
  };
  const heap = async () => {
    await page.evaluate(() => window.gc());
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(() => window.churn(5)); // warm up
  const listenersBefore = await windowListeners();
  const heapBefore = await heap();
  const cycles = 60;
  await page.evaluate((n) => window.churn(n), cycles);
  const listenersAfter = await windowListeners();
  const heapAfter = await heap();
  const iframesLeft = await page.evaluate(() => document.querySelectorAll('iframe').length);
  const heapGrowthPerCycleKb = (heapAfter - heapBefore) / 1024 / cycles;

  const rows = [
    ['import + define (CDN entry)', `${results.importMs.toFixed(1)} ms`],
    ['first render, median of 5 loads', `${firstRenderMs.toFixed(1)} ms`, BUDGET.firstRenderMs, firstRenderMs],
    ['click → kyc-ready (iframe), median of 10', `${results.clickToReadyMs.toFixed(1)} ms`, BUDGET.clickToReadyMs, results.clickToReadyMs],
    [`window listeners before → after ${cycles} attempts`, `${listenersBefore} → ${listenersAfter}`],
    ['iframes left in the page', String(iframesLeft)],
    ['JS heap growth per attempt', `${heapGrowthPerCycleKb.toFixed(2)} KB`, BUDGET.heapGrowthPerCycleKb, heapGrowthPerCycleKb],
  ];
  console.log('Benchmark (headless Chromium, CDN build):');
  for (const [name, value, budget] of rows) console.log(`  ${name.padEnd(48)} ${value.padStart(12)}${budget ? `   (budget ${budget})` : ''}`);
  for (const [name, , budget, number] of rows) {
    if (budget && number > budget) {
      console.error(`FAIL: ${name} is over its budget of ${budget}.`);
      failed = true;
    }
  }
  if (listenersAfter > listenersBefore) {
    console.error('FAIL: window listeners grew: a teardown leaks.');
    failed = true;
  }
  if (iframesLeft > 0) {
    console.error('FAIL: iframes were left in the page.');
    failed = true;
  }
} finally {
  await browser.close();
  await sim.close();
  server.close();
}
process.exit(failed ? 1 : 0);
