// The demo (`npm start`): serves demo/ with Vite on http://localhost:5173, with the mock backend
// (POST /api/kyc/session) as middleware and the simulated provider pages on http://127.0.0.1:5174 and
// :5175 — other origins than the page's, as a real provider's are. Nothing external is contacted.
//
// Ports: KYC_DEMO_PORT (default 5173), KYC_DEMO_SIM_PORT (default 5174; the second origin is the next
// port, or a free one when 0). `scripts/demo-check.mjs` passes 0 for both to run beside `npm start`.
import {fileURLToPath} from 'node:url';
import {defineConfig, type Plugin} from 'vite';
import {mockBackend} from './demo/server/mock-backend.mjs';
import {BUILD_DEFINE} from './scripts/build-define.mjs';
import {startProviderSim, type ProviderSim} from './demo/server/sim-server.mjs';

const port = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

const PAGE_PORT = port(process.env.KYC_DEMO_PORT, 5173);
const SIM_PORT = port(process.env.KYC_DEMO_SIM_PORT, 5174);

/**
 * The provider sim of this process. Vite configures a restarted server (after an edit to this file or
 * to demo/server/*) before it closes the old one: the new server replaces the old sim, on the same
 * fixed ports and with the new code, instead of colliding with it.
 */
const SIM_KEY = Symbol.for('kyc-verify.demo.sim');
const shared = globalThis as typeof globalThis & {[SIM_KEY]?: Promise<ProviderSim>};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startSim(previous: Promise<ProviderSim> | undefined): Promise<ProviderSim> {
  const old = await previous?.catch(() => undefined);
  if (old) await Promise.race([old.close(), sleep(500)]);
  for (let tries = 1; ; tries++) {
    try {
      return await startProviderSim({port: SIM_PORT, otherPort: SIM_PORT ? SIM_PORT + 1 : 0, host: '127.0.0.1'});
    } catch (error) {
      // The old sim's ports may take a moment to free up; anything else (or a port in use for
      // good) is reported.
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !old || tries >= 10) throw error;
      await sleep(200);
    }
  }
}

function replaceSim(): Promise<ProviderSim> {
  const next = startSim(shared[SIM_KEY]);
  shared[SIM_KEY] = next;
  return next;
}

/** Closes the sim with the server that started it, unless a restarted server took it over. */
async function stopSim(mine: Promise<ProviderSim>): Promise<void> {
  if (shared[SIM_KEY] !== mine) return;
  delete shared[SIM_KEY];
  await (await mine.catch(() => undefined))?.close();
}

/** Mounts the mock backend and starts the simulated provider with the dev server. */
export function kycDemo(): Plugin {
  return {
    name: 'kyc-verify-demo',
    apply: 'serve',
    async configureServer(server) {
      const mine = replaceSim();
      let sim: ProviderSim;
      try {
        sim = await mine;
      } catch (error) {
        throw new Error(`The simulated provider could not listen on 127.0.0.1:${SIM_PORT} (${(error as Error).message}). Set KYC_DEMO_SIM_PORT to a free port.`);
      }
      server.httpServer?.once('close', () => void stopSim(mine));
      server.middlewares.use(mockBackend({simOrigin: () => sim.origin}));
      // Lets the page say where the simulated provider runs.
      server.middlewares.use('/__demo/config', (_request, response) => {
        response.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
        response.end(JSON.stringify({simOrigin: sim.origin}));
      });
      server.config.logger.info(`  kyc-verify demo: simulated provider on ${sim.origin} (and ${sim.otherOrigin})`);
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  // The element's decorators need `experimentalDecorators` and `useDefineForClassFields: false`,
  // which Vite's Oxc transform reads from tsconfig.json.
  plugins: [kycDemo()],
  define: BUILD_DEFINE,
  // Only the demo pages: demo/sim/provider.html is served by the simulated provider, not by Vite.
  // Pre-bundle the lazily imported packages too, so their first use does not reload the page.
  optimizeDeps: {entries: ['index.html', 'return.html'], include: ['qrcode', '@sumsub/websdk']},
  server: {
    // `localhost`, not 127.0.0.1: the page must be on another origin than the simulated provider.
    host: 'localhost',
    port: PAGE_PORT,
    strictPort: PAGE_PORT !== 0,
    fs: {allow: [fileURLToPath(new URL('.', import.meta.url))]},
  },
});
