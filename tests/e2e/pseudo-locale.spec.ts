import { catalogs } from '../../src/renderer/src/i18n/catalog';
import { pseudoLocaleKey, pseudoText } from '../../src/renderer/src/i18n/pseudo-text';
import { monthNames, weekdayNames } from '../../src/shared/domain/printed-date';
import { wizardSteps } from '../../src/shared/domain/wizard-steps';
import { plainTextLeft } from '../support/plain-text-left';
import { surveyCardTexts } from '../support/survey-card-texts';
import { everyStepFilled } from './every-step-seed';
import { expect, test } from './fixtures';

// The app in the pseudo-locale: every catalog text accented and wrapped in ⟦ ⟧. Walking every
// step with data on it, any visible text still plain English was written straight into a screen
// (or said by shared code without the catalog), so a Spanish reader would meet it in English.

const seed = everyStepFilled();
test.use({ seed });

/** Every text the seed holds: the board's own words, shown as written in any language. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.trim().length > 1 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
  return [];
}

const asTheBoardWrote = [
  ...textsIn(seed),
  'LOS Builder',
  // Dates in words come from printed-date.ts in the screen's language, not from the catalog.
  ...monthNames.en,
  ...weekdayNames,
  // So do the survey card's questions and answers, the papers' words in both languages, which
  // the entry screen and the tallies repeat as the card prints them.
  ...surveyCardTexts('en'),
];

const pseudo = (english: string) => `⟦${pseudoText(english)}⟧`;

/** The check, run in the page on the whole document (a string: a function cannot travel). */
const plainTextLeftOfPage = `(${plainTextLeft.toString()})(document.body, ${JSON.stringify(asTheBoardWrote)})`;

test('every step shows only words from the catalog, besides what the board wrote', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await page.addInitScript((key) => localStorage.setItem(key, 'on'), pseudoLocaleKey);
  await page.goto(app.url);
  const steps = page.getByRole('navigation', { name: pseudo(catalogs.en['app.stepsLabel']) });
  for (const step of wizardSteps) {
    const title = pseudoText(catalogs.en[`step.${step}.title`]);
    await steps.getByRole('button', { name: new RegExp(title) }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    // Polled: a step reads its records after it is drawn, and its words follow.
    await expect
      .poll(() => page.evaluate<string[]>(plainTextLeftOfPage), {
        message: `plain English left on ${step}`,
      })
      .toEqual([]);
  }
});
