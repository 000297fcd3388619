// @ts-check
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fileURLToPath} from 'node:url';
import {findChrome} from './scripts/find-chrome.mjs';
import {BUILD_DEFINE} from './scripts/build-define.mjs';
import {startProviderSim} from './demo/server/sim-server.mjs';
import {testBackend} from './test/server/test-backend.mjs';
import {reactVersions} from './test/server/react-versions.mjs';
import {ssrPage} from './test/server/ssr-page.mjs';
import {vueBrowser} from './test/server/vue-browser.mjs';
import {elementScreenshot} from './test/server/screenshot.mjs';

/**
 * `qrcode` (lazy QR encoder) and `jsqr` (the tests' QR decoder) are CommonJS/UMD: the dev server serves
 * their entry files bundled by esbuild as ES modules (`export default module.exports`). Vite and the
 * bundlers that apps use handle CommonJS themselves.
 */
function commonJsPackages(names) {
  const cache = new Map();
  return {
    name: 'commonjs-packages',
    async serve(context) {
      const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/.+\.js$/.exec(context.path);
      if (!match || !names.includes(match[1])) return undefined;
      if (!cache.has(context.path)) {
        const {build} = await import('esbuild');
        const entry = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
        const result = await build({entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent'});
        cache.set(context.path, result.outputFiles[0].text);
      }
      return {body: cache.get(context.path), type: 'js'};
    },
  };
}

/**
 * Serves test/fixtures/csp.html under a strict Content-Security-Policy (SPEC §5): scripts and styles
 * from this origin only (no 'unsafe-inline', no 'unsafe-eval'), Trusted Types for every script sink
 * with Lit's policy as the only one, frames from this origin (the return URL) and the provider sim.
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "frame-src 'self' http://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The strict policy with a `frame-src` that allows the provider sim but not 'self' (the return URL). */
const NO_SELF_FRAME_CSP = STRICT_CSP.replace("frame-src 'self' http://127.0.0.1:*", 'frame-src http://127.0.0.1:*');

function strictCspFixture() {
  return async (context, next) => {
    await next();
    if (context.path === '/test/fixtures/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
    if (context.path === '/test/fixtures/csp-frame.html') context.set('Content-Security-Policy', NO_SELF_FRAME_CSP);
  };
}

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

/** @type {{origin: string, otherOrigin: string, close(): Promise<unknown>} | undefined} */
let sim;

const filteredLogs = ['Lit is in dev mode'];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  // Test files run three at a time, each page in its own browser context (see `createPage` below):
  // most of a browser test's time is spent waiting for a provider page, not on the CPU.
  concurrency: 3,
  // Generous: a passing test never waits for it; the tests' own waits (test/helpers.ts EVENT_TIMEOUT) fail first.
  testFramework: {config: {timeout: 60000}},
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    commonJsPackages(['qrcode', 'jsqr']),
    reactVersions(),
    vueBrowser(),
    elementScreenshot(),
    esbuildPlugin({
      ts: true,
      tsx: true, // the React tests; `jsx` comes from tsconfig.json
      target: 'es2022',
      define: BUILD_DEFINE,
      // Without it esbuild falls back to TC39 decorators and Lit throws "Unsupported decorator location".
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    {
      name: 'provider-sim',
      async serverStart() {
        sim = await startProviderSim();
      },
      async serverStop() {
        await sim?.close();
      },
    },
  ],
  middleware: [
    testBackend(() => {
      if (!sim) throw new Error('provider sim not started');
      return sim;
    }),
    strictCspFixture(),
    ssrPage(),
  ],
  browsers: [
    chromeLauncher({
      // Its own cookies, storage and BroadcastChannel per page: files running side by side cannot
      // hear each other's returns or see each other's cookies.
      createPage: async ({browser}) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', // required as root
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking', // closed network: no lookups of Google's hosts
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--use-fake-device-for-media-stream', // a camera for `auto` mode; tests stub it away where needed
          '--use-fake-ui-for-media-stream',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({args}) => !args.some((arg) => typeof arg === 'string' && filteredLogs.some((f) => arg.includes(f))),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: {statements: 85, lines: 85, branches: 70, functions: 80},
    reportDir: 'coverage',
  },
};
