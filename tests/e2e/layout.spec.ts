import type { Locator, Page } from '@playwright/test';
import { everyStepFilled, nineMemberBoard } from './every-step-seed';
import { expect, openApp, test } from './fixtures';
import { WizardPage } from './pages/wizard-page';

// Large text and small windows. 200% zoom on a 1280×800 screen leaves a 640×400 CSS window;
// 320×568 is a phone, or 400% zoom. At both, every step must be reachable, nothing may scroll
// sideways, and the fixed parts of the page must leave at least half the height for the work.

const steps = [
  'Utility and team',
  'Goal areas, mission and boundaries',
  'Internal goals',
  'Customers',
  'External goals',
  'Review',
  'Board approval',
  'Signed-off agreement',
];

const smallWindows = [
  { width: 640, height: 400 },
  { width: 320, height: 568 },
];

// Walking all eight steps, twice for the approved test, on two shared cores.
test.describe.configure({ timeout: 120_000 });

/** Goes to a step through whichever step navigation is on screen: the row, or the menu. */
async function goToStep(page: Page, title: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Wizard steps' });
  const menuButton = nav.getByRole('button', { name: /^Step \d of 8/ });
  if (await menuButton.isVisible()) {
    await menuButton.click();
    const menu = page.getByRole('dialog', { name: 'All steps' });
    const number = steps.indexOf(title) + 1;
    const entry = menu.getByRole('button', { name: `Step ${number}: ${title}`, exact: true });
    await entry.scrollIntoViewIfNeeded();
    await expect(entry).toBeInViewport();
    await entry.click();
    await expect(menu).toBeHidden();
  } else {
    const entry = nav.getByRole('button', { name: new RegExp(title) });
    await expect(entry).toBeInViewport({ ratio: 1 });
    await entry.click();
  }
  await new WizardPage(page).expectStep(title);
}

interface Fit {
  pageWidth: number;
  windowWidth: number;
  windowHeight: number;
  /** Height between the fixed bars at the top and bottom: where the work can be scrolled to. */
  workHeight: number;
  /** Height of the main region in view; measured with the page scrolled to the top. */
  mainVisibleAtTop: number;
  /** Buttons whose label is cut off, by their text. */
  clippedButtons: string[];
}

/** Measures the page as it is drawn now. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const height = root.clientHeight;
    let top = 0;
    let bottom = height;
    for (const element of document.querySelectorAll<HTMLElement>('header, footer, nav')) {
      const style = getComputedStyle(element);
      if (style.position !== 'fixed' && style.position !== 'sticky') continue;
      const box = element.getBoundingClientRect();
      if (box.height === 0) continue;
      if (box.top <= 1) top = Math.max(top, box.bottom);
      else if (box.bottom >= height - 1) bottom = Math.min(bottom, box.top);
    }
    const main = document.querySelector('main')!.getBoundingClientRect();
    const mainVisibleAtTop = Math.min(main.bottom, bottom) - Math.max(main.top, top);
    const clippedButtons = [...document.querySelectorAll<HTMLElement>('.mantine-Button-label')]
      .filter((label) => label.offsetParent !== null)
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent ?? '');
    return {
      pageWidth: root.scrollWidth,
      windowWidth: root.clientWidth,
      windowHeight: height,
      workHeight: bottom - top,
      mainVisibleAtTop,
      clippedButtons,
    };
  });
}

async function expectFitsWindow(page: Page, where: string): Promise<void> {
  const fit = await measure(page);
  expect(fit.pageWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(fit.windowWidth);
  expect(fit.workHeight, `${where}: fixed bars leave too little height`).toBeGreaterThanOrEqual(
    fit.windowHeight / 2,
  );
  expect(fit.mainVisibleAtTop, `${where}: the work starts too low`).toBeGreaterThanOrEqual(
    fit.windowHeight / 2,
  );
  expect(fit.clippedButtons, `${where}: buttons cut off`).toEqual([]);
  // Back and Next whole and inside the window.
  for (const button of await page.getByRole('contentinfo').getByRole('button').all()) {
    await expect(button).toBeInViewport({ ratio: 1 });
  }
}

/** Visits every step in order, checking the layout and saving a picture of each. */
async function walkEveryStep(page: Page, label: string): Promise<void> {
  for (const [index, title] of steps.entries()) {
    await goToStep(page, title);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectFitsWindow(page, `${label}, step ${index + 1}`);
    await page.screenshot({ path: `test-results/screenshots/layout-${label}-${index + 1}.png` });
  }
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a toast covers the header, the step navigation or Back and Next, as drawn now. */
async function expectClearOfFrame(page: Page, toast: Locator): Promise<void> {
  const box = (await toast.boundingBox())!;
  for (const frame of [
    page.getByRole('banner'),
    page.getByRole('navigation', { name: 'Wizard steps' }),
    page.getByRole('contentinfo'),
  ]) {
    const other = await frame.boundingBox();
    if (other) expect(overlaps(box, other), 'a message covers the page frame').toBe(false);
  }
}

test.describe('every step filled in', () => {
  test.use({ seed: everyStepFilled() });

  for (const size of smallWindows) {
    test(`at ${size.width}×${size.height} every step is reachable and fits the window`, async ({
      page,
      app,
    }) => {
      await page.setViewportSize(size);
      await openApp(page, app);
      await expect(page.getByRole('banner')).toContainText('Revision 1 · draft');
      await walkEveryStep(page, `${size.width}x${size.height}`);
    });

    test(`at ${size.width}×${size.height} the approved agreement fits too, and approving shows the fingerprint`, async ({
      page,
      app,
    }) => {
      await page.setViewportSize(size);
      await openApp(page, app);
      await goToStep(page, 'Board approval');
      await approve(page);
      await walkEveryStep(page, `${size.width}x${size.height}-approved`);
    });
  }

  test('after approving, the page shows the approved revision and its fingerprint, not the minutes', async ({
    page,
    app,
  }) => {
    await openApp(page, app);
    await goToStep(page, 'Board approval');
    await expect(page.getByRole('banner')).toContainText('Revision 1 · draft');
    await approve(page);
    await expect(page.getByRole('textbox', { name: 'Minutes excerpt' })).not.toBeInViewport();
    await expect(page.getByRole('banner')).toContainText('Revision 1 · approved');
  });

  for (const size of [{ width: 1280, height: 800 }, smallWindows[0]!]) {
    test(`at ${size.width}×${size.height} a deleted goal's message shows Undo whole, clear of the header and steps`, async ({
      page,
      app,
    }) => {
      await page.setViewportSize(size);
      await openApp(page, app);
      await goToStep(page, 'Internal goals');
      const cards = page.getByRole('article', { name: /^Goal \d+:/ });
      await expect(cards).toHaveCount(2);
      // Two messages at once where there is room for them; a small window shows one at a time.
      for (let deleted = 0; deleted < 2; deleted += 1) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await cards.first().getByRole('button', { name: 'Delete' }).click();
        await expect(cards).toHaveCount(1 - deleted);
      }
      const toasts = page.getByRole('alert').filter({ hasText: 'Goal deleted' });
      await expect(toasts).toHaveCount(size.height >= 600 ? 2 : 1);
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const toast of await toasts.all()) {
        const undo = toast.getByRole('button', { name: 'Undo' });
        await expect(undo).toHaveText('Undo');
        await expect(undo).toBeInViewport({ ratio: 1 });
        const [toastBox, undoBox] = [(await toast.boundingBox())!, (await undo.boundingBox())!];
        expect(undoBox.x).toBeGreaterThanOrEqual(toastBox.x);
        expect(undoBox.x + undoBox.width).toBeLessThanOrEqual(toastBox.x + toastBox.width);
        const label = await undo.evaluate((button) => {
          const text = button.querySelector('.mantine-Button-label')!;
          return { scroll: text.scrollWidth, client: text.clientWidth };
        });
        expect(label.scroll, 'the Undo label is cut off').toBeLessThanOrEqual(label.client);
        await expectClearOfFrame(page, toast);
      }
      await toasts.first().getByRole('button', { name: 'Undo' }).click();
      await expect(cards).toHaveCount(1);
    });
  }
});

/** Approves the recorded meeting on step 7 and checks what the page then shows. */
async function approve(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Approve and freeze revision 1' }).click();
  await page
    .getByRole('dialog', { name: 'Approve and freeze revision 1?' })
    .getByRole('button', { name: 'Approve and freeze' })
    .click();
  const approved = page.getByRole('region', { name: 'Revision 1 approved' });
  await expect(approved.getByRole('heading', { name: 'Revision 1 approved' })).toBeFocused();
  const fingerprint = approved.getByText(/[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  await expect(fingerprint).toBeInViewport({ ratio: 1 });
  await expect(approved.getByRole('heading', { name: 'Revision 1 approved' })).toBeInViewport();
}

test.describe('a board of nine in meeting mode', () => {
  test.use({ seed: nineMemberBoard() });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    test(`at ${size.width}×${size.height} the outcome stays in view through the whole roll call`, async ({
      page,
      app,
    }) => {
      await page.setViewportSize(size);
      await openApp(page, app);
      await page.getByRole('switch', { name: /Meeting mode/ }).check();
      const meeting = page.getByRole('dialog', { name: /^Meeting mode/ });
      const members = await meeting.getByRole('radiogroup', { name: /^Vote of / }).all();
      expect(members).toHaveLength(9);
      for (const [index, member] of members.entries()) {
        await member.getByRole('radio', { name: index % 3 === 2 ? 'Nay' : 'Aye' }).check();
        const headline = meeting.getByText(/^(Carried|Failed|No quorum)/);
        await expect(headline).toBeInViewport({ ratio: 1 });
      }
      await expect(meeting.getByText('Carried 6–3.')).toBeInViewport({ ratio: 1 });
      await page.screenshot({
        path: `test-results/screenshots/layout-meeting-mode-${size.width}x${size.height}.png`,
      });
    });
  }
});
