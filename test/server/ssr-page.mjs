// @ts-check
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const renderScript = fileURLToPath(new URL('../ssr/render.mjs', import.meta.url));

/**
 * `GET /__ssr/react-page?react=18|19`: test/ssr/page.tsx rendered by `react-dom/server` in a separate
 * Node process (no DOM globals, and none of the test runner's), for the hydration tests.
 * @returns {import('@web/dev-server-core').Middleware}
 */
export function ssrPage() {
  return async (context, next) => {
    if (context.path !== '/__ssr/react-page') return next();
    const version = context.query.react === '18' ? '18' : '19';
    context.type = 'text/html';
    context.body = await new Promise((resolve, reject) => {
      execFile(process.execPath, [renderScript, version], {encoding: 'utf8'}, (error, stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolve(stdout)));
    });
  };
}
