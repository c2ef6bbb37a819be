/**
 * A static file server for a built site, on 127.0.0.1 only. It gzips text as a
 * real host would and logs every response's raw and gzip size, so the sections
 * count bytes and requests on the server side, worker fetches included.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

/** One response as the server sent it. */
export interface Served {
  path: string;
  status: number;
  type: string;
  /** Body bytes without HTTP compression. */
  raw: number;
  /** Body bytes with gzip where a host would use it (text types); otherwise raw. */
  gzip: number;
}

export interface SiteServer {
  origin: string;
  /** Responses since the last `take()`. */
  log: Served[];
  /** Returns the log and starts a new one. */
  take(): Served[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
// The search index's shards (.bin) are gzip already: served as bytes, not compressed again.
const compressible = (type: string) => /^text\/|json|xml|javascript|svg/.test(type);

/** A slow network's HTML: each page is sent up to the end of the first `after`, then the rest `ms` later. */
export interface Pause {
  after: string;
  ms: number;
}

/** Starts serving `root` on 127.0.0.1 (port 0 = any free port); the folder may be filled later. */
export async function serve(folder: string, port = 0, pause?: Pause): Promise<SiteServer> {
  const root = path.resolve(folder);
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null; etag: string }>();
  const server: SiteServer = {
    origin: '',
    log: [],
    take() {
      const log = server.log;
      server.log = [];
      return log;
    },
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };

  async function load(file: string) {
    let entry = cache.get(file);
    if (!entry) {
      const body = await readFile(file);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      entry = { body, gzip: compressible(typeOf(file)) ? gzipSync(body) : null, etag };
      cache.set(file, entry);
    }
    return entry;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    let file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return void res.writeHead(403).end();
    let status = 200;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // Same rule as the site's trailingSlash: 'always'.
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return void server.log.push({ path: url.pathname, status: 301, type: '', raw: 0, gzip: 0 });
      }
      file = path.join(file, 'index.html');
    }
    let entry = await load(file).catch(() => null);
    if (!entry) {
      status = 404;
      file = path.join(root, '404.html');
      entry = await load(file).catch(() => ({ body: Buffer.from('Not found'), gzip: null, etag: '' }));
    }
    const type = typeOf(file);
    // Caching as a typical static host does: Astro's hashed /_astro/ files are immutable, the rest revalidates.
    const caching = {
      'cache-control': url.pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
      etag: entry.etag,
    };
    if (status === 200 && req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, caching).end();
      server.log.push({ path: url.pathname, status: 304, type, raw: 0, gzip: 0 });
      return;
    }
    if (pause && type.startsWith('text/html')) return sendInTwo(res, entry.body, pause);
    const useGzip = entry.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = useGzip ? entry.gzip! : entry.body;
    res.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
      ...(status === 200 ? caching : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    server.log.push({
      path: url.pathname,
      status,
      type,
      raw: entry.body.length,
      gzip: (entry.gzip ?? entry.body).length,
    });
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  server.origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return server;
}

/** Sends an HTML page in two parts, as a slow network delivers it: the browser parses, and may paint, the first alone. */
async function sendInTwo(res: ServerResponse, body: Buffer, { after, ms }: Pause): Promise<void> {
  const cut = body.indexOf(after);
  const end = cut < 0 ? body.length : cut + Buffer.byteLength(after);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.write(body.subarray(0, end));
  await new Promise((resolve) => setTimeout(resolve, ms));
  res.end(body.subarray(end));
}

function typeOf(file: string): string {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/** Sums the raw and gzip bytes of some responses. */
export function total(log: readonly Served[]): { requests: number; raw: number; gzip: number } {
  return log.reduce((t, s) => ({ requests: t.requests + 1, raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), {
    requests: 0,
    raw: 0,
    gzip: 0,
  });
}

/** Resolves once the server has answered nothing new for `quietMs` (at most `maxMs`). */
export async function settle(server: SiteServer, quietMs = 500, maxMs = 10_000): Promise<void> {
  const start = Date.now();
  let seen = -1;
  while (server.log.length !== seen && Date.now() - start < maxMs) {
    seen = server.log.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}
