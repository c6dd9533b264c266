import type { Session } from 'electron';

/**
 * The renderer's Content-Security-Policy, the same as the meta tag in
 * `renderer/index.html`. A file: page has no response headers, so the
 * packaged app relies on the meta tag. The header covers the dev server and
 * any http(s) response, where a meta tag cannot set `frame-ancestors`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

type Headers = Record<string, string[] | string>;

/**
 * Returns the response headers with our policy in place of any
 * Content-Security-Policy the response carried, whatever its letter case.
 */
export function withContentSecurityPolicy(headers: Headers = {}): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'content-security-policy') {
      result[name] = value;
    }
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** Sets the policy header on every response the session receives. */
export function applyContentSecurityPolicy(
  session: Pick<Session, 'webRequest'>,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withContentSecurityPolicy(details.responseHeaders),
    });
  });
}
