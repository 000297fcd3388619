import puppeteer from 'puppeteer-core';
import {findChrome} from './find-chrome.mjs';
import {startBenchServer} from '../bench/server.mjs';
const server = await startBenchServer();
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: ['--no-sandbox']});
const mode = process.argv[2] || 'iframe';
const nav = process.argv[3] === 'nav';
for (let i = 0; i < 6; i++) for (const kind of ['kyc', 'bare']) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.emulateNetworkConditions({offline: false, latency: 40, download: -1, upload: -1});
  await page.evaluateOnNewDocument(() => { addEventListener('click', (e) => performance.mark('click', {startTime: e.timeStamp}), {capture: true, once: true}); addEventListener('kyc-ready', () => performance.mark('flow'), true); });
  const url = `${server.pageOrigin}/${kind}-${mode}.html?run=d${i}`;
  const BOX = () => { const el = document.querySelector('kyc-verify'); const b = el ? el.shadowRoot?.querySelector('button') : document.getElementById('start'); if (!b) return null; const r = b.getBoundingClientRect(); return r.width ? {x: r.x + r.width / 2, y: r.y + r.height / 2} : null; };
  if (!nav) { await page.goto(url, {waitUntil: 'load'}); await page.waitForNetworkIdle({idleTime: 300}); } else { page.goto(url).catch(() => {}); }
  const box = await (await page.waitForFunction(BOX, {polling: 'raf'})).jsonValue();
  await page.mouse.click(box.x, box.y);
  await page.waitForFunction(() => performance.getEntriesByName('flow').length, {timeout: 15000});
  const r = await page.evaluate(() => {
    const click = performance.getEntriesByName('click')[0].startTime;
    const flow = performance.getEntriesByName('flow')[0].startTime;
    const res = performance.getEntriesByType('resource').map((e) => ({n: new URL(e.name).pathname.replace(/-[A-Za-z0-9_-]{8}\.js/, '.js'), s: Math.round(e.startTime), rs: Math.round(e.responseStart), e: Math.round(e.responseEnd)}));
    const nav = performance.getEntriesByType('navigation')[0];
    return {click: Math.round(click), flow: Math.round(flow), dcl: Math.round(nav.domContentLoadedEventEnd), res};
  });
  console.log(kind, `click ${r.click} flow ${r.flow} (Δ ${r.flow - r.click})`, r.res.map((x) => `${x.n}[${x.s}-${x.e}]`).join(' '));
  await context.close();
}
await browser.close(); server.close?.(); process.exit(0);
