import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type { AppStatus } from '../../preload/contract';
import {
  expect,
  freePort,
  openKiosk,
  simulatorRequests,
  test,
} from './fixtures/host';
import { checkScreen } from './support/axe';
import { reachDelivery, setSms } from './support/guest-flow';
import { callHost } from './support/host-api';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const PIN = '246810';
const ACCOUNT_SID = 'a'.repeat(32);
const AUTH_TOKEN = 'offline-test-token';
const COMMUNITY_NO = '1316880000';

/**
 * Switches the kiosk to live mode against `apiBaseUrl` through the staff
 * channels, as staff would in setup. Returns false when the OS keychain is
 * not available, because live mode cannot issue without it.
 */
async function goLive(hostUrl: string, apiBaseUrl: string): Promise<boolean> {
  await callHost(hostUrl, 'staff:set-initial-pin', { pin: PIN });
  await callHost(hostUrl, 'staff:unlock', { pin: PIN });
  await callHost(hostUrl, 'settings:update', {
    patch: { apiBaseUrl, communityNo: COMMUNITY_NO },
  });
  try {
    await callHost(hostUrl, 'credentials:save', {
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
    });
  } catch (error) {
    // No Secret Service: the spec skips, with the reason below.
    if (String(error).includes('credential-storage-unavailable')) return false;
    throw error;
  }
  await callHost(hostUrl, 'settings:set-operating-mode', { mode: 'live' });
  await callHost(hostUrl, 'staff:lock', {});
  return true;
}

async function issuingLive(hostUrl: string): Promise<boolean> {
  const status = (await callHost(hostUrl, 'app:get-status', {})) as AppStatus;
  return !status.demo && status.issuing.enabled;
}

/** Starts the simulator as its own process on `port`, as the API coming back. */
async function startSimulatorProcess(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      'scripts/run-node.mjs',
      'main/simulator/cli.ts',
      '--port',
      String(port),
      '--account-sid',
      ACCOUNT_SID,
      '--auth-token',
      AUTH_TOKEN,
      '--community-no',
      COMMUNITY_NO,
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once(
      'line',
      () => resolve(),
    );
    child.once('exit', (code) =>
      reject(new Error(`simulator exited with ${code}`)),
    );
  });
  return child;
}

test('API down offers the offline text, then sends the key', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  const apiPort = await freePort();
  const live = await goLive(host.hostUrl, `http://127.0.0.1:${apiPort}/`);
  test.skip(
    !live,
    'live mode needs the OS keychain (run under a Secret Service)',
  );
  await expect.poll(() => issuingLive(host.hostUrl)).toBe(true);

  // Nothing listens on apiPort yet, so every connection is refused.
  await openKiosk(page, host.hostUrl);
  await reachDelivery(page);
  await setSms(page, true);
  await page.getByTestId('issue-button').click();
  await expect(page.getByTestId('error-notice')).toHaveAttribute(
    'data-error-code',
    'network-unavailable',
  );
  await checkScreen(page, 'failed-network', 'portrait');
  await page.getByTestId('next-offline-sms').click();
  await expect(page.getByTestId('queued-message')).toContainText('8000');
  await expect(page.getByTestId('queued-message')).toContainText(
    'as soon as it is back',
  );

  await checkScreen(page, 'queued', 'portrait');

  const simulator = await startSimulatorProcess(apiPort);
  try {
    const simulatorUrl = `http://127.0.0.1:${apiPort}`;
    await expect
      .poll(
        async () =>
          (await simulatorRequests(simulatorUrl)).filter(
            (request) =>
              request.action === 'getLink' &&
              String(request.fields.sendSms) === '1' &&
              request.signatureValid,
          ).length,
        { timeout: 90_000, intervals: [1000] },
      )
      .toBe(1);
  } finally {
    if (simulator.pid) process.kill(-simulator.pid, 'SIGTERM');
    // The keychain is shared by every host on this machine, so the test
    // credentials leave with the test.
    await callHost(host.hostUrl, 'staff:unlock', { pin: PIN });
    await callHost(host.hostUrl, 'credentials:delete', {});
  }
});
