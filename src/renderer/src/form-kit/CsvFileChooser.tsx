import { Button, FileButton, Group, Loader, Text } from '@mantine/core';
import type { CsvImportBusy } from './use-csv-import';
import { useText } from '../i18n/use-text';

const busyWords = {
  reading: 'form.csv.reading',
  previewing: 'form.csv.previewing',
} as const;

interface CsvFileChooserProps {
  /** The file input's name, which screen readers say. */
  inputLabel: string;
  /** The button's words before a file is chosen. */
  chooseText: string;
  fileName: string | null;
  busy: CsvImportBusy;
  /** Besides while importing, when the button cannot be used. */
  disabled?: boolean;
  variant?: 'filled' | 'default';
  onChoose: (file: File | null) => void;
}

/** The button that picks a CSV file, the file's name once chosen, and what is being done with it. */
export function CsvFileChooser(props: CsvFileChooserProps) {
  const { fileName, busy, onChoose } = props;
  const disabled = props.disabled === true || busy === 'importing';
  const text = useText();
  return (
    <Group gap="md" align="center">
      <FileButton
        onChange={onChoose}
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        disabled={disabled}
        inputProps={{ 'aria-label': props.inputLabel }}
      >
        {(buttonProps) => (
          <Button {...buttonProps} variant={props.variant ?? 'filled'} disabled={disabled}>
            {fileName ? text('form.csv.chooseAnother') : props.chooseText}
          </Button>
        )}
      </FileButton>
      {fileName && (
        <Text>
          {text('form.csv.file')} <strong>{fileName}</strong>
        </Text>
      )}
      {busy && busy !== 'importing' && (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text>{text(busyWords[busy])}</Text>
        </Group>
      )}
    </Group>
  );
}
