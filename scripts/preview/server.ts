/**
 * A static file server for the built preview. Listens on 127.0.0.1 only: the preview is a local
 * developer tool and must never be reachable from the network.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const LOOPBACK = '127.0.0.1';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Maps a request path to a file inside `root`, or undefined if it would escape the folder. */
export function resolveRequestPath(root: string, requestUrl: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = path.resolve(root, '.' + pathname);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

/** Listening failed for a reason the user can fix (port taken or not allowed): say how, no stack. */
export class PreviewPortError extends Error {}

export function describeListenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new PreviewPortError(
      `Port ${port} on ${LOOPBACK} is already in use, probably by another \`npm run preview\` ` +
        `(open http://${LOOPBACK}:${port}/ to see what answers there).\n` +
        `Fix: stop that process (Ctrl+C in its terminal), or pick another port: ` +
        `npm run preview -- --port ${port === 65535 ? port - 1 : port + 1}, or --port 0 for any free port.`,
    );
  }
  if (error.code === 'EACCES') {
    return new PreviewPortError(
      `Port ${port} on ${LOOPBACK} needs privileges this process does not have.\n` +
        `Fix: use a port above 1023, for example npm run preview -- --port 3434, or --port 0 for any free port.`,
    );
  }
  return error;
}

/** Starts the server; port 0 picks a free port. A taken port rejects with a PreviewPortError. */
export async function startPreviewServer(root: string, port = 0): Promise<PreviewServer> {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer(async (request, response) => {
    const file = resolveRequestPath(absoluteRoot, request.url ?? '/');
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile() || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 404 : 400, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  // Keep-alive sockets from the browser would otherwise hold close() open.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(describeListenError(error, port)));
    server.listen(port, LOOPBACK, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
