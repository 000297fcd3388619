// Shared helpers of the kyc-verify/server tests: the module under test, and a local mock provider API
// (a real node:http server on 127.0.0.1, random port) that records every request byte for byte.
import {createServer} from 'node:http';

if (!process.env.KYC_SERVER_MODULE) throw new Error('Run these tests with `npm run test:node` (it builds src/server first).');
export const server = await import(process.env.KYC_SERVER_MODULE);

export const ATTEMPT = '6f1c2b9e-8a4d-4c1e-9f3a-2b7d5e8c1a90';
export const ORIGIN = 'https://shop.example';
export const RETURN_URL = `${ORIGIN}/kyc?order=42&kyc_attempt=${ATTEMPT}`;

/**
 * Starts a mock provider API. `route(request)` gets `{method, path, headers, body}` (body: the raw
 * string) and returns `{status, body, headers}`, or `'hang'` to never answer. Every request is kept in
 * `requests`.
 */
export async function mockProvider(route) {
  const requests = [];
  const hanging = new Set();
  const http = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      const record = {method: req.method, path: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8')};
      requests.push(record);
      let answer;
      try {
        answer = await route(record);
      } catch (error) {
        answer = {status: 599, body: {mockError: String(error?.message ?? error)}};
      }
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(answer.status ?? 200, {'Content-Type': 'application/json', ...(answer.headers ?? {})});
      res.end(answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const {port} = http.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      for (const res of hanging) res.destroy();
      http.closeAllConnections?.();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** A POST from the element (SPEC §2). */
export function elementRequest(body = {}, {key = ATTEMPT, headers = {}, url = `${ORIGIN}/api/kyc/session`} = {}) {
  return new Request(url, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', ...(key ? {'Idempotency-Key': key} : {}), ...headers},
    body: JSON.stringify({
      purpose: 'session',
      attempt: ATTEMPT,
      returnUrl: RETURN_URL,
      locale: 'en-GB',
      mode: 'auto',
      provider: 'auto',
      client: {camera: true, mobile: false, webview: false},
      providerLocale: 'en',
      ...body,
    }),
  });
}

export const user = {id: 'user-42'};
export const identify = async () => user;

export async function read(response) {
  const text = await response.text();
  return {status: response.status, text, body: text ? JSON.parse(text) : undefined};
}
