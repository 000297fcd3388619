// Serves the simulated provider pages (demo/sim) on their own origins: the flow runs cross-origin
// from the page, as a real provider's does. Two ports give two origins ("provider" and "other").
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const simDir = fileURLToPath(new URL('../sim/', import.meta.url));

async function handle(request, response) {
  const path = new URL(request.url, 'http://x').pathname;
  // `/websdk/*` is the simulated Sumsub WebSDK page that `@sumsub/websdk` loads from `<token url>/websdk/websdk.html`.
  const websdk = path.startsWith('/websdk/');
  const file = websdk ? (path.endsWith('.js') ? 'websdk.js' : 'websdk.html') : path.endsWith('/provider.js') ? 'provider.js' : 'provider.html';
  const body = await readFile(simDir + file);
  response.writeHead(200, {
    'Content-Type': file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function listen(port, host) {
  return new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      handle(request, response).catch(() => {
        response.writeHead(500);
        response.end();
      });
    });
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Starts the simulated provider on 127.0.0.1 (port 0 picks a free one). Resolves to
 * `{ origin, otherOrigin, close() }`.
 */
export async function startProviderSim({port = 0, otherPort = 0, host = '127.0.0.1'} = {}) {
  const main = await listen(port, host);
  const other = await listen(otherPort, host);
  const originOf = (server) => `http://${host}:${server.address().port}`;
  return {
    origin: originOf(main),
    otherOrigin: originOf(other),
    close: () => Promise.all([main, other].map((server) => new Promise((resolve) => server.close(resolve)))),
  };
}
