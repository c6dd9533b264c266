import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  applyContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from '../../../main/electron/content-security-policy';
import { FakeSession } from './fake-electron';

function metaPolicy(): string {
  const html = readFileSync(
    path.resolve(import.meta.dirname, '../../../renderer/index.html'),
    'utf8',
  );
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    html,
  );
  return match?.[1] ?? 'missing meta tag';
}

describe('content security policy', () => {
  it('matches the renderer meta tag', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(metaPolicy());
  });

  it('replaces a policy the response sent in any case', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });

    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('adds the policy when the response has no headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('sets the header on every session response', () => {
    const session = new FakeSession();
    applyContentSecurityPolicy(session.asSession());
    let sent: Record<string, string[] | string> | undefined;

    session.headersListener?.({ responseHeaders: {} }, (response) => {
      sent = response.responseHeaders;
    });

    expect(sent?.['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });

  it.each(["'unsafe-eval'", '*', 'http:'])('policy omits %s', (source) => {
    expect(CONTENT_SECURITY_POLICY).not.toContain(source);
  });
});
