// @ts-check
/**
 * React 18 and React 19 in the browser tests, one per test page.
 *
 * React ships CommonJS, so the dev server cannot serve it as is: this plugin bundles each version once
 * with esbuild into ES modules (`react`, `react/jsx-runtime`, `react-dom`, `react-dom/client`) that share
 * one chunk, so a page holds exactly one copy of React. React 19 is the project's devDependency; React
 * 18 is installed by the `test/react18` workspace (its own `node_modules`, no peer conflict).
 *
 * Which version a module gets: a test file named `react18*.test.tsx`, and every module it reaches
 * through `src/react.ts`, gets React 18 (marked with `?react=18` on that URL); everything else gets
 * React 19. Test files import plain `react` / `react-dom/client`, so they type-check against one
 * set of types.
 */
import {build} from 'esbuild';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DIRS = {18: path.join(root, 'test/react18'), 19: root};
const MODULES = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const fileName = (specifier) => specifier.replace(/\//g, '-');

/** @type {Map<string, Promise<Map<string, string>>>} */
const bundles = new Map();

/** Bundles one React version: output file name → code. */
function bundle(version) {
  const dir = DIRS[version];
  const requireFrom = createRequire(path.join(dir, 'package.json'));
  return build({
    entryPoints: MODULES.map((specifier) => ({in: `virtual:${specifier}`, out: fileName(specifier)})),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    outdir: '/out',
    logLevel: 'silent',
    // StrictMode runs effects twice only in development builds: the tests rely on it.
    define: {'process.env.NODE_ENV': '"development"'},
    plugins: [
      {
        name: 'react-entries',
        setup(esbuild) {
          esbuild.onResolve({filter: /^virtual:/}, (args) => ({path: args.path.slice(8), namespace: 'react-entry'}));
          esbuild.onLoad({filter: /.*/, namespace: 'react-entry'}, (args) => {
            // CommonJS has no static export list: read it from the module itself, in a child Node
            // (React reads `console` at load, which the test runner's terminal proxies).
            const names = exportNames(requireFrom.resolve(args.path)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
            return {
              contents: `import m from ${JSON.stringify(args.path)};\nexport default m;\nexport const {${names.join(', ')}} = m;\n`,
              resolveDir: dir,
              loader: 'js',
            };
          });
        },
      },
    ],
  }).then((result) => new Map(result.outputFiles.map((file) => [path.basename(file.path), file.text])));
}

/** The export names of a CommonJS module, read in a separate Node process. */
function exportNames(file) {
  const code = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(file)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code], {encoding: 'utf8'}));
}

const versionOf = (context) => {
  const marked = context.URL.searchParams.get('react');
  if (marked === '18' || marked === '19') return marked;
  return /\/react18[^/]*\.test\.tsx$/.test(context.path) ? '18' : '19';
};

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactVersions() {
  return {
    name: 'react-versions',
    resolveImport({source, context}) {
      const version = versionOf(context);
      if (/^react(-dom)?(\/|$)/.test(source) && MODULES.includes(source)) return `/__react/${version}/${fileName(source)}.js`;
      if (!source.startsWith('.') || !source.endsWith('.js')) return undefined;
      // `./x.js` written for `./x.tsx` (TypeScript's convention); the esbuild plugin only maps `.ts`.
      const resolved = path.posix.join(path.posix.dirname(context.path), source);
      const tsx = resolved.replace(/\.js$/, '.tsx');
      const isTsx = existsSync(path.join(root, tsx));
      // Modules that import `react` get the version of the page that imports them.
      const reactModule = isTsx || resolved === '/src/react.js';
      const target = isTsx ? tsx : resolved.replace(/\.js$/, '.ts');
      if (reactModule && version === '18') return `${target}?react=18`;
      return isTsx ? tsx : undefined;
    },
    async serve(context) {
      const match = /^\/__react\/(18|19)\/([\w.-]+)$/.exec(context.path);
      if (!match) return undefined;
      const [, version, file] = match;
      if (!bundles.has(version)) bundles.set(version, bundle(version));
      const code = (await bundles.get(version))?.get(file);
      return code === undefined ? undefined : {body: code, type: 'js'};
    },
  };
}
