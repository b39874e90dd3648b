import { expect, type Page } from '@playwright/test';
import { WizardPage } from './wizard-page';

/** A day before today on this computer's calendar, YYYY-MM-DD: a meeting that has taken place. */
export function daysAgo(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The seeded board (tests/e2e/seeds.ts), as step 7 names its members. */
const seededBoard = ['Maria Peña', 'Joe Baca', 'Ana Lucero', 'Ray Ortiz', 'Lena Roybal'];

/** Step 7 as the board's secretary uses it: the meeting, the roll call and the approval. */
export class ApprovalStep {
  constructor(readonly page: Page) {}

  /**
   * Each member's vote in the roll call, then who moved and who seconded, named as the lists
   * name them ("Ana Lucero (Secretary)"). Native selects: the most dependable control for them.
   */
  async recordVotes(
    votes: readonly (readonly [string, 'Aye' | 'Nay' | 'Abstain' | 'Absent'])[],
    mover: string,
    seconder: string,
  ): Promise<void> {
    for (const [name, vote] of votes) {
      await this.page
        .getByRole('radiogroup', { name: `Vote of ${name}` })
        .getByRole('radio', { name: vote })
        .check();
    }
    await this.page.getByRole('combobox', { name: 'Moved by' }).selectOption({ label: mover });
    await this.page
      .getByRole('combobox', { name: 'Seconded by' })
      .selectOption({ label: seconder });
  }

  /** Records a meeting on `date` (as typed) where the seeded board votes aye, and waits for the save. */
  async recordCarriedVote(date: string, resolution: string): Promise<void> {
    const page = this.page;
    await page.getByRole('textbox', { name: 'Meeting date' }).fill(date);
    await page.getByRole('textbox', { name: 'Place', exact: true }).fill('Community hall');
    await page
      .getByRole('textbox', { name: 'How the meeting was noticed' })
      .fill('Posted a week ahead.');
    await this.recordVotes(
      seededBoard.map((name) => [name, 'Aye']),
      'Ana Lucero (Secretary)',
      'Ray Ortiz (Treasurer)',
    );
    await page.getByRole('textbox', { name: 'Resolution number' }).fill(resolution);
    await new WizardPage(page).expectSaved();
  }

  /** Approves the revision through its confirmation and waits for the frozen notice. */
  async approve(revision: number): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: `Approve and freeze revision ${revision}` }).click();
    await page
      .getByRole('dialog', { name: `Approve and freeze revision ${revision}?` })
      .getByRole('button', { name: 'Approve and freeze' })
      .click();
    await expect(
      page.getByRole('region', { name: `Revision ${revision} is approved and frozen` }),
    ).toBeVisible();
  }
}
