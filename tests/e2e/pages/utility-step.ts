import type { Locator, Page } from '@playwright/test';

export interface BoardMemberInput {
  name: string;
  office: 'President' | 'Vice-President' | 'Secretary' | 'Treasurer' | 'Member';
  termEnds?: string;
}

/** Step 1, "Utility and team". */
export class UtilityStep {
  readonly name: Locator;
  readonly systemId: Locator;
  readonly state: Locator;
  readonly connections: Locator;
  readonly population: Locator;
  readonly milesOfMain: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Name of the utility' });
    this.systemId = page.getByRole('textbox', { name: 'System ID' });
    this.state = page.getByRole('combobox', { name: 'State' });
    this.connections = page.getByRole('textbox', { name: 'Connections' });
    this.population = page.getByRole('textbox', { name: 'Population served' });
    this.milesOfMain = page.getByRole('textbox', { name: 'Miles of water main' });
  }

  async chooseSystemType(label: 'Drinking water' | 'Wastewater (sewer)' | 'Both'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async chooseState(stateName: string): Promise<void> {
    await this.state.fill(stateName);
    await this.page.getByRole('option', { name: stateName, exact: true }).click();
  }

  boardMember(index: number): Locator {
    return this.page.getByRole('group', { name: `Board member ${index}` });
  }

  async addBoardMember(index: number, member: BoardMemberInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a board member' }).click();
    const row = this.boardMember(index);
    await row.getByRole('textbox', { name: 'Name' }).fill(member.name);
    await row.getByRole('combobox', { name: 'Office' }).click();
    await this.page.getByRole('option', { name: member.office, exact: true }).click();
    if (member.termEnds)
      await row.getByRole('textbox', { name: 'Term ends' }).fill(member.termEnds);
  }

  operator(index: number): Locator {
    return this.page.getByRole('group', { name: `Operator ${index}` });
  }

  async addOperator(index: number, name: string, certification: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an operator' }).click();
    const row = this.operator(index);
    await row.getByRole('textbox', { name: 'Name' }).fill(name);
    await row.getByRole('textbox', { name: 'Certification' }).fill(certification);
  }
}
