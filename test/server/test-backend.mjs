// A scriptable backend for the tests, as Koa middleware for web-test-runner's dev server.
//   /mock/session?status=200&delay=0&body=<base64>&rec=<id>  answers with that status and body (raw text);
//     `__RETURN__` in the body is replaced by the request's URL-encoded `returnUrl`.
//   /mock/requests?rec=<id>  lists the requests recorded under that id (method, headers, body).
//   /__sim/config            the simulated provider's origins.
//   /mock/status?rec=<id>&seq=<base64 JSON list>  a status endpoint: each request (recorded under `rec`)
//     gets the next entry of the list, the last one repeating. An entry is `{ http?, body?, delay? }`
//     (`http` default 200, `body` sent as JSON) or any other JSON value, sent as the body with 200.
const recorded = new Map();
const statusCounters = new Map();

const readBody = (request) =>
  new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });

export function testBackend(sim) {
  return async (context, next) => {
    if (context.path === '/__sim/config') {
      context.type = 'application/json';
      context.body = JSON.stringify({origin: sim().origin, otherOrigin: sim().otherOrigin});
      return;
    }
    if (context.path === '/mock/requests') {
      context.type = 'application/json';
      context.set('Cache-Control', 'no-store');
      context.body = JSON.stringify(recorded.get(context.query.rec) ?? []);
      return;
    }
    if (context.path === '/mock/status') {
      const rec = String(context.query.rec || '');
      const list = recorded.get(rec) ?? [];
      list.push({method: context.method, url: context.url, headers: context.headers, body: null});
      if (rec) recorded.set(rec, list);
      const seq = context.query.seq ? JSON.parse(Buffer.from(String(context.query.seq), 'base64').toString('utf8')) : [{status: 'pending'}];
      const index = statusCounters.get(rec) ?? 0;
      statusCounters.set(rec, index + 1);
      const entry = seq[Math.min(index, seq.length - 1)];
      const framed = entry && typeof entry === 'object' && ('http' in entry || 'delay' in entry);
      if (framed && entry.delay) await new Promise((resolve) => setTimeout(resolve, entry.delay));
      context.status = framed ? Number(entry.http ?? 200) : 200;
      context.set('Content-Type', 'application/json');
      context.set('Cache-Control', 'no-store');
      context.body = JSON.stringify(framed ? (entry.body ?? {}) : entry);
      return;
    }
    if (context.path.startsWith('/mock/session')) {
      const text = await readBody(context.req);
      let json = null;
      try {
        json = JSON.parse(text);
      } catch {}
      const rec = context.query.rec;
      if (rec) {
        const list = recorded.get(rec) ?? [];
        list.push({method: context.method, url: context.url, headers: context.headers, body: json});
        recorded.set(rec, list);
      }
      const delay = Number(context.query.delay || 0);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      const returnUrl = json && typeof json.returnUrl === 'string' ? json.returnUrl : '';
      const raw = context.query.body ? Buffer.from(String(context.query.body), 'base64').toString('utf8') : '{}';
      context.status = Number(context.query.status || 200);
      context.set('Content-Type', String(context.query.type || 'application/json'));
      context.set('Cache-Control', 'no-store');
      context.body = raw.replaceAll('__RETURN__', encodeURIComponent(returnUrl));
      return;
    }
    await next();
  };
}
