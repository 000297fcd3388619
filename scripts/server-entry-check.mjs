// Run by `npm run build` after the declarations: `kyc-verify/server` as an installed app sees it. The
// built entry imports in plain Node and exports the handlers, and a consumer file type-checks against
// dist/types/server with `moduleResolution: nodenext` (package.json `exports`, "./server").
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await import('kyc-verify/server');
for (const name of ['createSessionHandler', 'createStatusHandler', 'createWebhookHandler', 'sumsubSignature', 'smileSignature', 'verifySumsubWebhook', 'verifyGridWebhook', 'toNodeHandler']) {
  if (typeof server[name] !== 'function') {
    console.error(`FAIL: kyc-verify/server does not export ${name}`);
    process.exit(1);
  }
}
try {
  execFileSync(
    process.execPath,
    [
      `${root}node_modules/typescript/bin/tsc`,
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--module', 'nodenext',
      '--moduleResolution', 'nodenext',
      '--target', 'es2022',
      '--lib', 'es2022,dom',
      `${root}scripts/fixtures/server-consumer.mts`,
    ],
    {cwd: root, stdio: 'inherit'},
  );
} catch {
  console.error('FAIL: a Node consumer of kyc-verify/server does not type-check (see above).');
  process.exit(1);
}
console.log('Server entry check: kyc-verify/server imports in Node and type-checks for a nodenext consumer.');
