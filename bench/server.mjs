// The benchmark's server (node:http, no dependency): one port, two origins.
//   http://localhost:<port>   the pages: bench/*.html, the CDN build (/cdn/ = dist/cdn/), the backend
//                             (/api/session), and /vendor/qrcode.js for the bare QR page;
//   http://127.0.0.1:<port>   the provider's flow (/flow.html, its app /flow.js and that app's chunk
//                             /flow-ui.js), cross-origin as a real provider's is.
// Everything is sent gzip-compressed when the request accepts it (level 9, as `npm run size` counts),
// with `Cache-Control: no-store`, and with the same keep-alive behaviour for every page.
// The backend answers the element's and the bare pages' POST alike: a link to the flow page, which
// carries the run id taken from the `returnUrl` the page sent, so a flow page can report its load.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {gzipSync} from 'node:zlib';
import {EventEmitter} from 'node:events';
import {build} from 'esbuild';
import {readJson} from '../demo/server/mock-backend.mjs';

const root = new URL('..', import.meta.url);
const TYPES = {js: 'text/javascript; charset=utf-8', html: 'text/html; charset=utf-8', json: 'application/json'};

/**
 * `qrcode` as the bare QR page would bundle it: the package's browser entry (`toCanvas`), minified,
 * one ES module loaded lazily on click.
 */
async function qrcodeBundle() {
  const result = await build({
    entryPoints: [new URL('node_modules/qrcode/lib/browser.js', root).pathname],
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/**
 * Starts the server on a free port. Resolves to `{pageOrigin, flowOrigin, flows, sessions, close()}`:
 * `flows` emits `run:<id>` with `{at, latency}` when a flow page reports its `load` (epoch ms, and how
 * long its own HTML took from request to first byte: proof that the emulated latency applied to it);
 * `sessions` counts the session POSTs answered.
 */
export async function startBenchServer() {
  const files = new Map(); // path → {type, raw, gzip}: compressed once, so every page is served alike
  const vendorQr = await qrcodeBundle();
  const flows = new EventEmitter();
  flows.setMaxListeners(0);
  const stats = {sessions: 0, cancels: 0};

  async function staticFile(path) {
    if (files.has(path)) return files.get(path);
    let file;
    if (path.startsWith('/cdn/')) file = new URL(`dist${path}`, root);
    else if (/^\/[\w-]+\.(html|js)$/.test(path)) file = new URL(`bench${path}`, root);
    else if (path === '/') file = new URL('bench/index.html', root);
    else return undefined;
    let raw;
    try {
      raw = await readFile(file);
    } catch {
      return undefined;
    }
    const entry = {type: TYPES[file.pathname.split('.').pop()] ?? 'application/octet-stream', raw, gzip: gzipSync(raw, {level: 9})};
    files.set(path, entry);
    return entry;
  }

  const send = (request, response, status, type, raw, gzip) => {
    const headers = {'Content-Type': type, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding'};
    let body = raw;
    if (raw.length && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzip ?? gzipSync(raw, {level: 9});
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(body);
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = url.pathname;
    try {
      if (path === '/api/session' && request.method === 'POST') {
        const body = await readJson(request);
        if (body.purpose === 'cancel') {
          stats.cancels++;
          response.writeHead(204, {'Cache-Control': 'no-store'});
          response.end();
          return;
        }
        stats.sessions++;
        let run = '';
        try {
          run = new URL(body.returnUrl).searchParams.get('run') ?? '';
        } catch {}
        const flow = new URL('/flow.html', `http://127.0.0.1:${server.address().port}`);
        flow.searchParams.set('run', run);
        flow.searchParams.set('mode', String(body.mode ?? ''));
        send(request, response, 200, TYPES.json, Buffer.from(JSON.stringify({provider: 'generic', url: flow.href, reference: `bench-${stats.sessions}`})));
        return;
      }
      if (path === '/__bench/flow' && request.method === 'POST') {
        const {run, at, latency} = await readJson(request);
        flows.emit(`run:${run}`, {at, latency});
        response.writeHead(204, {'Access-Control-Allow-Origin': '*'});
        response.end();
        return;
      }
      if (path === '/vendor/qrcode.js') {
        send(request, response, 200, TYPES.js, vendorQr);
        return;
      }
      const file = await staticFile(path);
      if (!file) {
        response.writeHead(404, {'Cache-Control': 'no-store'});
        response.end();
        return;
      }
      send(request, response, 200, file.type, file.raw, file.gzip);
    } catch {
      response.writeHead(500);
      response.end();
    }
  });
  // The same keep-alive for every page: long enough that no page loses its connection mid-run.
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '::', resolve); // dual-stack: `localhost` may resolve to ::1 or 127.0.0.1
  });
  const {port} = server.address();
  return {
    pageOrigin: `http://localhost:${port}`,
    flowOrigin: `http://127.0.0.1:${port}`,
    flows,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
