// Builds the `kyc-verify/server` entry: src/server → dist/server/index.js, one ES module for Node ≥ 20,
// Deno, Bun and edge runtimes (Web Crypto and fetch only; `zod` stays a bare import). Its declarations
// come from `tsc -p tsconfig.build.json` (dist/types/server). The browser builds never import it.
import {build} from 'esbuild';

await build({
  entryPoints: ['src/server/index.ts'],
  outfile: 'dist/server/index.js',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  external: ['zod', 'zod/*'],
  sourcemap: false, // the package ships no src/ for a map to point at
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('Server entry: dist/server/index.js');
