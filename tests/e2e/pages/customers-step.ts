import { expect, type Locator, type Page } from '@playwright/test';

/** Step 4 as a user sees it: its tabs, the outreach dialog, the card form and the complaint log. */
export class CustomersStep {
  constructor(readonly page: Page) {}

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Ticks a method on the Plan tab and gives it a planned date. */
  async planMethod(title: string, date: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Use ${title}` }).check();
    await this.page.getByRole('textbox', { name: `Planned date for ${title}` }).fill(date);
  }

  async addOutreach(values: {
    method: string;
    date: string;
    place: string;
    reached: string;
    answered: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an outreach' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add an outreach' });
    await dialog.getByRole('combobox', { name: 'Method' }).click();
    await this.page.getByRole('option', { name: values.method, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill(values.date);
    await dialog.getByLabel('Place').fill(values.place);
    await dialog.getByLabel('People reached').fill(values.reached);
    await dialog.getByLabel('People who answered').fill(values.answered);
    await dialog.getByRole('button', { name: 'Add outreach' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Types one card the way a volunteer does: the words, a topic key, Enter. */
  async typeCard(said: string, topicKey: string): Promise<void> {
    const field = this.page.getByLabel('What was said');
    await field.focus();
    await this.page.keyboard.type(said);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press(topicKey);
    await this.page.keyboard.press('Enter');
  }

  savedCards(): Locator {
    return this.page
      .getByRole('list', { name: /Cards saved for this outreach/ })
      .getByRole('listitem');
  }

  /** Links what the open "Use as evidence" dialog quotes to one goal, named as it lists it. */
  async linkAsEvidence(goal: string): Promise<void> {
    const linking = this.page.getByRole('dialog', { name: 'Use as evidence for an external goal' });
    await linking.getByRole('radio', { name: goal }).check();
    await linking.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(linking).toBeHidden();
  }

  async chooseComplaintFile(path: string): Promise<void> {
    await this.page.getByLabel('Complaint log file (CSV)').setInputFiles(path);
  }

  /** The select for one of the log's columns on the mapping screen. */
  column(title: string): Locator {
    return this.page.getByRole('combobox', { name: title, exact: true });
  }

  async mapColumn(title: string, header: string): Promise<void> {
    await this.column(title).selectOption({ label: header });
  }
}
