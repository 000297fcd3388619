// @ts-check
/**
 * Server-renders test/ssr/page.tsx with `react-dom/server` in plain Node (no `window`, no `document`),
 * with React 18 (the test/react18 workspace) or React 19. The page and `src/react.ts` are bundled
 * with esbuild, every package left external, into `<react dir>/node_modules/.cache/`, so the bundle's
 * `react` import resolves to that React version and `lit` to its Node build.
 *
 * Run as a script (`node test/ssr/render.mjs 18`) it prints the HTML: the test server uses it to serve
 * the page to the hydration tests, in a process of its own.
 */
import {build} from 'esbuild';
import {mkdir, rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DIRS = {18: path.join(root, 'test/react18'), 19: root};

/** @param {'18' | '19'} version */
export async function renderPage(version = '19', props = {}) {
  const dir = DIRS[version];
  const outdir = path.join(dir, 'node_modules/.cache/kyc-verify-ssr');
  await mkdir(outdir, {recursive: true});
  const outfile = path.join(outdir, `page-${process.pid}-${Date.now()}.mjs`);
  await build({
    stdin: {
      contents: `export {CheckoutPage} from './page.tsx';\nexport {renderToString} from 'react-dom/server';\nexport {createElement, version} from 'react';\n`,
      resolveDir: path.join(root, 'test/ssr'),
      loader: 'ts',
    },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    // The decorators setting of the project (experimentalDecorators, useDefineForClassFields: false).
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  const page = await import(pathToFileURL(outfile).href).finally(() => rm(outfile, {force: true}));
  const html = page.renderToString(page.createElement(page.CheckoutPage, props));
  return {html, reactVersion: String(page.version)};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] === '18' ? '18' : '19';
  const {html} = await renderPage(version);
  process.stdout.write(html);
}
