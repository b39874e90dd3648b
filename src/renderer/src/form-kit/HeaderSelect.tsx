import { NativeSelect } from '@mantine/core';
import { useText } from '../i18n/use-text';

const notInFile = '';

interface HeaderSelectProps {
  label: string;
  description: string;
  /** The file's column names, in order. */
  headers: string[];
  chosen: string | null;
  disabled: boolean;
  onChange: (header: string | null) => void;
}

/** Which of a CSV file's columns holds one thing an import needs, or none. */
export function HeaderSelect(props: HeaderSelectProps) {
  const { headers, chosen } = props;
  const text = useText();
  // Options carry the header's position, so a header named like "Not in this file" still works.
  const options = [
    { value: notInFile, label: text('form.csv.notInFile') },
    ...headers.map((header, index) => ({ value: String(index), label: header })),
  ];
  const index = chosen === null ? -1 : headers.indexOf(chosen);
  return (
    <NativeSelect
      label={props.label}
      description={props.description}
      data={options}
      value={index === -1 ? notInFile : String(index)}
      disabled={props.disabled}
      onChange={(event) => {
        const value = event.currentTarget.value;
        props.onChange(value === notInFile ? null : (headers[Number(value)] ?? null));
      }}
    />
  );
}
