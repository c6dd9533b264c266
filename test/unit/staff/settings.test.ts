import { describe, expect, it } from 'vitest';

import { createKeychainStore } from '../../../main/credentials';
import { useStaffHarness } from './harness';

const SID = '0123456789abcdef0123456789abcdef';
const TOKEN = 'fedcba9876543210fedcba98765432';

describe('settings and credentials handlers', () => {
  const harness = useStaffHarness();

  it('returns settings with the credential state', async () => {
    const staff = harness();
    await staff.unlock();

    const view = await staff.value('settings:get', {});

    expect(view.settings.operatingMode).toBe('demo');
    expect(view.credentials).toEqual({
      accountSid: null,
      tokenSaved: false,
      storage: 'available',
    });
  });

  it('saves credentials and reports only that a token exists', async () => {
    const staff = harness();
    await staff.unlock();

    const view = await staff.value('credentials:save', {
      accountSid: SID,
      authToken: TOKEN,
    });

    expect(view.credentials).toEqual({
      accountSid: SID,
      tokenSaved: true,
      storage: 'available',
    });
    expect(await staff.deps.credentials.read()).toEqual({
      accountSid: SID,
      authToken: TOKEN,
    });
  });

  it('never returns or records the token', async () => {
    const staff = harness();
    await staff.unlock();
    await staff.value('credentials:save', {
      accountSid: SID,
      authToken: TOKEN,
    });
    await staff.value('settings:update', {
      patch: { communityNo: '1316880000' },
    });
    await staff.value('settings:set-operating-mode', { mode: 'live' });
    await staff.value('settings:get', {});
    await staff.call('credentials:test-connection', {});
    await staff.value('credentials:delete', {});

    const audit = JSON.stringify(staff.storage.audit.list({}));

    expect(staff.transcript.length).toBe(7);
    expect(staff.transcript.join('\n')).not.toContain(TOKEN);
    expect(audit).not.toContain(TOKEN);
  });

  it('rejects an accountSid that is not 32 letters and digits', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('credentials:save', {
      accountSid: 'short',
      authToken: TOKEN,
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.field).toBe('accountSid');
    expect(await staff.deps.credentials.hasAny()).toBe(false);
  });

  it('passes an unavailable keychain through', async () => {
    // The real store over a keytar that fails to load, as on a machine
    // without libsecret.
    const credentials = createKeychainStore({
      keytar: () => Promise.reject(new Error('libsecret is not installed')),
    });
    const staff = harness({ credentials });
    await staff.unlock();

    const result = await staff.call('credentials:save', {
      accountSid: SID,
      authToken: TOKEN,
    });
    const view = await staff.value('settings:get', {});

    expect(result.ok || result.error.code).toBe(
      'credential-storage-unavailable',
    );
    expect(view.credentials.storage).toBe('unavailable');
    expect(view.credentials.tokenSaved).toBe(false);
  });

  it('rebuilds the client after credentials change', async () => {
    const staff = harness();
    await staff.unlock();

    await staff.value('credentials:save', {
      accountSid: SID,
      authToken: TOKEN,
    });
    await staff.value('credentials:delete', {});

    expect(staff.reconfigureCount()).toBe(2);
  });

  it('rebuilds the client only for fields it uses', async () => {
    const staff = harness();
    await staff.unlock();

    await staff.value('settings:update', {
      patch: { propertyName: 'Harbour' },
    });
    const afterName = staff.reconfigureCount();
    await staff.value('settings:update', {
      patch: { apiBaseUrl: 'http://127.0.0.1:10/' },
    });

    expect(afterName).toBe(0);
    expect(staff.reconfigureCount()).toBe(1);
  });

  it('audits changed field names without values', async () => {
    const staff = harness();
    await staff.unlock();

    await staff.value('settings:update', {
      patch: { propertyName: 'Harbour', helpContact: '8001', smsDefault: true },
    });
    const [entry] = staff.storage.audit.list({ action: 'settings.changed' });

    // smsDefault is already true, so only two fields changed.
    expect(entry?.detail).toBe('propertyName,helpContact');
  });

  it('rejects an invalid setting and keeps the stored value', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('settings:update', {
      patch: { propertyTimeZone: 'Mars/Olympus' },
    });
    const view = await staff.value('settings:get', {});

    expect(result.ok || result.error.field).toBe('patch.propertyTimeZone');
    expect(view.settings.propertyTimeZone).toBe('Asia/Shanghai');
  });

  it('rejects an http API URL that is not loopback', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('settings:update', {
      patch: { apiBaseUrl: 'http://api.uclbrt.com/' },
    });

    expect(result.ok || result.error.code).toBe('invalid-request');
  });

  it('rejects live mode without credentials or community', async () => {
    const staff = harness();
    await staff.unlock();

    const result = await staff.call('settings:set-operating-mode', {
      mode: 'live',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toContain('credentials');
    expect(result.error.message).toContain('community number');
    expect(staff.deps.settings.get().operatingMode).toBe('demo');
  });

  it('rejects live mode without a community number', async () => {
    const staff = harness();
    await staff.unlock();
    await staff.value('credentials:save', {
      accountSid: SID,
      authToken: TOKEN,
    });

    const result = await staff.call('settings:set-operating-mode', {
      mode: 'live',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('communityNo');
    expect(result.error.message).not.toContain('credentials');
  });

  it('switches to live with credentials and community', async () => {
    const staff = harness({ settings: { communityNo: '1316880000' } });
    await staff.unlock();
    await staff.value('credentials:save', {
      accountSid: SID,
      authToken: TOKEN,
    });

    const view = await staff.value('settings:set-operating-mode', {
      mode: 'live',
    });

    expect(view.settings.operatingMode).toBe('live');
    expect(staff.reconfigureCount()).toBe(2);
  });

  it('rejects clearing the community number in live mode', async () => {
    const staff = harness({ settings: { communityNo: '1316880000' } });
    await staff.unlock();
    await staff.value('credentials:save', {
      accountSid: SID,
      authToken: TOKEN,
    });
    await staff.value('settings:set-operating-mode', { mode: 'live' });

    const result = await staff.call('settings:update', {
      patch: { communityNo: '' },
    });

    expect(result.ok || result.error.field).toBe('communityNo');
    expect(staff.deps.settings.get().communityNo).toBe('1316880000');
  });

  it('rejects a connection test without a client', async () => {
    const staff = harness({ api: () => null });
    await staff.unlock();

    const result = await staff.call('credentials:test-connection', {});

    expect(result.ok || result.error.code).toBe('issuing-disabled');
  });
});
