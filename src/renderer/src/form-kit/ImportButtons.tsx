import { Button, Group } from '@mantine/core';
import { useText } from '../i18n/use-text';

export interface ImportButtonsProps {
  /** "Import 3 rows"; "Import" while nothing can be imported. */
  label: string;
  /** Whether the preview shown allows an import. */
  ready: boolean;
  /** A preview for other columns is on its way; the one shown must not be imported. */
  checking: boolean;
  importing: boolean;
  onImport: () => void;
  onCancel: () => void;
}

/** The end of a CSV import's preview: import what it shows, or let the file go. */
export function ImportButtons(props: ImportButtonsProps) {
  const { importing } = props;
  const text = useText();
  return (
    <Group gap="sm">
      <Button
        onClick={props.onImport}
        disabled={props.checking || !props.ready}
        loading={importing}
      >
        {props.label}
      </Button>
      <Button variant="default" onClick={props.onCancel} disabled={importing}>
        {text('form.cancel')}
      </Button>
    </Group>
  );
}
