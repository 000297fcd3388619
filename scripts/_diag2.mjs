import puppeteer from 'puppeteer-core';
import {findChrome} from './find-chrome.mjs';
import {startBenchServer} from '../bench/server.mjs';
const server = await startBenchServer();
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: ['--no-sandbox']});
for (let i = 0; i < 6; i++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.emulateNetworkConditions({offline: false, latency: 40, download: -1, upload: -1});
  await page.evaluateOnNewDocument(() => {
    const poll = () => {};
    requestAnimationFrame(poll);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name.includes('kyc-verify.js')) performance.mark('entry-end', {startTime: e.responseEnd}); }).observe({type: 'resource', buffered: true});
  });
  await page.goto(`${server.pageOrigin}/kyc-iframe.html`, {waitUntil: 'load'});
  await page.waitForNetworkIdle({idleTime: 300});
  const r = await page.evaluate(() => {
    const e = performance.getEntriesByType('resource').find((x) => x.name.includes('kyc-verify.js'));
    const b = performance.getEntriesByName('button')[0];
    const lt = performance.getEntriesByType('longtask');
    return {entryEnd: Math.round(e.responseEnd), modStart: Math.round(performance.getEntriesByName('module-start')[0]?.startTime), button: Math.round(b?.startTime), fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime)};
  });
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close(); process.exit(0);
