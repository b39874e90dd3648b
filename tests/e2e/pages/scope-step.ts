import type { Locator, Page } from '@playwright/test';

export type AssetQuestion =
  'fire hydrants' | 'backup water source' | 'storage tank' | 'backup power';

/** Step 2, "Goal areas, mission and boundaries". */
export class ScopeStep {
  readonly mission: Locator;
  readonly assetLimits: Locator;

  constructor(readonly page: Page) {
    this.mission = page.getByRole('textbox', { name: 'Mission statement' });
    this.assetLimits = page.getByRole('textbox', { name: 'What we cannot do' });
  }

  area(title: string): Locator {
    return this.page.getByRole('checkbox', { name: title, exact: true });
  }

  assetQuestion(question: AssetQuestion): Locator {
    return this.page.getByRole('radiogroup', { name: new RegExp(question) });
  }

  async answer(question: AssetQuestion, answer: 'Yes' | 'No' | 'Not sure'): Promise<void> {
    await this.assetQuestion(question).getByRole('radio', { name: answer, exact: true }).check();
  }
}
