import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { catalogs } from '../../src/renderer/src/i18n/catalog';
import type { MenuCommand } from '../../src/shared/api/menu-commands';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';

// The header's "Español" / "English" and the desktop menu's View › Language: one path that shows
// the other language at once and remembers it on this computer.

const spanishTitle = catalogs.es['step.review.title'];

function reviewOpen() {
  return createTestApi((workbook) => {
    workbook.wizard = { currentStep: 'review' };
  });
}

afterEach(() => {
  delete window.losMenu;
});

describe('choosing the app’s language', () => {
  it('switches every word at once from the header, and remembers Spanish for next time', async () => {
    const backend = reviewOpen();
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Review' });

    await user.click(screen.getByRole('button', { name: 'Español' }));

    expect(await screen.findByRole('heading', { level: 2, name: spanishTitle })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: catalogs.es['app.stepsLabel'] })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
    expect(document.documentElement.lang).toBe('es');
    expect(backend.inputsOf('preferences:setLanguage')).toEqual([{ language: 'es' }]);
    const status = await backend.api['app:status']();
    expect(status.ok && status.value.language).toBe('es');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Review' })).toBeTruthy();
    expect(backend.inputsOf('preferences:setLanguage')).toEqual([
      { language: 'es' },
      { language: 'en' },
    ]);
  });

  it('still switches when the choice cannot be remembered, and says so in the new language', async () => {
    const backend = reviewOpen();
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Review' });
    backend.failNext('preferences:setLanguage', { code: 'storage', message: 'disco lleno' });

    await user.click(screen.getByRole('button', { name: 'Español' }));

    expect(await screen.findByRole('heading', { level: 2, name: spanishTitle })).toBeTruthy();
    expect(
      await screen.findByText(/El idioma cambió en esta ventana, pero .*disco lleno/),
    ).toBeTruthy();
  });

  it('follows the desktop menu’s View › Language', async () => {
    let listener: ((command: MenuCommand) => void) | undefined;
    window.losMenu = {
      onCommand: vi.fn((heard: (command: MenuCommand) => void) => {
        listener = heard;
        return () => undefined;
      }),
    };
    const backend = reviewOpen();
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Review' });

    listener?.('language-es');

    expect(await screen.findByRole('heading', { level: 2, name: spanishTitle })).toBeTruthy();
    await waitFor(() =>
      expect(backend.inputsOf('preferences:setLanguage')).toEqual([{ language: 'es' }]),
    );
  });
});
