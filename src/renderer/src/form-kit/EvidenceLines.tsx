import { List, Text } from '@mantine/core';

/** What customers said that an external goal rests on, as linked on the Customers step. */
export function EvidenceLines({ lines }: { lines: string[] }) {
  if (lines.length === 0) {
    return (
      <Text>
        <strong>Customers said:</strong> nothing linked yet.
      </Text>
    );
  }
  return (
    <div>
      <Text fw={700}>Customers said:</Text>
      <List spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </div>
  );
}
