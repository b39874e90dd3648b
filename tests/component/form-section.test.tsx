import { MantineProvider } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formSection } from '../../src/renderer/src/form-kit/form-section';
import { theme } from '../../src/renderer/src/theme';

interface Draft extends Record<string, unknown> {
  statement: string;
  direction: 'at-least' | 'at-most';
  target: string;
}

type Form = UseFormReturnType<Draft>;

/** Reads the direction and the target, and flips the direction from what it last saw. */
function TargetView({ form, drawn }: { form: Form; drawn: string[] }) {
  drawn.push(form.values.target);
  return (
    <>
      <label>
        Target
        <input {...form.getInputProps('target', { withError: false })} />
      </label>
      <p>{form.errors.target}</p>
      <button
        type="button"
        onClick={() =>
          form.setFieldValue(
            'direction',
            form.values.direction === 'at-least' ? 'at-most' : 'at-least',
          )
        }
      >
        Flip
      </button>
      <output aria-label="Direction">{form.values.direction}</output>
    </>
  );
}

const TargetSection = formSection(TargetView, ['direction', 'target']);

/** Forgets to name the statement it shows. */
const CarelessSection = formSection(
  function Careless({ form }: { form: Form }) {
    return <p>{form.values.statement}</p>;
  },
  ['target'],
);

function GoalForm({ drawn, careless = false }: { drawn: string[]; careless?: boolean }) {
  const form = useForm<Draft>({
    mode: 'controlled',
    initialValues: { statement: '', direction: 'at-least', target: '' },
    validate: { target: (value) => (/^\d*$/.test(value) ? null : 'Type a whole number') },
    validateInputOnChange: true,
  });
  return (
    <MantineProvider theme={theme}>
      <label>
        Statement
        <input {...form.getInputProps('statement')} />
      </label>
      <TargetSection form={form} drawn={drawn} />
      {careless && <CarelessSection form={form} />}
      <button type="button" onClick={() => form.setFieldValue('target', '48')}>
        Take the other window's target
      </button>
    </MantineProvider>
  );
}

describe('a part of a form drawn only when its own fields change', () => {
  it('is not drawn again while another part is typed in, and follows its own fields', async () => {
    const user = userEvent.setup();
    const drawn: string[] = [];
    render(<GoalForm drawn={drawn} />);
    await user.type(screen.getByRole('textbox', { name: 'Statement' }), 'Answer every call');
    expect(drawn).toEqual(['']);

    await user.type(screen.getByRole('textbox', { name: 'Target' }), '2x');
    expect(screen.getByText('Type a whole number')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: "Take the other window's target" }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Target' }).value).toBe('48');
    expect(screen.queryByText('Type a whole number')).toBeNull();
  });

  it('acts on what its fields hold now, however long ago it was drawn', async () => {
    const user = userEvent.setup();
    render(<GoalForm drawn={[]} />);
    await user.click(screen.getByRole('button', { name: 'Flip' }));
    await user.type(screen.getByRole('textbox', { name: 'Statement' }), 'Keep pressure up');
    await user.click(screen.getByRole('button', { name: 'Flip' }));
    await user.click(screen.getByRole('button', { name: 'Flip' }));
    expect(screen.getByRole('status', { name: 'Direction' }).textContent).toBe('at-most');
  });

  it('refuses, in tests, a part that reads a field it did not name', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<GoalForm drawn={[]} careless />)).toThrow(
      'Careless reads the form\'s "statement" but does not name it',
    );
    vi.restoreAllMocks();
  });
});
