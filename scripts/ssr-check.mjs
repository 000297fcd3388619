// Importing the package must not touch window/document at module top level (server rendering).
// Runs the npm build in plain Node, where neither exists.
const modules = ['../dist/index.js', '../dist/element.js', '../dist/define.js', '../dist/return.js', '../dist/react.js', '../dist/vue.js'];
for (const path of modules) {
  try {
    await import(new URL(path, import.meta.url).href);
  } catch (error) {
    console.error(`FAIL: importing ${path.slice(3)} in Node threw: ${error?.stack ?? error}`);
    process.exit(1);
  }
}
if (typeof globalThis.window !== 'undefined') throw new Error('the import created a window global');
console.log(`SSR import check: ${modules.length} modules imported in Node without window/document.`);
