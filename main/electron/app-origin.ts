import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { RendererLocation } from '../ipc/sender-check';

/**
 * The renderer's location: the Vite dev server in development (an http
 * origin), or the built `index.html` on disk in production.
 */
export type AppOrigin =
  | { kind: 'http'; origin: string; url: string }
  | { kind: 'file'; indexPath: string };

/** Builds the app origin from the dev server URL, if any, or the built page. */
export function resolveAppOrigin(
  devServerUrl: string | undefined,
  rendererIndexPath: string,
): AppOrigin {
  if (devServerUrl) {
    const url = new URL(devServerUrl);
    return { kind: 'http', origin: url.origin, url: url.href };
  }
  return { kind: 'file', indexPath: path.resolve(rendererIndexPath) };
}

function parseUrl(candidate: string): URL | null {
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/**
 * True when `candidate` belongs to the app: the exact same origin for http,
 * or the renderer's own `index.html` for `file:`. Host names are compared as
 * whole origins, never as substrings, so `https://app.example.evil.test/`
 * does not pass for `https://app.example`.
 */
export function isAppUrl(candidate: string, appOrigin: AppOrigin): boolean {
  const url = parseUrl(candidate);
  if (!url) return false;

  if (appOrigin.kind === 'http') {
    return url.origin === appOrigin.origin;
  }

  // `new URL().origin` is "null" for every file: URL, so file pages are
  // compared by their path instead.
  if (url.protocol !== 'file:' || url.host !== '') return false;
  return path.resolve(fileURLToPath(url)) === appOrigin.indexPath;
}

/**
 * Converts the app origin to the location the shared IPC sender check
 * takes: the dev server origin, or the folder of the built renderer.
 */
export function rendererLocation(appOrigin: AppOrigin): RendererLocation {
  if (appOrigin.kind === 'http') {
    return { kind: 'origin', origin: appOrigin.origin };
  }
  return { kind: 'folder', path: path.dirname(appOrigin.indexPath) };
}
