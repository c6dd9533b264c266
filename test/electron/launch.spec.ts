import path from 'node:path';

import { _electron as electron, expect, test } from '@playwright/test';

import { electronUnavailableReason } from './electron-available';

const skipReason = electronUnavailableReason();
if (skipReason) {
  process.stdout.write(`Electron tests skipped: ${skipReason}\n`);
}
test.skip(skipReason !== null, `Electron tests skipped: ${skipReason}`);

test('app opens its first window on the welcome screen', async () => {
  const app = await electron.launch({
    args: [path.resolve(import.meta.dirname, '../../out/main/index.js')],
  });

  const window = await app.firstWindow();
  await expect(window.getByTestId('welcome-screen')).toBeVisible();
  await app.close();
});
