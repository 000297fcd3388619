// Vite plugins of the builds (vite.config.ts).

// A Vite plugin for the builds (CDN and npm): minifies the CSS of Lit's css`…` templates in src/ (comments
// out, whitespace collapsed), which no bundler's JS minifier touches: about 1.5 KB of the CDN entry.
// Only templates without `${…}` are rewritten, and only in ways that keep the CSS's meaning: no space
// is removed before a `:`, where `a :hover` and `a:hover` differ; only a declaration's `prop: ` loses its space.

/** The minified text of one css`…` template. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    // `prop: value` → `prop:value`, only right after `{` or `;` (where a declaration starts).
    .replace(/([{;])([\w-]+): /g, '$1$2:')
    .trim();
}

export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {code: code.replace(/\bcss`([^`$\\]*)`/g, (_, text) => `css\`${minifyCss(text)}\``), map: null};
    },
  };
}

// A Vite plugin for the CDN build: Vite wraps every dynamic `import()` in its preload helper (about
// 1.4 KB minified, 0.6 KB gzip in the entry) even with `build.modulePreload: false`
// (vitejs/vite#18551). The CDN's lazy chunks import only chunks that are already loaded (the entry,
// the engine), so the helper would never preload anything: this replaces it with a plain call.
const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function noPreloadHelper() {
  return {
    name: 'no-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}
