import { Alert, List, NativeSelect, SimpleGrid, Stack, Title } from '@mantine/core';
import type { ComplaintPreview } from '../../../../../shared/domain/customers/csv/complaint-preview';
import {
  complaintColumns,
  complaintColumnTitles,
  type ComplaintColumn,
} from '../../../../../shared/domain/customers/complaint-log';

const columnHints: Record<ComplaintColumn, string> = {
  received: 'Required: when it came in',
  responded: 'When first answered',
  resolved: 'When it was fixed',
  category: 'Gives each row its topic',
  description: 'Or the topic comes from here',
  location: 'Kept on this computer only',
};

const notInFile = '';

interface ColumnMappingFieldsProps {
  preview: ComplaintPreview;
  disabled: boolean;
  onChange: (column: ComplaintColumn, header: string | null) => void;
}

/** Which of the file's columns holds each thing LOS Builder needs; suggested from the headers. */
export function ColumnMappingFields({ preview, disabled, onChange }: ColumnMappingFieldsProps) {
  // Options carry the header's position, so a header named like the "not in this file" choice still works.
  const options = [
    { value: notInFile, label: 'Not in this file' },
    ...preview.headers.map((header, index) => ({ value: String(index), label: header })),
  ];
  return (
    <Stack gap="sm">
      <Title order={4}>Which column holds what</Title>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {complaintColumns.map((column) => {
          const chosen = preview.mapping[column];
          const index = chosen === null ? -1 : preview.headers.indexOf(chosen);
          return (
            <NativeSelect
              key={column}
              label={complaintColumnTitles[column]}
              description={columnHints[column]}
              data={options}
              value={index === -1 ? notInFile : String(index)}
              disabled={disabled}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange(
                  column,
                  value === notInFile ? null : (preview.headers[Number(value)] ?? null),
                );
              }}
            />
          );
        })}
      </SimpleGrid>
      {preview.mappingProblems.length > 0 && (
        <Alert color="orange" variant="light" title="Choose the columns first">
          <List spacing={4}>
            {preview.mappingProblems.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
