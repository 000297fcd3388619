import type {KycHandler} from './options.js';

/**
 * The adapter for `node:http` and Express: `toNodeHandler(handler)` → `(req, res, next?) => void`.
 * Typed structurally (no `@types/node` needed): any `IncomingMessage`-like request and
 * `ServerResponse`-like response will do.
 */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string;
  url?: string;
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  socket?: {remoteAddress?: string; encrypted?: boolean};
  /** Set by Express body parsers; a raw one (`express.raw()`) keeps the bytes webhooks verify. */
  body?: unknown;
  rawBody?: unknown;
  readableEnded?: boolean;
}

export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string | string[]): unknown;
  end(chunk?: Uint8Array): unknown;
}

export interface NodeAdapterOptions {
  /**
   * The public origin (`https://shop.example`) the requests are for. Default: `http(s)://<Host header>`,
   * which is right only when the Host header is trusted (no proxy rewriting it).
   */
  origin?: string;
  /** Refuse bodies larger than this (bytes, default 1 MiB). */
  limit?: number;
}

async function readRequest(req: NodeRequestLike, limit: number): Promise<Uint8Array | undefined> {
  const given = req.rawBody ?? req.body;
  if (given instanceof Uint8Array) return given;
  if (typeof given === 'string') return new TextEncoder().encode(given);
  // A body parser already turned it into an object: the raw bytes are gone (a webhook cannot be
  // verified from this; mount webhook routes before `express.json()` or use `express.raw()`).
  if (given && typeof given === 'object' && req.readableEnded !== false) return new TextEncoder().encode(JSON.stringify(given));
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > limit) throw new RangeError('body too large');
    chunks.push(bytes);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** A web `Request` for a Node request (the body read in full first). */
export async function toWebRequest(req: NodeRequestLike, options: NodeAdapterOptions = {}): Promise<Request> {
  const host = typeof req.headers.host === 'string' ? req.headers.host : 'localhost';
  const origin = options.origin ?? `${req.socket?.encrypted ? 'https' : 'http'}://${host}`;
  const url = new URL(req.originalUrl ?? req.url ?? '/', origin);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // The body is passed whole (and may have been re-serialised by a parser): its framing headers no longer apply.
    if (value === undefined || name.startsWith(':') || name === 'content-length' || name === 'transfer-encoding') continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readRequest(req, options.limit ?? 1024 * 1024);
  return new Request(url, {method, headers, body: body as BodyInit | undefined});
}

/** Writes a web `Response` to a Node response. */
export async function sendWebResponse(res: NodeResponseLike, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  res.end(body);
}

/**
 * `http.createServer(toNodeHandler(handler))`, or Express `app.post('/api/kyc/session', toNodeHandler(handler))`.
 * The handler's `info.clientAddress` is the socket's peer address.
 */
export function toNodeHandler(handler: KycHandler, options: NodeAdapterOptions = {}) {
  return (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void): void => {
    void (async () => {
      let request: Request;
      try {
        request = await toWebRequest(req, options);
      } catch {
        await sendWebResponse(
          res,
          new Response(JSON.stringify({error: {code: 'bad-request', message: 'The request body could not be read.', retryable: false}}), {
            status: 413,
            headers: {'Content-Type': 'application/json'},
          }),
        );
        return;
      }
      await sendWebResponse(res, await handler(request, {clientAddress: req.socket?.remoteAddress}));
    })().catch((error: unknown) => {
      if (next) next(error);
      else {
        res.statusCode = 500;
        res.end();
      }
    });
  };
}
