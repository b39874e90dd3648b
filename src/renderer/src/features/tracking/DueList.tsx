import { Anchor, Box, List, Text } from '@mantine/core';
import type { TrackingView } from '@shared/api/tracking-contract';
import { plainDate } from '@shared/domain/plain-date';

type DueItem = TrackingView['due'][number];

/** When an item is due, in words; a board term's own sentence already says when it ends. */
function whenWords(item: DueItem): string | null {
  if (item.kind === 'board-term') return null;
  return item.overdue ? `was due ${plainDate(item.date)}` : `by ${plainDate(item.date)}`;
}

interface DueListProps {
  due: TrackingView['due'];
  /** Shows the annual review's tab, where the review that is due is done. */
  onOpenReview: () => void;
}

/** What the utility owes, overdue first: each overdue line starts with the word, not a colour. */
export function DueList({ due, onOpenReview }: DueListProps) {
  if (due.length === 0) return <Text>Nothing is due.</Text>;
  return (
    <List spacing="sm" listStyleType="none" aria-label="What is due" m={0} p={0}>
      {due.map((item) => {
        const when = whenWords(item);
        return (
          <List.Item key={`${item.kind} ${item.date} ${item.text}`}>
            {item.overdue && (
              <Box
                component="span"
                fw={700}
                c="red.9"
                bg="red.0"
                px={6}
                mr="xs"
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              >
                Overdue
              </Box>
            )}
            {item.text}
            {when && (
              <Text span c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {' '}
                ({when})
              </Text>
            )}
            {item.kind === 'annual-review' && (
              <>
                {' '}
                <Anchor component="button" type="button" fz="inherit" onClick={onOpenReview}>
                  Open the annual review
                </Anchor>
              </>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
