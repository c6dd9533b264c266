import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import {
  isTrustedSender,
  type RendererLocation,
} from '../../../main/ipc/sender-check';

const devServer: RendererLocation = {
  kind: 'origin',
  origin: 'https://app.example',
};
const rendererFolder = path.resolve('/opt/lobbykey/resources/renderer');
const packaged: RendererLocation = { kind: 'folder', path: rendererFolder };

function mainFrame(url: string) {
  return { url, isMainFrame: true };
}

describe('isTrustedSender with an origin', () => {
  it('accepts the app origin with any path', () => {
    expect(
      isTrustedSender(mainFrame('https://app.example/kiosk#x'), devServer),
    ).toBe(true);
  });

  it.each([
    'https://app.example.evil.test/',
    'https://evil.test/?app.example',
    'https://notexample.com/',
    'http://app.example/',
    'https://app.example:8443/',
    'https://user@evil.test/app.example',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isTrustedSender(mainFrame(url), devServer)).toBe(false);
  });

  it('rejects a sub-frame on the app origin', () => {
    const frame = { url: 'https://app.example/', isMainFrame: false };

    expect(isTrustedSender(frame, devServer)).toBe(false);
  });

  it('rejects a missing frame', () => {
    expect(isTrustedSender(null, devServer)).toBe(false);
  });
});

describe('isTrustedSender with a renderer folder', () => {
  it('accepts a page inside the folder', () => {
    const url = pathToFileURL(path.join(rendererFolder, 'index.html')).href;

    expect(isTrustedSender(mainFrame(url), packaged)).toBe(true);
  });

  it('rejects a page in a sibling folder with the same prefix', () => {
    const url = pathToFileURL(`${rendererFolder}-evil/index.html`).href;

    expect(isTrustedSender(mainFrame(url), packaged)).toBe(false);
  });

  it('rejects a path that climbs out of the folder', () => {
    const url = `${pathToFileURL(rendererFolder).href}/../../etc/passwd`;

    expect(isTrustedSender(mainFrame(url), packaged)).toBe(false);
  });

  it('rejects a file URL with a remote host', () => {
    const url = `file://evil.test${rendererFolder}/index.html`;

    expect(isTrustedSender(mainFrame(url), packaged)).toBe(false);
  });

  it('rejects an https page', () => {
    expect(
      isTrustedSender(mainFrame('https://app.example/index.html'), packaged),
    ).toBe(false);
  });

  it('rejects a sub-frame inside the folder', () => {
    const url = pathToFileURL(path.join(rendererFolder, 'index.html')).href;

    expect(isTrustedSender({ url, isMainFrame: false }, packaged)).toBe(false);
  });
});
