import type { Page } from '@playwright/test';

/**
 * After a Spanish paper's print button: the seeded goals were written in English only, so the
 * app first lists those passages; printing anyway marks each one "(en inglés)" on the paper.
 */
export async function printMarkingEnglish(page: Page): Promise<void> {
  await page
    .getByRole('dialog', { name: 'Some passages have no Spanish yet' })
    .getByRole('button', { name: 'Print with these passages marked in English' })
    .click();
}
