// Checks the shape of src/: no import loops, and nothing importing upward. Prints the graph by layer.
//
//   entries      index, element, define, register, return, react, vue  (what the package exports)
//   element      kyc-verify.ts                                       (properties, rendering, events)
//   attempt      attempt/*, engine.ts, load-engine.ts                (one attempt, the backend client)
//   modes        modes/*         ─┐ beside each other: a mode may use an adapter's types and
//   providers    providers/*     ─┘ functions, an adapter never a mode
//   base         everything else at the root (urls, result, types, strings, clock, …)
//
// A file may import its own layer or any layer below. Type-only imports count for the layers; for
// loops only runtime imports count (a type cannot run before it is defined). `--quiet` prints only
// problems. Exits 1 on a loop or an upward import.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative, dirname, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../src/', import.meta.url));
const quiet = process.argv.includes('--quiet');

const ENTRIES = new Set(['index.ts', 'element.ts', 'define.ts', 'register.ts', 'return.ts', 'react.ts', 'vue.ts']);
const LAYERS = ['base', 'providers', 'modes', 'attempt', 'element', 'entries'];

function layerOf(file) {
  if (file.startsWith('server/')) return 'server';
  if (ENTRIES.has(file)) return 'entries';
  if (file === 'kyc-verify.ts') return 'element';
  if (file.startsWith('attempt/') || file === 'engine.ts' || file === 'load-engine.ts') return 'attempt';
  if (file.startsWith('modes/')) return 'modes';
  if (file.startsWith('providers/')) return 'providers';
  return 'base';
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `import … from './x.js'`, `export … from './x.js'`, `import('./x.js')`: relative specifiers only. */
const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

const files = walk(root).map((path) => relative(root, path).replace(/\\/g, '/'));
const edges = new Map(); // file -> [{to, typeOnly}]
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const list = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4];
    const typeOnly = Boolean(match[2]) || /^import\s+type\b/.test(match[0].trim()) || /typeof import\(/.test(text.slice(Math.max(0, match.index - 12), match.index + 8));
    let to = normalize(join(dirname(file), specifier)).replace(/\\/g, '/').replace(/\.js$/, '');
    to = files.find((candidate) => candidate === `${to}.ts` || candidate === `${to}.tsx` || candidate === `${to}/index.ts`);
    if (to) list.push({to, typeOnly, dynamic: Boolean(match[4])});
  }
  edges.set(file, list);
}

const problems = [];
for (const [from, list] of edges) {
  const fromLayer = layerOf(from);
  for (const {to} of list) {
    const toLayer = layerOf(to);
    if (fromLayer === 'server' || toLayer === 'server') {
      if (fromLayer !== toLayer) problems.push(`${from} → ${to}: the server entry and the browser code share nothing`);
      continue;
    }
    if (fromLayer === 'providers' && toLayer === 'modes') problems.push(`${from} → ${to}: an adapter imports a mode`);
    else if (LAYERS.indexOf(toLayer) > LAYERS.indexOf(fromLayer)) problems.push(`${from} (${fromLayer}) → ${to} (${toLayer}): imports upward`);
  }
}

// Loops over runtime imports (static and dynamic).
const state = new Map();
const stack = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const {to, typeOnly} of edges.get(file) ?? []) {
    if (typeOnly) continue;
    if (state.get(to) === 'open') problems.push(`import loop: ${[...stack.slice(stack.indexOf(to)), to].join(' → ')}`);
    else if (!state.has(to)) visit(to);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of files) if (!state.has(file)) visit(file);

if (!quiet) {
  for (const layer of [...LAYERS].reverse().concat(files.some((f) => layerOf(f) === 'server') ? ['server'] : [])) {
    console.log(`${layer}:`);
    for (const file of files.filter((f) => layerOf(f) === layer).sort()) {
      const list = edges.get(file).map(({to, typeOnly, dynamic}) => `${to}${typeOnly ? ' (type)' : dynamic ? ' (lazy)' : ''}`);
      console.log(`  ${file}${list.length ? ` → ${list.join(', ')}` : ''}`);
    }
  }
}
if (problems.length) {
  console.error(`\nImport graph: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`Import graph: ${files.length} files, no loops, nothing imports upward.`);
