import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { glossaryTerms } from '../../src/renderer/src/features/glossary/glossary-terms';
import { catalogs } from '../../src/renderer/src/i18n/catalog';
import type { WizardStep } from '../../src/shared/domain/wizard-steps';
import { wizardSteps } from '../../src/shared/domain/wizard-steps';
import { renderWithApi } from './support/render';
import { approvedWithGoals } from './support/tracking-fixtures';
import { createTestApi } from './support/test-api';

// The words explained (issue 18): reachable from every step's header, and opened at a term from
// where the term is used.

function openOn(step: WizardStep) {
  return createTestApi((workbook) => {
    workbook.wizard = { currentStep: step };
  });
}

async function glossary() {
  return within(await screen.findByRole('dialog', { name: 'Words explained' }));
}

describe('the words explained', () => {
  it.each(wizardSteps)(
    'opens from the header on step %s with every term and its meaning',
    async (step) => {
      const user = userEvent.setup();
      renderWithApi(<Wizard />, openOn(step).api);
      await user.click(await screen.findByRole('button', { name: 'Words explained' }));
      const list = await glossary();
      for (const term of glossaryTerms) {
        expect(list.getByText(catalogs.en[`glossary.${term}.term`])).toBeTruthy();
        expect(list.getByText(catalogs.en[`glossary.${term}.meaning`])).toBeTruthy();
      }
    },
  );

  it('opens at PWS ID from step 1’s system ID hint', async () => {
    const user = userEvent.setup();
    renderWithApi(<Wizard />, openOn('utility').api);
    await user.click(await screen.findByRole('link', { name: 'PWS ID' }));
    const list = await glossary();
    const asked = list.getByText(catalogs.en['glossary.pwsId.meaning']).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(asked));
    expect(asked.textContent).toContain('Public water system ID');
  });

  it('opens at the regulatory floor from step 2’s rules, and at psi from the review’s pressure', async () => {
    const user = userEvent.setup();
    renderWithApi(<Wizard />, openOn('scope').api);
    await user.click(
      await screen.findByRole('link', { name: 'The lowest level of service the law allows.' }),
    );
    let list = await glossary();
    let asked = list.getByText(catalogs.en['glossary.regulatoryFloor.meaning']).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(asked));
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: /Review/ }));
    await user.click(await screen.findByRole('link', { name: 'psi' }));
    list = await glossary();
    asked = list.getByText(catalogs.en['glossary.psi.meaning']).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(asked));
  });

  it('opens at quorum from the board’s vote, in Spanish on a Spanish screen', async () => {
    const user = userEvent.setup();
    renderWithApi(<Wizard />, openOn('approval').api);
    await user.click(await screen.findByRole('button', { name: 'Español' }));
    await user.click(await screen.findByRole('link', { name: 'quórum' }));
    const list = within(await screen.findByRole('dialog', { name: catalogs.es['glossary.title'] }));
    const asked = list.getByText(catalogs.es['glossary.quorum.meaning']).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(asked));
    expect(list.getByText(catalogs.es['glossary.pwsId.meaning'])).toBeTruthy();
  });

  it('opens at target from a goal’s measure, at psi from the library, and at the CCR from what is due', async () => {
    const user = userEvent.setup();
    const backend = openOn('external-goals');
    const view = renderWithApi(<Wizard />, backend.api);
    await user.click(await screen.findByRole('button', { name: 'Add a blank goal' }));
    await user.click(await screen.findByRole('link', { name: 'target' }));
    let list = await glossary();
    let asked = list.getByText(catalogs.en['glossary.target.meaning']).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(asked));
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Add from the library' }));
    const library = await screen.findByRole('dialog', { name: 'Goal library' });
    const [psi] = await within(library).findAllByRole('link', { name: 'psi' });
    await user.click(psi!);
    list = await glossary();
    asked = list.getByText(catalogs.en['glossary.psi.meaning']).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(asked));
    view.unmount();

    renderWithApi(<Wizard />, (await approvedWithGoals()).api);
    const due = await screen.findByRole('list', { name: 'What is due' });
    await user.click(within(due).getByRole('link', { name: 'Consumer Confidence Report' }));
    list = await glossary();
    asked = list.getByText(catalogs.en['glossary.ccr.meaning']).parentElement!;
    await waitFor(() => expect(document.activeElement).toBe(asked));
  });
});
