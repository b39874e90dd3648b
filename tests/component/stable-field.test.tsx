import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { StableTextInput, stableField } from '../../src/renderer/src/form-kit/stable-field';
import { theme } from '../../src/renderer/src/theme';

/** Two fields of one form; where the first one's typing goes depends on the form's state. */
function TwoFields({ drawn }: { drawn?: string[] }) {
  const [target, setTarget] = useState<'notes' | 'minutes'>('notes');
  const [values, setValues] = useState({ notes: '', minutes: '', other: '' });
  return (
    <MantineProvider theme={theme}>
      <StableTextInput
        label="Typed here"
        value={values[target]}
        // A new handler every render, closing over `target`, as getInputProps hands out.
        onChange={(event) => {
          const text = event.currentTarget.value;
          setValues((current) => ({ ...current, [target]: text }));
        }}
      />
      <CountedInput
        label="Other field"
        value={values.other}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setValues((current) => ({ ...current, other: text }));
        }}
        drawn={drawn}
      />
      <button type="button" onClick={() => setTarget('minutes')}>
        Write the minutes
      </button>
      <output aria-label="Notes">{values.notes}</output>
      <output aria-label="Minutes">{values.minutes}</output>
    </MantineProvider>
  );
}

interface CountedProps {
  label: string;
  value: string;
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => void;
  drawn?: string[];
}

const CountedInput = stableField(function Counted({ label, value, onChange, drawn }: CountedProps) {
  drawn?.push(value);
  return (
    <label>
      {label}
      <input value={value} onChange={onChange} />
    </label>
  );
});

describe('a field drawn only when its own props change', () => {
  it('sends typing to where the form says now, not where it said when the field was drawn', async () => {
    const user = userEvent.setup();
    render(<TwoFields />);
    await user.type(screen.getByRole('textbox', { name: 'Typed here' }), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Write the minutes' }));
    await user.type(screen.getByRole('textbox', { name: 'Typed here' }), 'Motion');
    expect(screen.getByRole('status', { name: 'Notes' }).textContent).toBe('Hi');
    expect(screen.getByRole('status', { name: 'Minutes' }).textContent).toBe('Motion');
  });

  it('is not drawn again while another field of the form is typed in', async () => {
    const user = userEvent.setup();
    const drawn: string[] = [];
    render(<TwoFields drawn={drawn} />);
    await user.type(screen.getByRole('textbox', { name: 'Typed here' }), 'Several words');
    expect(drawn).toEqual(['']);
    await user.type(screen.getByRole('textbox', { name: 'Other field' }), 'ok');
    expect(drawn).toEqual(['', 'o', 'ok']);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Other field' }).value).toBe('ok');
  });
});
