import { expect, type Locator, type Page } from '@playwright/test';

/** The wizard as a user sees it: steps, save status and the Back/Next buttons. */
export class WizardPage {
  readonly saveStatus: Locator;
  readonly stepHeading: Locator;

  constructor(readonly page: Page) {
    this.saveStatus = page
      .getByRole('status')
      .filter({ hasText: /saved|Saving|Not saved|Could not save|Changed/ });
    this.stepHeading = page.getByRole('heading', { level: 2 });
  }

  async expectStep(title: string): Promise<void> {
    await expect(this.stepHeading.filter({ hasText: title })).toBeVisible();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/All changes saved/);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^Next/ }).click();
  }

  /** Jumps to a step through the step list, as a user clicks it. */
  async goTo(title: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Wizard steps' })
      .getByRole('button', { name: new RegExp(title) })
      .click();
    await this.expectStep(title);
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: /Back/ }).click();
  }

  /**
   * A picture of the whole step for people to look at (kept with the test results). The window
   * is made as tall as the page first, so the fixed header and footer sit where a user sees them
   * instead of being painted over the middle as Playwright's fullPage capture does.
   */
  async screenshot(name: string): Promise<void> {
    const viewport = this.page.viewportSize();
    if (!viewport) throw new Error('The page has no viewport size.');
    const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
    await this.page.setViewportSize({ width: viewport.width, height });
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
    await this.page.setViewportSize(viewport);
  }
}
