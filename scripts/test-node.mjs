// `npm run test:node`: the Node tests, in one run of Node's test runner (one totals line for CI):
// `kyc-verify/server` (test/server-unit/*.test.mjs) and server rendering of `kyc-verify/react`
// (test/ssr/*.test.mjs). Bundles src/server once with esbuild into a temporary directory (zod included,
// so the bundle runs from anywhere), and the demo's real-mode backend likewise, with KYC_SERVER_MODULE
// pointing at it. `node scripts/test-node.mjs webhooks` runs only the files whose name contains a word.
// Exits with the test runner's status: a failing Node test fails `npm test` and CI.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'kyc-server-test-'));
const outfile = join(out, 'server.mjs');
try {
  await build({
    entryPoints: [join(root, 'src/server/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  // The demo's real-mode backend and mock provider APIs (they import src/server/index.ts directly).
  await build({
    entryPoints: [join(root, 'demo/server/real-backend.mjs'), join(root, 'demo/server/provider-apis.mjs')],
    outdir: join(out, 'demo'),
    outExtension: {'.js': '.mjs'},
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const only = process.argv.slice(2);
  const files = ['test/server-unit', 'test/ssr'].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((file) => file.endsWith('.test.mjs') && (!only.length || only.some((name) => file.includes(name))))
      .sort()
      .map((file) => join(root, folder, file)),
  );
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], {
    stdio: 'inherit',
    env: {...process.env, KYC_SERVER_MODULE: pathToFileURL(outfile).href, KYC_DEMO_DIR: pathToFileURL(join(out, 'demo/')).href},
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(out, {recursive: true, force: true});
}
