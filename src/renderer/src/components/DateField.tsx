import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';

interface DateFieldProps {
  label: string;
  description: string;
  /** YYYY-MM-DD, or '' when not known: the stored form of every date. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
}

/**
 * A typed or picked calendar date. Its clear button gets a name of its own: Mantine's has none,
 * so a screen reader would announce only "button".
 */
export function DateField({ label, description, value, onChange, error }: DateFieldProps) {
  return (
    <DateInput
      label={label}
      description={description}
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${label}` }}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      error={error}
    />
  );
}
