/**
 * The slow-link benchmark's servers: the host site and the CDN, each on its own port of
 * `localhost`, so two origins. Unlike bench/server.mjs they compress (on a slow link the bytes
 * on the wire are the cost, and a CDN and most sites send text compressed), and the CDN sends
 * the CORS header a `crossorigin` script needs, as jsDelivr does. Everything is held in memory
 * and compressed once, and every response says `no-store`.
 */
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { listen } from './server.mjs';

/**
 * Serves `routes` (URL path → { type, body }) on an ephemeral port of `localhost`, brotli or
 * gzip as the browser accepts (Chromium offers brotli to secure origins only, `localhost` among them).
 * @param {Map<string, { type: string, body: Buffer | string }>} routes
 * @param {{ cors?: boolean }} [options] `cors`: send `Access-Control-Allow-Origin: *` and `Timing-Allow-Origin: *`
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveCompressed(routes, { cors = false } = {}) {
  const encoded = new Map(
    [...routes].map(([path, { type, body }]) => [
      path,
      {
        type,
        br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(body, { level: 9 }),
        identity: Buffer.from(body),
      },
    ]),
  );
  const server = createServer((request, response) => {
    const route = encoded.get(new URL(request.url, 'http://localhost').pathname);
    response.setHeader('Cache-Control', 'no-store');
    if (cors) {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Timing-Allow-Origin', '*');
    }
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = ['br', 'gzip'].find((name) => accepted.includes(name)) ?? 'identity';
    const headers = { 'Content-Type': route.type, Vary: 'Accept-Encoding' };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    response.writeHead(200, headers).end(route[encoding]);
  });
  return listen(server);
}
