import { describe, expect, it } from 'vitest';

import { keychainServiceName } from '../../../main/app/credential-store';

describe('keychainServiceName', () => {
  it('uses the default service without overrides', () => {
    expect(keychainServiceName({})).toBeUndefined();
  });

  it('takes LOBBYKEY_KEYCHAIN_SERVICE first', () => {
    const env = {
      LOBBYKEY_KEYCHAIN_SERVICE: 'LobbykeyTest-1',
      LOBBYKEY_DATA_DIR: '/tmp/a',
    };

    expect(keychainServiceName(env)).toBe('LobbykeyTest-1');
  });

  it('gives each data folder its own service', () => {
    const first = keychainServiceName({ LOBBYKEY_DATA_DIR: '/tmp/a' });
    const second = keychainServiceName({ LOBBYKEY_DATA_DIR: '/tmp/b' });

    expect(first).toMatch(/^Lobbykey-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
  });

  it('names the same folder the same way', () => {
    expect(keychainServiceName({ LOBBYKEY_DATA_DIR: '/tmp/a/' })).toBe(
      keychainServiceName({ LOBBYKEY_DATA_DIR: '/tmp/a' }),
    );
  });
});
