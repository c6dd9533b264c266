import type { Page } from '@playwright/test';

import { expect, openKiosk, test } from './fixtures/host';
import {
  demoGuest,
  findByCode,
  startSession,
  typeOnKeyboard,
} from './support/guest-flow';

// Strings that stay the same in every language: names, not words.
const LANGUAGE_NEUTRAL = new Set([
  'Lobbykey Demo Hotel',
  'English',
  demoGuest.guestName,
]);

/** Collects every visible text, aria-label and alt on the page that has words. */
async function visibleStrings(page: Page): Promise<string[]> {
  const strings = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.checkVisibility() && node.textContent)
        found.push(node.textContent.trim());
    }
    for (const element of document.querySelectorAll('[aria-label], img[alt]')) {
      found.push(
        element.getAttribute('aria-label') ?? element.getAttribute('alt') ?? '',
      );
    }
    return found;
  });
  return strings.filter(
    (text) => /[A-Za-z]{2,}/.test(text) && !LANGUAGE_NEUTRAL.has(text),
  );
}

/** Switches to Chinese and back on the current screen and compares texts. */
async function expectEveryStringTranslated(
  page: Page,
  screen: string,
): Promise<void> {
  const english = await visibleStrings(page);
  expect(english.length, `${screen} shows English text`).toBeGreaterThan(0);

  await page.getByTestId('language-zh-CN').first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const chinese = new Set(await visibleStrings(page));
  const untranslated = english.filter((text) => chinese.has(text));
  expect(untranslated, `untranslated on ${screen}`).toEqual([]);

  await page.getByTestId('language-en').first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('language switch translates every guest screen', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await openKiosk(page, host.hostUrl);
  await expectEveryStringTranslated(page, 'welcome');

  await startSession(page);
  await typeOnKeyboard(page, demoGuest.code);
  await expectEveryStringTranslated(page, 'find by code');
  await page.getByTestId('method-phone').click();
  await expectEveryStringTranslated(page, 'find by phone');
  await page.getByTestId('method-code').click();

  await page.getByTestId('find-next').click();
  await expectEveryStringTranslated(page, 'verify');
  await page.getByTestId('back-button').click();
  await page.getByTestId('find-next').click();
  await typeOnKeyboard(page, 'Nobody');
  await page.getByTestId('verify-submit').click();
  await expect(page.getByTestId('error-notice')).toBeVisible();
  await expectEveryStringTranslated(page, 'verify error');

  await page.getByTestId('start-over-button').click();
  await startSession(page);
  await findByCode(page, demoGuest.code, demoGuest.surname);
  await expect(page.getByTestId('screen-confirm')).toBeVisible();
  await expectEveryStringTranslated(page, 'confirm');

  await page.getByTestId('confirm-yes').click();
  await expectEveryStringTranslated(page, 'delivery');
  await page.getByTestId('issue-button').click();
  await expect(page.getByTestId('screen-key')).toBeVisible();
  await expectEveryStringTranslated(page, 'key');

  await page.getByTestId('help-button').click();
  await expectEveryStringTranslated(page, 'help');
});

test('session reset returns to the default language', async ({
  page,
  host,
}) => {
  await openKiosk(page, host.hostUrl);
  await page.getByTestId('language-zh-CN').click();
  await startSession(page);
  await expect(
    page.getByRole('heading', { name: '查找您的预订' }),
  ).toBeVisible();

  await page.getByTestId('start-over-button').click();

  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
});
