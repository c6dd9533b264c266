import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { saveScreenshot } from './guest-flow';

/** Fails on any serious or critical axe violation on the page as shown. */
export async function expectNoSeriousViolations(
  page: Page,
  screen: string,
): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter(
      (violation) =>
        violation.impact === 'serious' || violation.impact === 'critical',
    )
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  expect(serious, `axe violations on ${screen}`).toEqual([]);
}

/** Checks a screen with axe and saves its screenshot as `<screen>-<orientation>`. */
export async function checkScreen(
  page: Page,
  screen: string,
  orientation: string,
): Promise<void> {
  await expectNoSeriousViolations(page, screen);
  await saveScreenshot(page, `${screen}-${orientation}`);
}
