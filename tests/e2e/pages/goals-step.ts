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

  /** Adds each goal from the library in one visit; closing it opens the last one added. */
  async addFromLibrary(...statements: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Add from the library' }).click();
    await expect(this.library).toBeVisible();
    for (const [index, statement] of statements.entries()) {
      await this.library
        .getByRole('article', { name: statement })
        .getByRole('button', { name: 'Add this goal' })
        .click();
      // The library stays open for more, counting what was added.
      await expect(this.library.getByRole('status')).toContainText(
        `${index + 1} ${index === 0 ? 'goal' : 'goals'} added so far`,
      );
    }
    await this.library.getByRole('button', { name: 'Done: word the new goals' }).click();
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

  /**
   * Opens one goal's editor and waits for it, so nothing typed next lands in another goal's
   * editor that is still closing.
   */
  async edit(statement: string): Promise<void> {
    const card = this.card(statement);
    await card.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(card.getByRole('button', { name: 'Done with this goal' })).toBeVisible();
  }

  /** Closes one goal's editor and waits until it has closed (its wording saved first). */
  async doneWith(statement: string): Promise<void> {
    const card = this.card(statement);
    await card.getByRole('button', { name: 'Done with this goal' }).click();
    await expect(card.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
  }

  /** The goal's number as its card shows it ("Goal 4 · Customer Service · External"). */
  async number(statement: string): Promise<number> {
    const match = /Goal (\d+) ·/.exec((await this.card(statement).textContent()) ?? '');
    if (!match?.[1]) throw new Error(`The card of “${statement}” shows no goal number.`);
    return Number(match[1]);
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
