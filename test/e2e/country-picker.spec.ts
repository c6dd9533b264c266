import { expect, openKiosk, test } from './fixtures/host';
import { reachDelivery } from './support/guest-flow';

for (const viewport of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  test(`country list scrolls within ${viewport.width}x${viewport.height}`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize(viewport);
    await openKiosk(page, host.hostUrl);
    await reachDelivery(page);
    await page.getByTestId('other-number').click();
    await page.getByTestId('country-picker').click();

    const dialog = page.getByTestId('country-list');
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? Infinity)).toBeLessThanOrEqual(
      viewport.height,
    );
    await expect(
      dialog.getByRole('button', { name: /close|关闭/i }),
    ).toBeInViewport();

    await page.getByTestId('country-DE').click();
    await expect(page.getByTestId('country-picker')).toContainText('+49');
  });
}
