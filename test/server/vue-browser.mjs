// @ts-check
/**
 * `vue` in the browser tests: Vue's self-contained ES build with the template compiler
 * (`vue.esm-browser.js`), so a test can compile templates at run time as an app's build would.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function vueBrowser() {
  return {
    name: 'vue-browser',
    resolveImport({source}) {
      return source === 'vue' ? '/node_modules/vue/dist/vue.esm-browser.js' : undefined;
    },
  };
}
