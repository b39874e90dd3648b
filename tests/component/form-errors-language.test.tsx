import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { OutreachEditor } from '../../src/renderer/src/features/customers/OutreachEditor';
import { LanguageButton } from '../../src/renderer/src/app/LanguageButton';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';

// A field's error follows the header's language switch at once: the one already in red is said
// again in the new language, and a mistake typed after the switch is said in it too.

function utilityOpen() {
  return createTestApi((workbook) => {
    workbook.utility = { rev: 4, value: { ...workbook.utility.value, connections: 250 } };
    workbook.wizard = { currentStep: 'utility' };
  });
}

describe('a form’s errors after the language is switched', () => {
  it('says the error on screen again in Spanish, and a new mistake in Spanish too', async () => {
    const user = userEvent.setup();
    renderWithApi(<Wizard />, utilityOpen().api);
    const connections = await screen.findByRole('textbox', { name: 'Connections' });
    await user.clear(connections);
    await user.type(connections, '12.5');
    expect(
      await screen.findByText('Connections must be a whole number, such as 250.'),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Español' }));

    expect(
      await screen.findByText('Conexiones: debe ser un número entero, como 250.'),
    ).toBeTruthy();
    expect(screen.queryByText('Connections must be a whole number, such as 250.')).toBeNull();
    // Only the field that was in red: no other field turns red on the switch.
    expect(screen.getAllByText(/debe ser|must be/)).toHaveLength(1);

    const systemId = screen.getByRole('textbox', { name: 'Número de identificación del sistema' });
    await user.type(systemId, 'NM 35!');
    expect(
      await screen.findByText(
        'Número de identificación del sistema: use solo las letras y los dígitos de su permiso, como NM3500101.',
      ),
    ).toBeTruthy();

    // And back: both errors in English again.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByText('Connections must be a whole number, such as 250.'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'System ID: use only the letters and digits on your permit, such as NM3500101.',
      ),
    ).toBeTruthy();
  });

  it('says an outreach’s error again in Spanish while its editor is open', async () => {
    const user = userEvent.setup();
    renderWithApi(
      <>
        <LanguageButton small={false} />
        <OutreachEditor
          outreach={null}
          defaultMethod="door-to-door"
          onClose={() => undefined}
          onSave={() => Promise.resolve(true)}
        />
      </>,
      createTestApi().api,
    );
    await user.type(await screen.findByRole('textbox', { name: 'People reached' }), '10');
    await user.type(screen.getByRole('textbox', { name: 'People who answered' }), '12');
    await user.click(screen.getByRole('button', { name: 'Add outreach' }));
    expect(
      await screen.findByText('People who answered (12) cannot be more than people reached (10).'),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Español' }));

    expect(
      await screen.findByText(
        'Las personas que respondieron (12) no pueden ser más que las personas contactadas (10).',
      ),
    ).toBeTruthy();
    // The fields left empty stay unmarked: the switch checks only what was already in red.
    expect(screen.getByRole('textbox', { name: 'Lugar' }).getAttribute('aria-invalid')).not.toBe(
      'true',
    );
  });
});
