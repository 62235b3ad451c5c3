// Serves the built viewer (viewer/dist) read-only: GET/HEAD only, no directory listing, no path
// escaping the root, index.html for "/". Hashed assets are cached for a year, the page never.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS, sendText } from './http.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split(/[/\\]/).includes('..')) return null;
  const rel = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const full = join(root, rel);
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<boolean> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return false;
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
  } catch {
    return false;
  }
  const body = await readFile(file);
  const hashed = urlPath.startsWith('/assets/');
  const headers = { 'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' };
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (req.method === 'HEAD') {
    res.writeHead(200, { ...SECURITY_HEADERS, ...headers, 'Content-Type': type, 'Content-Length': body.length });
    res.end();
  } else {
    sendText(res, 200, type, body, headers);
  }
  return true;
}
