// Prints the gzip size of the CDN entry and of each lazy chunk, and fails when the entry is over budget
// or is not self-contained (a static import of another file would be one more request before it runs).
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const BUDGET = 15 * 1024; // issue 8: the CDN entry at most 15 KB gzip (SPEC §6 allows 20)
const dir = new URL('../dist/cdn/', import.meta.url);

if (!existsSync(new URL('kyc-verify.js', dir))) {
  console.error('dist/cdn/kyc-verify.js is missing: run `npm run build` first.');
  process.exit(1);
}

const measure = (file) => {
  const bytes = readFileSync(new URL(file, dir));
  return {file, raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length, text: bytes.toString('utf8')};
};
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

const entry = measure('kyc-verify.js');
const chunks = existsSync(new URL('chunks/', dir)) ? readdirSync(new URL('chunks/', dir)).filter((f) => f.endsWith('.js')).map((f) => measure(`chunks/${f}`)) : [];
const others = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'kyc-verify.js').map(measure);

console.log('CDN build (dist/cdn), minified sizes:');
console.log(`  entry  kyc-verify.js  ${kb(entry.raw).padStart(10)}  gzip ${kb(entry.gzip).padStart(9)}  (budget ${kb(BUDGET)})`);
for (const chunk of chunks) console.log(`  lazy   ${chunk.file.padEnd(40)} ${kb(chunk.raw).padStart(10)}  gzip ${kb(chunk.gzip).padStart(9)}`);
for (const other of others) console.log(`  entry  ${other.file.padEnd(40)} ${kb(other.raw).padStart(10)}  gzip ${kb(other.gzip).padStart(9)}`);
const total = entry.gzip + chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
console.log(`  all of kyc-verify.js and its lazy chunks: gzip ${kb(total)}`);

let failed = false;
if (entry.gzip > BUDGET) {
  console.error(`FAIL: the CDN entry is ${kb(entry.gzip)} gzip, over the ${kb(BUDGET)} budget.`);
  failed = true;
}
// Static imports in minified output look like `import{a as b}from"./chunks/x.js"` or `import"./x.js"`.
if (/(^|[;}\s])import\s*(\{[^}]*\}\s*from\s*|[\w$*\s,{}]+from\s*)?["'][^"']+["']/.test(entry.text.replace(/import\(/g, ''))) {
  console.error('FAIL: the CDN entry statically imports another file: it must be self-contained.');
  failed = true;
}
// SPEC §6: `kyc-verify/server` is never in a browser bundle. Its signing code names these; no browser
// file (the CDN entry, its chunks, the npm modules outside dist/server) may contain them.
const SERVER_MARKERS = ['x-app-access-sig', 'sid_request', 'x-grid-signature', 'x-payload-digest'];
const distDir = new URL('../dist/', import.meta.url);
const browserFiles = (dirUrl, prefix = '') =>
  readdirSync(dirUrl, {withFileTypes: true}).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'server' && !prefix ? [] : entry.name === 'types' && !prefix ? [] : browserFiles(new URL(`${entry.name}/`, dirUrl), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.js') ? [`${prefix}${entry.name}`] : [];
  });
const leaks = browserFiles(distDir).filter((file) => {
  const text = readFileSync(new URL(file, distDir), 'utf8').toLowerCase();
  return SERVER_MARKERS.some((marker) => text.includes(marker));
});
if (leaks.length) {
  console.error(`FAIL: server code (kyc-verify/server) found in browser files: ${leaks.join(', ')}`);
  failed = true;
} else {
  console.log(`  no server code in the ${browserFiles(distDir).length} browser files of dist/ (dist/server excluded)`);
}
process.exit(failed ? 1 : 0);
