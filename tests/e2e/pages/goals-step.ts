import { expect, type Locator, type Page } from '@playwright/test';

/** Steps "Internal goals" and "External goals": the goal cards, the library and the editor. */
export class GoalsStep {
  readonly library: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('dialog', { name: 'Goal library' });
  }

  /** The goal cards in the order shown. */
  cards(): Locator {
    return this.page.getByRole('article', { name: /^Goal \d+:/ });
  }

  card(statement: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^Goal \\d+: ${escape(statement)}`) });
  }

  async addFromLibrary(statement: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add from the library' }).click();
    await expect(this.library).toBeVisible();
    await this.library
      .getByRole('article', { name: statement })
      .getByRole('button', { name: 'Add this goal' })
      .click();
    await expect(this.library).toBeHidden();
  }

  async addBlank(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a blank goal' }).click();
  }

  /** The open editor's field, found by its label. */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async done(): Promise<void> {
    await this.page.getByRole('button', { name: 'Done with this goal' }).click();
  }

  /** Statements of the cards, in order, read from each card's heading. */
  async statements(): Promise<string[]> {
    const headings = await this.cards().getByRole('heading').allInnerTexts();
    return headings.map((text) => text.replace(/^Goal \d+:\s*/, '').trim());
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
