import {defineConfig} from 'vite';
import {BUILD_DEFINE} from './scripts/build-define.mjs';
import {minifyLitCss, noPreloadHelper} from './scripts/vite-plugins.mjs';

/**
 * Two builds from one source (`npm run build` runs both):
 * - npm (default mode): unminified ESM, one file per module, `lit`, `zod`, `qrcode` and `@sumsub/websdk`
 *   left as bare imports so apps dedupe them; `kyc-verify/react` and `kyc-verify/vue` are entries of this
 *   build only (React, `@lit/react` and Vue stay external), never of the CDN file;
 * - CDN (`--mode cdn`, then `--mode cdn-return`): `dist/cdn/kyc-verify.js`, one self-contained ES
 *   module with lit bundled and minified, whose engine (session client, adapters, schemas), SDK and QR
 *   code load as lazy chunks beside it; and `dist/cdn/return.js` for light return pages.
 */
export default defineConfig(({mode}) =>
  mode === 'cdn' || mode === 'cdn-return'
    ? {
        define: BUILD_DEFINE,
        plugins: [minifyLitCss(), noPreloadHelper()],
        build: {
          outDir: 'dist/cdn',
          // Two passes, so each CDN entry is self-contained: the element, then the return script.
          emptyOutDir: mode === 'cdn',
          target: 'es2021',
          minify: true,
          sourcemap: false,
          // already loaded (the entry, the engine).
          modulePreload: false,
          rolldownOptions: {
            input: (mode === 'cdn' ? {'kyc-verify': 'src/index.ts'} : {return: 'src/return.ts'}) as Record<string, string>,
            preserveEntrySignatures: 'allow-extension',
            output: {
              format: 'es',
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
              // The entry holds everything it imports: one request, however its modules are shared
              // with lazy chunks (rolldown would otherwise split a shared module into a chunk of its
              // own). The engine is a plain dynamic chunk: no lazy chunk imports from it but the
              // bundler's helpers, so it needs no namespace helper and is one request too.
              codeSplitting: {groups: [{name: 'kyc-verify', test: /\/src\/index\.ts$/}]},
            },
          },
        },
      }
    : {
        define: BUILD_DEFINE,
        plugins: [minifyLitCss()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2021',
          minify: false,
          // No maps: they would point at src/, which the package does not ship.
          sourcemap: false,
          lib: {
            entry: {index: 'src/index.ts', define: 'src/define.ts', element: 'src/element.ts', return: 'src/return.ts', react: 'src/react.ts', vue: 'src/vue.ts'},
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^qrcode($|\/)/, /^@sumsub\/websdk($|\/)/, /^react($|\/)/, /^vue($|\/)/],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              // Oxc's decorator helper would land in `_virtual/_@oxc-project_runtime@<version>/…`: give it a plain name.
              entryFileNames: (chunk) => (chunk.name.includes('@oxc-project') ? `helpers/${chunk.name.split('/').pop()}.js` : '[name].js'),
            },
          },
        },
      },
);
