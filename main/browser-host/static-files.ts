import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Returns the content type for a file name, by extension. */
export function contentTypeOf(file: string): string {
  return (
    CONTENT_TYPES[path.extname(file).toLowerCase()] ??
    'application/octet-stream'
  );
}

/**
 * Resolves a URL path inside `root`, or returns null when the decoded path
 * would leave it (`..`, `%2e%2e%2f`, backslashes, NUL) or is malformed.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    // A malformed escape such as "%E0%A4%A" names no file.
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;

  const segments = decoded.split('/').filter((part) => part.length > 0);
  if (segments.some((part) => part === '..' || part === '.')) return null;

  const file = path.resolve(root, ...segments);
  const inside = file === root || file.startsWith(root + path.sep);
  return inside ? file : null;
}

/** Reads a regular file under `root` for a URL path, or returns null. */
export async function readStaticFile(
  root: string,
  urlPath: string,
): Promise<StaticFile | null> {
  const file = resolveInside(root, urlPath);
  if (!file) return null;

  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;

  return { body: await readFile(file), contentType: contentTypeOf(file) };
}

/** Finds the Content-Security-Policy of the page's meta tag. */
export function cspOfPage(html: string): string | null {
  const tag =
    /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(
      html,
    );
  return tag?.[1] ?? null;
}

/** Adds the host token meta tag to the page, right after `<head>`. */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="lobbykey-host-token" content="${token}" />`;
  return html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
}
