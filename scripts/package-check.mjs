// Checks what `npm pack` would publish (run after `npm run build`): the files a user needs are there,
// nothing points at a file that is not shipped (source maps, src/ paths in custom-elements.json), and
// package.json carries its license, repository, homepage and bugs fields.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
const files = new Set(pack.files.map((file) => file.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

for (const needed of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'custom-elements.json', 'dist/cdn/kyc-verify.js', 'dist/server/index.js']) {
  if (!files.has(needed)) problems.push(`missing from the package: ${needed}`);
}
for (const field of ['license', 'repository', 'homepage', 'bugs']) if (!pkg[field]) problems.push(`package.json has no "${field}"`);

// Every export target is shipped.
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
for (const target of targets(pkg.exports)) if (!files.has(target.replace(/^\.\//, ''))) problems.push(`export target not shipped: ${target}`);

for (const file of files) {
  if (file.endsWith('.map')) problems.push(`a source map is shipped: ${file}`);
  if (/(^|\/)_virtual\//.test(file) || file.includes('@oxc-project')) problems.push(`a bundler-internal path is shipped: ${file}`);
  if (/\.(js|d\.ts|mjs)$/.test(file) && /[#@] sourceMappingURL=/.test(readFileSync(file, 'utf8'))) problems.push(`${file} points at a source map that is not shipped`);
}

// custom-elements.json points at shipped files only.
const manifest = readFileSync('custom-elements.json', 'utf8');
for (const [, path] of manifest.matchAll(/"(?:path|module)":\s*"([^"]+)"/g)) {
  if (path.startsWith('src/')) problems.push(`custom-elements.json points at ${path}, which is not shipped`);
  else if ((path.startsWith('dist/') || path.startsWith('./dist/')) && !files.has(path.replace(/^\.\//, ''))) problems.push(`custom-elements.json points at ${path}, which is not built`);
}

console.log(`npm pack: ${files.size} files, ${(pack.size / 1024).toFixed(1)} KB packed.`);
if (problems.length) {
  console.error([...new Set(problems)].map((problem) => `FAIL: ${problem}`).join('\n'));
  process.exit(1);
}
console.log('Package check: every file a user needs is shipped; nothing points at an unshipped file.');
