import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import {
  isAppUrl,
  rendererLocation,
  resolveAppOrigin,
} from '../../../main/electron/app-origin';

const devOrigin = resolveAppOrigin('https://app.example/', '/unused');
const indexPath = path.resolve('/opt/lobbykey/out/renderer/index.html');
const fileOrigin = resolveAppOrigin(undefined, indexPath);

describe('isAppUrl over http', () => {
  it('accepts a page on the same origin', () => {
    expect(isAppUrl('https://app.example/staff?tab=1#top', devOrigin)).toBe(
      true,
    );
  });

  it.each([
    'https://app.example.evil.test/',
    'https://evil.test/?app.example',
    'https://notexample.com/',
    'https://evil.test/app.example/',
    'http://app.example/',
    'https://app.example:8443/',
    'https://user@evil.test/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url, devOrigin)).toBe(false);
  });
});

describe('isAppUrl over file', () => {
  it('accepts the renderer page with a hash', () => {
    const url = `${pathToFileURL(indexPath).href}#/welcome`;

    expect(isAppUrl(url, fileOrigin)).toBe(true);
  });

  it.each([
    pathToFileURL(path.resolve('/opt/lobbykey/out/renderer/other.html')).href,
    pathToFileURL(path.resolve('/home/guest/Downloads/dropped.pdf')).href,
    `${pathToFileURL(path.resolve('/opt/lobbykey/out/renderer')).href}/../../../etc/passwd`,
    'file://evil.test/opt/lobbykey/out/renderer/index.html',
    'https://app.example/',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url, fileOrigin)).toBe(false);
  });
});

describe('rendererLocation', () => {
  it('uses the dev server origin', () => {
    expect(rendererLocation(devOrigin)).toEqual({
      kind: 'origin',
      origin: 'https://app.example',
    });
  });

  it('uses the renderer folder for file pages', () => {
    expect(rendererLocation(fileOrigin)).toEqual({
      kind: 'folder',
      path: path.dirname(indexPath),
    });
  });
});
