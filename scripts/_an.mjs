import {build} from 'esbuild';
import {gzipSync} from 'node:zlib';
import {BUILD_DEFINE} from './build-define.mjs';
const r = await build({entryPoints: ['src/index.ts'], bundle: true, splitting: true, format: 'esm', minify: true, outdir: '/tmp/an', metafile: true, write: true, define: BUILD_DEFINE, tsconfig: 'tsconfig.json', external: ['@sumsub/websdk', 'qrcode'], logLevel: 'error'});
import {readFileSync} from 'node:fs';
for (const [file, out] of Object.entries(r.metafile.outputs)) {
  if (!file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(file), {level: 9}).length;
  console.log(`\n${file} ${(out.bytes/1024).toFixed(2)} KB min, ${(gz/1024).toFixed(2)} KB gz`);
  const rows = Object.entries(out.inputs).map(([k, v]) => [k.replace(/^node_modules\//, ''), v.bytesInOutput]).sort((a, b) => b[1] - a[1]).filter(([, b]) => b > 150);
  for (const [k, b] of rows) console.log(`  ${(b/1024).toFixed(2).padStart(6)}  ${k}`);
}
