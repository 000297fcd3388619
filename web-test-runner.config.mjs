// @ts-check
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fileURLToPath} from 'node:url';
import {findChrome} from './scripts/find-chrome.mjs';
import {startProviderSim} from './demo/server/sim-server.mjs';
import {testBackend} from './test/server/test-backend.mjs';

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
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  concurrency: 1,
  testFramework: {config: {timeout: 8000}},
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
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
  ],
  browsers: [
    chromeLauncher({
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
