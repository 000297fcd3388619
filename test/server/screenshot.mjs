// @ts-check
import {mkdir, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const dir = fileURLToPath(new URL('../screenshots/', import.meta.url));

/**
 * `executeServerCommand('element-screenshot', {x, y, width, height, name?})`: a PNG of that part of
 * the page, taken by the browser itself (puppeteer's `page.screenshot`), returned as base64 and, with
 * a `name`, written to test/screenshots/<name>.png (git-ignored) for a human to look at.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function elementScreenshot() {
  return {
    name: 'element-screenshot',
    async executeCommand({command, payload, session}) {
      if (command !== 'element-screenshot') return undefined;
      const {x, y, width, height, name} = /** @type {{x: number, y: number, width: number, height: number, name?: string}} */ (payload);
      const browser = /** @type {any} */ (session.browser);
      if (typeof browser.getPage !== 'function') throw new Error('element-screenshot needs the Chrome launcher');
      const page = browser.getPage(session.id);
      const png = await page.screenshot({clip: {x, y, width, height}, type: 'png'});
      if (name) {
        await mkdir(dir, {recursive: true});
        await writeFile(new URL(`${name.replace(/[^\w-]/g, '_')}.png`, `file://${dir}`), png);
      }
      return Buffer.from(png).toString('base64');
    },
  };
}
