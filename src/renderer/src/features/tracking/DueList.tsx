import { Anchor, Box, List, Text } from '@mantine/core';
import type { TrackingView } from '@shared/api/tracking-contract';
import { printedDate } from '@shared/domain/printed-date';
import { say } from '../../i18n/say';
import { TermIn } from '../glossary/Term';
import { useWords, type Words } from './tracking-words';

type DueItem = TrackingView['due'][number];

/** When an item is due, in words; a board term's own sentence already says when it ends. */
function whenWords({ text, language }: Words, item: DueItem): string | null {
  if (item.kind === 'board-term') return null;
  const date = printedDate(item.date, language);
  return text(item.overdue ? 'tracking.due.wasDue' : 'tracking.due.by', { date });
}

interface DueListProps {
  due: TrackingView['due'];
  /** Shows the annual review's tab, where the review that is due is done. */
  onOpenReview: () => void;
}

/** What the utility owes, overdue first: each overdue line starts with the word, not a colour. */
export function DueList({ due, onOpenReview }: DueListProps) {
  const words = useWords();
  const { text } = words;
  if (due.length === 0) return <Text>{text('tracking.due.nothing')}</Text>;
  return (
    <List spacing="sm" listStyleType="none" aria-label={text('tracking.due.title')} m={0} p={0}>
      {due.map((item) => {
        const when = whenWords(words, item);
        return (
          <List.Item key={`${item.kind} ${item.date} ${JSON.stringify(item.text)}`}>
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
                {text('tracking.due.overdue')}
              </Box>
            )}
            {item.kind === 'ccr' ? (
              <TermIn
                sentence={say(text, item.text)}
                words={text('tracking.due.ccrWords')}
                id="ccr"
              />
            ) : (
              say(text, item.text)
            )}
            {when && (
              <Text span c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {' '}
                {when}
              </Text>
            )}
            {item.kind === 'annual-review' && (
              <>
                {' '}
                <Anchor component="button" type="button" fz="inherit" onClick={onOpenReview}>
                  {text('tracking.due.openReview')}
                </Anchor>
              </>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
