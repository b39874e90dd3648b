import type { Page } from '@playwright/test';
import { openApp, type RunningApp } from './fixtures';

/**
 * A second tab on the same app, as a person opens the address twice. Its console errors are
 * collected for the test to check, as the fixtures do for the first tab.
 */
export async function openSecondTab(
  page: Page,
  app: RunningApp,
): Promise<{ tab: Page; errors: string[] }> {
  const tab = await page.context().newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await openApp(tab, app);
  return { tab, errors };
}
