/**
 * A tiny static server for the benchmark pages. Everything it serves is held in memory, so disk
 * reads never show up in a page's timings, and every response says `no-store`, so no load can
 * be served from a cache left by an earlier one.
 */
import { createServer } from 'node:http';

/**
 * Serves `routes` (URL path → { type, body }) on an ephemeral port of `localhost`: the browser's
 * host-resolver rule maps every other host name to nothing.
 * @param {Map<string, { type: string, body: Buffer | string }>} routes
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(routes) {
  const server = createServer((request, response) => {
    const route = routes.get(new URL(request.url, 'http://localhost').pathname);
    response.setHeader('Cache-Control', 'no-store');
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': route.type }).end(route.body);
  });
  return listen(server);
}

/**
 * Starts `server` on an ephemeral port of `localhost`; its origin, and how to stop it.
 * @param {import('node:http').Server} server
 */
export async function listen(server) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, 'localhost', resolve);
  });
  return {
    origin: `http://localhost:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
