import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The frame an IPC call came from, as Electron reports it. */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/**
 * Location the app's own renderer is served from: an http(s) origin (the
 * development server) or, in the packaged app, a folder of `file://` pages.
 */
export type RendererLocation =
  { kind: 'origin'; origin: string } | { kind: 'folder'; path: string };

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    // An unparseable sender URL is untrusted; the caller rejects the call.
    return null;
  }
}

function isInsideFolder(url: URL, folder: string): boolean {
  if (url.protocol !== 'file:') return false;
  let file: string;
  try {
    file = path.resolve(fileURLToPath(url));
  } catch {
    // fileURLToPath rejects file URLs with a remote host; never trusted.
    return false;
  }
  const relative = path.relative(path.resolve(folder), file);
  return (
    relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  );
}

/**
 * Whether an IPC call comes from the app's own main frame. Origins are
 * compared whole (scheme, host and port), so look-alike hosts, paths and
 * query strings never match; `file://` senders must lie inside the
 * renderer folder. Sub-frames are always rejected.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  location: RendererLocation,
): boolean {
  if (!frame?.isMainFrame) return false;
  const url = parseUrl(frame.url);
  if (!url) return false;

  if (location.kind === 'folder') return isInsideFolder(url, location.path);
  const expected = parseUrl(location.origin);
  return (
    expected !== null &&
    expected.origin !== 'null' &&
    url.origin === expected.origin
  );
}
