// The demo in "real mode" (`npm run start:real`): the same page and simulated provider pages as
// `npm start`, but the backend is kyc-verify/server itself (demo/server/real-backend.mjs) talking to
// local mock provider APIs that verify the signatures it sends (demo/server/provider-apis.mjs), and
// whose webhooks come back signed into the webhook handlers. A provider whose credentials are in the
// environment (see real-backend.mjs) is called in its sandbox instead. `generic` stays on the mock backend.
import {mergeConfig, type Plugin} from 'vite';
import base from './vite.demo.config';
import {realBackend} from './demo/server/real-backend.mjs';
import {startProviderApis, type ProviderApis} from './demo/server/provider-apis.mjs';

/** The simulated provider the demo config starts (it shares it on this global for restarts). */
const SIM_KEY = Symbol.for('kyc-verify.demo.sim');
const shared = globalThis as typeof globalThis & {[SIM_KEY]?: Promise<{origin: string}>};

function kycRealMode(): Plugin {
  return {
    name: 'kyc-verify-demo-real',
    apply: 'serve',
    // Before the demo plugin, so these routes are served before the mock backend's.
    enforce: 'pre',
    async configureServer(server) {
      let simOrigin = '';
      let pageOrigin = `http://localhost:${server.config.server.port ?? 5173}`;
      const delay = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
      const apis: ProviderApis = await startProviderApis({
        simOrigin: () => simOrigin,
        webhookOrigin: () => pageOrigin,
        // How long the simulated providers take to decide (KYC_DEMO_VERDICT_DELAY_MS after a flow comes
        // back, KYC_DEMO_SDK_VERDICT_DELAY_MS after an SDK token was issued).
        verdictDelayMs: delay(process.env.KYC_DEMO_VERDICT_DELAY_MS),
        sdkVerdictDelayMs: delay(process.env.KYC_DEMO_SDK_VERDICT_DELAY_MS),
        log: (line) => server.config.logger.info(`  real mode: ${line}`),
      });
      const middleware = realBackend({apis, log: (line) => server.config.logger.warn(`  real mode: ${line}`)});
      server.httpServer?.once('close', () => void apis.close());
      server.middlewares.use((request, response, next) => {
        void (async () => {
          simOrigin ||= (await shared[SIM_KEY])?.origin ?? '';
          if (request.headers.host) pageOrigin = `http://${request.headers.host}`;
          await middleware(request, response, next);
        })().catch(next);
      });
      server.config.logger.info(`  kyc-verify demo (real mode): kyc-verify/server handlers, mock provider APIs on ${apis.origin}`);
    },
  };
}

export default mergeConfig(base, {plugins: [kycRealMode()]});
