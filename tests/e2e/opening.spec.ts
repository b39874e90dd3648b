import { expect, test } from './fixtures';
import { readyForGoals } from './seeds';

// What a volunteer sees while the app opens on a slow laptop: words from the first paint, then
// step 1 drawn once, with the saved work in it.

const openedOnStepOne = readyForGoals();
openedOnStepOne.wizard.currentStep = 'utility';
test.use({ seed: openedOnStepOne });

/** The app's own code and step 1's (React, Mantine and the wizard), one file (decision 69). */
const appCode = /\/assets\/start-[^/]+\.js$/;

test('says it is opening from the first paint, then shows step 1 with the saved work', async ({
  page,
  app,
}) => {
  let release = () => undefined as void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(appCode, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url);

  await expect(page.getByRole('status')).toHaveText('Opening LOS Builder…');
  release();
  const name = page.getByRole('textbox', { name: 'Name of the utility' });
  await expect(name).toHaveValue('Cedar Flats Mutual Domestic Water Consumers Association');
  await expect(page.getByText('Opening LOS Builder…')).toHaveCount(0);
  // The sections below the first follow a moment later, with the saved board.
  await expect(
    page.getByRole('group', { name: 'Board member 2' }).getByRole('textbox').first(),
  ).toHaveValue('Joe Baca');
});

test('says so, and that the saved work is safe, when its own files cannot load', async ({
  page,
  app,
  consoleErrors,
}) => {
  await page.route(appCode, (route) => route.abort());
  await page.goto(app.url);

  await expect(page.locator('#root')).toHaveText(
    'LOS Builder could not load its files. Your saved work is safe: close LOS Builder and open it again.',
  );
  // The refused downloads (the script and its preload hint, each logged when the browser gets
  // to it) are the one error this test expects the browser to log: wait for both to be tried.
  await page.waitForLoadState('networkidle');
  expect(consoleErrors.every((error) => error.includes('Failed to load'))).toBe(true);
  consoleErrors.length = 0;
});
