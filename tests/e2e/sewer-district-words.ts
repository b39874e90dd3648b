import { execFileSync } from 'node:child_process';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { occurrences, waterWords } from '../fixtures/system-type-phrases';
import { expect } from './fixtures';

// The check sewer-district.spec.ts makes after every step and on every paper: no word of
// drinking water on a sewer-only district's screens or papers (issue 12).

/**
 * A part of a screen that names drinking water on purpose, and why that is right. Its text is
 * taken out of the step's text before the check, and only its own.
 */
export interface NamedOnPurpose {
  part: Locator;
  why: string;
}

/** The words a screen shows, as one line: the step's content, its help, its messages. */
async function screenText(page: Page, onPurpose: NamedOnPurpose[]): Promise<string> {
  let text = await page.getByRole('main').innerText();
  for (const { part, why } of onPurpose) {
    await expect(part, `the part that names drinking water for ${why}`).toBeVisible();
    text = text.replace(await part.innerText(), ' ');
  }
  return text.replace(/\s+/g, ' ');
}

/** Fails naming each drinking-water phrase the step shows, with the words around it. */
export async function expectNoWaterWordsOnScreen(
  page: Page,
  step: string,
  onPurpose: NamedOnPurpose[] = [],
): Promise<void> {
  const found = occurrences(await screenText(page, onPurpose), waterWords);
  // Soft: the walk goes on, so one run names every screen that speaks of drinking water.
  expect.soft(found, `drinking-water words on ${step}`).toEqual([]);
}

/** A paper as pdftotext reads it, on one line, with a word hyphenated at a line end rejoined. */
export function paperText(pdfPath: string): string {
  const raw = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
  // The document's title, subject and keywords are printed words too.
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', pdfPath], { encoding: 'utf8' });
  return `${raw}\n${info}`.replace(/\s+/g, ' ').replace(/-\s+/g, '-');
}

/**
 * Saves the download that `click` starts, keeps pictures of its pages with the screenshots, and
 * checks it speaks of the sewer and never of drinking water. Answers the paper's text.
 */
export async function downloadPaper(
  page: Page,
  testInfo: TestInfo,
  paper: { name: string; click: () => Promise<void>; mustSay: string[] },
): Promise<string> {
  const downloading = page.waitForEvent('download');
  await paper.click();
  const pdfPath = testInfo.outputPath(`${paper.name}.pdf`);
  await (await downloading).saveAs(pdfPath);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, `test-results/screenshots/${paper.name}`]);
  const text = paperText(pdfPath);
  // Soft, as on the screens: one run names every paper and every phrase that is wrong.
  expect
    .soft(occurrences(text, waterWords), `drinking-water words in the ${paper.name}`)
    .toEqual([]);
  for (const phrase of paper.mustSay) expect.soft(text, `the ${paper.name}`).toContain(phrase);
  return text;
}
